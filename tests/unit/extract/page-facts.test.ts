// visibleLength: whitespace runs count as one character, whether the string is read character by character
// (short) or scanned by a pattern (long).
import { expect, test } from 'vitest';
import { visibleLength } from '../../../src/extract/page-facts.ts';

/** The definition, one character at a time. */
function reference(s: string): number {
  let n = 0;
  let space = true;
  for (const ch of s) {
    if (/^[ \n\t\r\u00a0\f]$/.test(ch)) {
      if (!space) n++;
      space = true;
    } else {
      n += ch.length;
      space = false;
    }
  }
  return n;
}

test('long and short strings of letters and every kind of space give the reference length', () => {
  const alphabet = ['a', ' ', '\n', '\t', '\u00a0', 'ö', '\f', '\r', '\v', '\u2003', '  '];
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round < 500; round++) {
    let s = '';
    for (let n = Math.floor(random() * 800); n > 0; n--)
      s += alphabet[Math.floor(random() * (random() < 0.5 ? 2 : alphabet.length))];
    expect(visibleLength(s)).toBe(reference(s));
  }
  expect(visibleLength(`  ${'Hej då. '.repeat(1000)}\n`)).toBe(8 * 1000);
});
