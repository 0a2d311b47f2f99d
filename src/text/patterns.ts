// Shared patterns for web addresses: sentence splitting must not cut inside them and speech text reads them.

/**
 * Top-level domains we accept in a bare host name ("perstorp.se"). A closed list, because a looser pattern
 * would take abbreviations such as "t.ex" or "bl.a" for host names.
 */
export const HOST_TLDS = [
  'se',
  'nu',
  'com',
  'org',
  'net',
  'eu',
  'info',
  'io',
  'fi',
  'no',
  'dk',
  'de',
  'uk',
  'gov',
  'edu',
  'int',
  'app',
  'dev',
];

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const TLD = `(?:${HOST_TLDS.join('|')})`;
/** Characters a URL path may hold; trailing sentence punctuation is trimmed off afterwards. */
const PATH = '[^\\s<>"\'()]*';

/** "https://…" or "www.…" up to the next space. */
export const URL_SOURCE = `(?:https?:\\/\\/|www\\.)[^\\s<>"']+`;
/** "name@host.tld". */
export const EMAIL_SOURCE = `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@(?:${LABEL}\\.)+\\p{L}{2,}`;
/** "host.tld" or "sub.host.tld", optionally with a path: "www.bergvik.se/budget" is caught by URL_SOURCE. */
export const HOST_SOURCE = `(?<![\\p{L}\\p{N}@.])(?:${LABEL}\\.)+${TLD}(?![\\p{L}\\p{N}])(?:\\/${PATH})?`;

/** Sentence punctuation that may follow an address without being part of it. */
const TRAILING_PUNCT = new Set('.,;:!?)]}»”’');

/**
 * Trim sentence punctuation off the end of a matched address ("www.bergvik.se/budget." → without ".").
 * A loop from the end, not a `[…]+$` pattern: that one retries from every punctuation mark of a long run.
 */
export function trimAddress(match: string): string {
  let end = match.length;
  while (end > 0 && TRAILING_PUNCT.has(match[end - 1]!)) end--;
  return match.slice(0, end);
}

export interface AddressSpan {
  start: number;
  end: number;
  kind: 'url' | 'email' | 'host';
}

/** Compiled once (matchAll works on a copy, so their lastIndex is never shared). */
const URL_PATTERN = new RegExp(URL_SOURCE, 'gu');
const EMAIL_PATTERN = new RegExp(EMAIL_SOURCE, 'gu');
const HOST_PATTERN = new RegExp(HOST_SOURCE, 'gu');

/** All web addresses in a text, non-overlapping, in order (URLs first, then e-mail, then bare hosts). */
export function findAddresses(text: string): AddressSpan[] {
  const spans: AddressSpan[] = [];
  // Characters already in an address: overlap is checked over the match's own characters, not every span
  // found so far (a text full of addresses stays linear).
  let taken: Uint8Array | null = null;
  const add = (pattern: RegExp, kind: AddressSpan['kind']): void => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + trimAddress(m[0]).length;
      if (end <= start) continue;
      taken ??= new Uint8Array(text.length);
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, kind });
    }
  };
  // Each kind needs a character most sentences lack: such text is not scanned (nor the patterns compiled).
  if (text.includes('://') || text.includes('www.')) add(URL_PATTERN, 'url');
  if (text.includes('@')) add(EMAIL_PATTERN, 'email');
  if (text.includes('.')) add(HOST_PATTERN, 'host');
  return spans.sort((a, b) => a.start - b.start);
}
