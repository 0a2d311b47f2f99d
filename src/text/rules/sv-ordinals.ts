// Swedish ordinal numbers in words: "15:e" → "femtonde". espeak-ng read "15:e" as "femte", a wrong number.

const FIRST_TWENTY = [
  '',
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
  'elfte',
  'tolfte',
  'trettonde',
  'fjortonde',
  'femtonde',
  'sextonde',
  'sjuttonde',
  'artonde',
  'nittonde',
];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/** The ordinal word for 1–100, or null outside that range (left for the voice to read as written). */
export function swedishOrdinal(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 100) return null;
  if (n === 100) return 'hundrade';
  if (n < 20) return FIRST_TWENTY[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  const unit = n % 10;
  return unit === 0 ? `${tens}nde` : `${tens}${FIRST_TWENTY[unit]!}`;
}
