// Rule R6 of tests/fixtures/README.md as an oracle: the text two readings must agree on (invisible characters
// dropped, whitespace collapsed, NFC). Used to compare a Range's raw text with a block's display text.

export function r6(s: string): string {
  return s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * Whether a word's Range text (`raw`, after r6) covers `word`: equal, or, where the block skipped text inside
 * (`skippedInside`), the word cut in two with that text between the halves. One Range is contiguous, so a word
 * split by unread text ("webbplats<screen-reader suffix>.") spans it; the skipped text is not drawn.
 */
export function coversWord(raw: string, word: string, skippedInside: boolean): boolean {
  if (raw === word) return true;
  if (!skippedInside || raw.length <= word.length) return false;
  for (let cut = 1; cut < word.length; cut++)
    if (raw.startsWith(word.slice(0, cut)) && raw.endsWith(word.slice(cut))) return true;
  return false;
}
