// Rule R6 of tests/fixtures/README.md as an oracle: the text two readings must agree on (invisible characters
// dropped, whitespace collapsed, NFC). Used to compare a Range's raw text with a block's display text.

export function r6(s: string): string {
  return s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .normalize('NFC');
}
