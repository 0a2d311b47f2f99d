// Function words that tell Swedish, Norwegian (Bokmål, Nynorsk), Danish and English apart where trigrams fail.
// franc's models come from the Universal Declaration of Human Rights, whose legal register lacks everyday
// words ("jag", "mycket", "you", "your"), so on short municipal sentences it confuses these languages often:
// franc scores "When you move to Sweden and plan to stay…" as Nynorsk.

/** The languages this pass separates. */
export const MARKER_LANGUAGES = ['swe', 'nob', 'nno', 'dan', 'eng'] as const;

/**
 * Frequent function words, each with the languages that write it so (spelling differs across the others: sv
 * "från" / nb "fra" / nn "frå"). Words that are also common in another whitelisted or extension language are
 * left out ("de", "en", "ein", "dei", "at", "ho", "in", "is", "to", "for").
 */
const MARKERS: Readonly<Record<string, readonly string[]>> = {
  ...words('swe', 'och att är inte jag mycket hur vem vad också bland annat från för nya när finns ska sina'),
  ...words(
    'swe',
    'inom mellan genom utan detta denna dessa vilka även än kunna bara till vår våra måste lite',
  ),
  ...words('swe', 'andra alltså'),
  ...words('nob', 'hva mye noen ble hennes vært innen noe'),
  ...words('nob nno', 'kjøpe uke mellom sånn'),
  ...words(
    'nno',
    'ikkje eg eit kva korleis frå vere berre mykje nokon kven vart òg heile fekk kvar difor saman',
  ),
  ...words('nno', 'ligg vore'),
  ...words('dan', 'af meget hvad nogen sprog ud op købe uge nogle været mellem blive noget sådan'),
  ...words('nob dan', 'ikke jeg fra hvordan hvis være hun bare kun hvilke hvem deres'),
  ...words('nob nno', 'etter nå også'),
  ...words('swe dan', 'mig dig sig efter blev'),
  ...words('nob nno dan', 'og'),
  ...words(
    'eng',
    'the and you your of are with this that will have from which please must not when what our',
  ),
  ...words('eng', 'we they their there would should could about been were who how'),
};

function words(langs: string, list: string): Record<string, readonly string[]> {
  const owners = langs.split(' ');
  return Object.fromEntries(list.split(' ').map((w) => [w, owners]));
}

/** As a Map: "constructor" in an English text is a word, not a key of Object.prototype. */
const MARKER_OWNERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(MARKERS));

const WORD = /\p{L}+/gu;

/** Marker-word hits per language in `text`, and the number of words. */
export function markerHits(text: string): { hits: Map<string, number>; words: number } {
  const tokens = text.toLowerCase().match(WORD) ?? [];
  const hits = new Map<string, number>();
  for (const token of tokens) {
    for (const lang of MARKER_OWNERS.get(token) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  return { hits, words: tokens.length };
}

/** The languages (among `allowed`) sharing the most marker hits (at least one), and that count. */
export function markerLeaders(
  hits: Map<string, number>,
  allowed: readonly string[],
): { langs: string[]; hits: number } {
  let langs: string[] = [];
  let most = 0;
  for (const lang of MARKER_LANGUAGES) {
    const count = allowed.includes(lang) ? (hits.get(lang) ?? 0) : 0;
    if (count > most) {
      langs = [lang];
      most = count;
    } else if (count === most && count > 0) langs.push(lang);
  }
  return { langs, hits: most };
}
