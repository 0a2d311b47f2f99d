// Pass: never split inside a URL, a host name or an e-mail address ("www.Bergvik.SE", "https://x.se/a?b=C").

import type { SentencePass } from './types.ts';

export const addressPass: SentencePass = {
  name: 'addresses',
  judge: ({ at, addresses }) => (addresses.some((s) => s.start < at && at < s.end) ? 'join' : undefined),
};
