// Pass: never split inside a URL, a host name or an e-mail address ("www.Bergvik.SE", "https://x.se/a?b=C").

import type { AddressSpan } from '../patterns.ts';
import type { SentencePass } from './types.ts';

/** Whether `at` falls strictly inside one of the sorted, non-overlapping spans (binary search). */
export function insideSpan(spans: readonly AddressSpan[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at <= s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export const addressPass: SentencePass = {
  name: 'addresses',
  judge: ({ at, addresses }) => (insideSpan(addresses, at) ? 'join' : undefined),
};
