// Letters only a few languages of the world scope write: a "ř" is Czech, a "ţ" Romanian, an "ў" Belarusian.
// franc's trigram models are too short (300 trigrams each) to carry these reliably on a ten-letter text.

/**
 * Each entry: letters, and every language of WORLD_LANGUAGES that writes them in ordinary text (ISO 639-3).
 * Only letters whose set is small and certain: "ä", "ö", "ü", "ç" or "ê" are written by too many to decide.
 */
export const LETTER_OWNERS: ReadonlyArray<readonly [letters: string, langs: readonly string[]]> = [
  ['řůě', ['ces']],
  ['ľĺŕ', ['slk']],
  ['őű', ['hun']],
  ['łśźż', ['pol']],
  ['ąę', ['pol', 'lit']],
  ['ėįų', ['lit']],
  ['ķļņģ', ['lvs']],
  ['āēī', ['lvs', 'mri', 'lat']],
  ['ș', ['ron']],
  ['ț', ['ron']],
  ['ţ', ['ron']],
  ['ă', ['ron', 'vie']],
  ['ığ', ['tur', 'azj']],
  ['ə', ['azj']],
  ['ã', ['por', 'vie']],
  ['õ', ['por', 'ekk', 'vie']],
  ['þð', ['isl']],
  ['ß', ['deu']],
  ['ŵŷ', ['cym']],
  ['ṣ', ['yor']],
  ['ẹọ', ['yor', 'vie']],
  ['ĉĝĥĵŝŭ', ['epo']],
  ['ươạảấầẩẫậắằẳẵặẻẽếềểễệỉịỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', ['vie']],
  ['ø', ['dan', 'nob', 'nno']],
  ['їєґ', ['ukr']],
  ['ў', ['bel']],
  ['ѓќѕ', ['mkd']],
  ['ђћ', ['srp', 'bos']],
  ['љњџ', ['srp', 'bos', 'mkd']],
  ['әғқңұһ', ['kaz']],
  ['өү', ['kaz', 'khk']],
  ['ыэё', ['rus', 'bel', 'kaz', 'khk']],
];

/**
 * A letter decides only when it occurs at least once per this many letters (plus once): one "Dvořák" in a
 * long English paragraph is a name, three "ř" in a short sentence are Czech.
 */
const LETTERS_PER_OCCURRENCE = 100;

const LETTER = /\p{L}/gu;

/** Languages `text` may be in by its telling letters, or null when no telling letter decides. */
export function lettersAllow(text: string, candidates: readonly string[]): readonly string[] | null {
  // Composed first: Yoruba and Vietnamese are often typed with combining marks (e + U+0323 → ẹ).
  const lower = text.normalize('NFC').toLowerCase();
  const needed = 1 + Math.floor((lower.match(LETTER)?.length ?? 0) / LETTERS_PER_OCCURRENCE);
  let allowed: readonly string[] | null = null;
  for (const [letters, owners] of LETTER_OWNERS) {
    let count = 0;
    for (const ch of lower) if (letters.includes(ch)) count++;
    if (count < needed) continue;
    const next: string[] = (allowed ?? candidates).filter((lang) => owners.includes(lang));
    // Letters that contradict each other (a Czech name in a Polish text): keep what we had.
    if (next.length > 0) allowed = next;
  }
  return allowed;
}

/** Tigrinya writes "a" as ኣ and has the ቐ (qʰ) and ኸ (x) series; Amharic writes "a" as አ. */
const TIGRINYA_LETTERS = /[\u12A3\u1250-\u125D\u12B8-\u12BE]/g;
const AMHARIC_LETTERS = /\u12A0/g;

/**
 * Amharic or Tigrinya by the letters each writes and the other rarely does (world-dev's tuning half: ኣ in a
 * third of Tigrinya texts and 1 % of Amharic ones, አ the other way round), or null when they tie (none).
 * franc's two Ethiopic models score within noise of each other: half of the Amharic texts came out Tigrinya.
 */
export function ethiopicAllow(text: string, candidates: readonly string[]): readonly string[] | null {
  const tigrinya = text.match(TIGRINYA_LETTERS)?.length ?? 0;
  const amharic = text.match(AMHARIC_LETTERS)?.length ?? 0;
  if (tigrinya === amharic) return null;
  const lang = tigrinya > amharic ? 'tir' : 'amh';
  return candidates.includes(lang) ? [lang] : null;
}
