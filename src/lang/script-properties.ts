// Build step: franc's script expressions rewritten as Unicode script properties, checked against franc's.

/**
 * The Unicode scripts each of franc's script expressions counts (franc's `jpn` also counts the common Han
 * blocks). franc spells each script out as UTF-16 ranges, 2.2 kB gzip of the widget's player; a property
 * escape says the same in a few bytes and leaves the ranges to the browser's own Unicode data.
 */
const SCRIPT_PROPERTIES: Readonly<Record<string, string>> = {
  cmn: '\\p{sc=Han}',
  Latin: '\\p{sc=Latin}',
  Cyrillic: '\\p{sc=Cyrillic}',
  Arabic: '\\p{sc=Arabic}',
  ben: '\\p{sc=Bengali}',
  Devanagari: '\\p{sc=Devanagari}',
  jpn: '\\p{sc=Hiragana}\\p{sc=Katakana}\\u3400-\\u4DB5\\u4E00-\\u9FAF',
  jav: '\\p{sc=Javanese}',
  kor: '\\p{sc=Hangul}',
  tel: '\\p{sc=Telugu}',
  tam: '\\p{sc=Tamil}',
  guj: '\\p{sc=Gujarati}',
  kan: '\\p{sc=Kannada}',
  mal: '\\p{sc=Malayalam}',
  Myanmar: '\\p{sc=Myanmar}',
  pan: '\\p{sc=Gurmukhi}',
  Ethiopic: '\\p{sc=Ethiopic}',
  tha: '\\p{sc=Thai}',
  sin: '\\p{sc=Sinhala}',
  ell: '\\p{sc=Greek}',
  khm: '\\p{sc=Khmer}',
  hye: '\\p{sc=Armenian}',
  sat: '\\p{sc=Ol_Chiki}',
  bod: '\\p{sc=Tibetan}',
  Hebrew: '\\p{sc=Hebrew}',
  kat: '\\p{sc=Georgian}',
  lao: '\\p{sc=Lao}',
  zgh: '\\p{sc=Tifinagh}',
  iii: '\\p{sc=Yi}',
  aii: '\\p{sc=Syriac}',
};

/**
 * Share of franc's count a property may count beyond franc's expression: the characters Unicode assigned to
 * the script after franc's data was made (Node 20's Unicode 17 against franc 6.2.0's 15.0: 9 % more Myanmar,
 * 5 % Han, 3 % Arabic, under 1 % Latin). A share, not a count, so a newer Unicode in Node does not fail the
 * build, while a property far broader than the script (\p{L} for Latin) still does; a wrong script fails the
 * check that franc's every code point is counted.
 */
const MAX_NEWER_SHARE = 0.5;

/**
 * franc's expression for `name` as a property-escape regex source: it must count every code point franc's
 * does (on this Node's Unicode data), and beyond that only a few characters assigned since.
 */
export function scriptProperty(name: string, francExpression: RegExp): string {
  const property = SCRIPT_PROPERTIES[name];
  if (property === undefined) throw new Error(`no Unicode script named for franc's ${name} expression`);
  const ours = new RegExp(`^[${property}]$`, 'u');
  const francs = new RegExp(`^(?:${francExpression.source})$`);
  let newer = 0;
  let francCount = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const inFranc = francs.test(ch);
    const inOurs = ours.test(ch);
    if (inFranc) francCount++;
    if (inFranc && !inOurs) throw new Error(`${name}: U+${cp.toString(16)} is franc's but not ${property}'s`);
    if (inOurs && !inFranc) newer++;
  }
  if (newer > MAX_NEWER_SHARE * francCount)
    throw new Error(`${name}: ${property} counts ${newer} code points franc's expression does not`);
  return `[${property}]`;
}
