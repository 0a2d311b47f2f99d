// Letters that rule languages out: cheap, certain evidence franc's trigram scores blur on short texts.

/**
 * Each entry: letters found in the text, and the languages that never write them.
 * - Swedish (and Finnish) write ä ö where Norwegian and Danish write æ ø.
 * - Serbian Cyrillic has ђ ј љ њ ћ џ, which Russian and Ukrainian lack; Russian has ы э ъ ё, which
 *   Serbian and Ukrainian lack; Ukrainian has і ї є ґ, which Russian and Serbian lack.
 */
export const LETTER_EXCLUSIONS: ReadonlyArray<{ letters: RegExp; excludes: readonly string[] }> = [
  { letters: /[æø]/i, excludes: ['swe', 'fin'] },
  { letters: /[äö]/i, excludes: ['nob', 'nno', 'dan'] },
  { letters: /[ђјљњћџ]/i, excludes: ['rus', 'ukr'] },
  { letters: /[ыэъё]/i, excludes: ['srp', 'bos', 'ukr'] },
  { letters: /[іїєґ]/i, excludes: ['rus', 'srp', 'bos'] },
];

/** Languages `text`'s letters rule out. */
export function excludedByLetters(text: string): Set<string> {
  const excluded = new Set<string>();
  for (const { letters, excludes } of LETTER_EXCLUSIONS) {
    if (letters.test(text)) for (const lang of excludes) excluded.add(lang);
  }
  return excluded;
}
