// Web addresses of a long text found a chunk at a time, only as far as sentence splitting has got.

import { type AddressSpan, findAddresses } from './patterns.ts';

/**
 * Texts up to this long are scanned whole, as before; longer ones in chunks of about this size, each ended at
 * a space. No address holds a space and each pattern's edges look only at the neighbouring character (a space
 * either way), so the chunks find exactly the addresses of the whole text. Bounded so that the first sentences
 * of a 2 MB paragraph do not wait for a scan of all of it.
 */
export const ADDRESS_CHUNK_CHARS = 16_384;

export interface LazyAddresses {
  /** The sorted spans found so far: every address holding an offset up to `at` is among them. */
  through(at: number): AddressSpan[];
}

export function lazyAddresses(text: string): LazyAddresses {
  if (text.length <= ADDRESS_CHUNK_CHARS) {
    const all = findAddresses(text);
    return { through: () => all };
  }
  const spans: AddressSpan[] = [];
  let scanned = 0;
  return {
    through(at) {
      while (scanned <= at && scanned < text.length) {
        const space = text.indexOf(' ', scanned + ADDRESS_CHUNK_CHARS);
        const end = space < 0 ? text.length : space;
        for (const s of findAddresses(text.slice(scanned, end)))
          spans.push({ start: s.start + scanned, end: s.end + scanned, kind: s.kind });
        scanned = end;
      }
      return spans;
    },
  };
}
