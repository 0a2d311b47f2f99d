// Letters that rule languages out: cheap, certain evidence franc's trigram scores blur on short texts.

/**
 * Each entry: letters found in the text, the languages they prove present when they are (`writers`, see
 * excludedByLetters), and the languages that never write them.
 * - Swedish (and Finnish) write ä ö where Norwegian and Danish write æ ø. No language we detect writes both
 *   pairs, so both in one text mean two languages in it.
 * - Serbian Cyrillic has ђ ј љ њ ћ џ, which Russian and Ukrainian lack; Russian has ы э ъ ё, which
 *   Serbian and Ukrainian lack; Ukrainian has і ї є ґ, which Russian and Serbian lack. No writers here:
 *   letters of two of these sets together point at a third language that writes both (Belarusian has і and
 *   ы), so both sides stay ruled out (on world-dev, protecting them cost Belarusian 0.6–1.1 points and Mongolian 3–4).
 */
export const LETTER_EXCLUSIONS: ReadonlyArray<{
  letters: RegExp;
  writers: readonly string[];
  excludes: readonly string[];
}> = [
  { letters: /[æø]/i, writers: ['nob', 'nno', 'dan'], excludes: ['swe', 'fin'] },
  { letters: /[äö]/i, writers: ['swe', 'fin'], excludes: ['nob', 'nno', 'dan'] },
  { letters: /[ђјљњћџ]/i, writers: [], excludes: ['rus', 'ukr'] },
  { letters: /[ыэъё]/i, writers: [], excludes: ['srp', 'bos', 'ukr'] },
  { letters: /[іїєґ]/i, writers: [], excludes: ['rus', 'srp', 'bos'] },
];

/**
 * Languages `text`'s letters rule out. A language whose own telling letters are in the text too is not
 * ruled out: the text is mixed (a Swedish article quoting a Danish mayor, a Danish name such as "Bøgh" in a
 * Swedish sentence), and ruling out both sides left only languages it is not written in (English).
 */
export function excludedByLetters(text: string): Set<string> {
  const excluded = new Set<string>();
  const written = new Set<string>();
  for (const { letters, writers, excludes } of LETTER_EXCLUSIONS) {
    if (!letters.test(text)) continue;
    for (const lang of excludes) excluded.add(lang);
    for (const lang of writers) written.add(lang);
  }
  for (const lang of written) excluded.delete(lang);
  return excluded;
}
