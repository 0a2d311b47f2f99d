// Close languages: groups franc's trigrams confuse on sentence-length text, where the page's declaration
// should decide between members (README "Language per block" has the table).

/**
 * Each group: languages whose trigram profiles sit within a few hundredths of each other on sentences
 * (tests/bench/lang-world.ts, tuning half: these pairs make most of the errors with the right language
 * declared). Between members the author's `lang` wins; outside the group the prior margin decides.
 * Swedish is not grouped with Norwegian and Danish: Swedish pages with Norwegian sections are common, and
 * the ä/ö/æ/ø letters and function words already tell them apart.
 */
export const CLOSE_GROUPS: ReadonlyArray<readonly string[]> = [
  ['nob', 'nno', 'dan'],
  ['bos', 'hrv', 'srp', 'slv'],
  ['ind', 'zlm'],
  ['ces', 'slk'],
  ['spa', 'cat', 'glg', 'por'],
  ['zul', 'xho'],
  ['sot', 'tsn'],
  ['amh', 'tir'],
  ['nld', 'afr'],
  ['rus', 'ukr', 'bel', 'bul', 'mkd'],
  ['hin', 'mar', 'npi'],
  ['pes', 'prs', 'urd'],
  ['tur', 'azj'],
];

const GROUP_OF: ReadonlyMap<string, number> = new Map(
  CLOSE_GROUPS.flatMap((group, index) => group.map((lang) => [lang, index] as const)),
);

/** Whether two ISO 639-3 languages are members of one close group. */
export function areClose(a: string, b: string): boolean {
  const group = GROUP_OF.get(a);
  return group !== undefined && group === GROUP_OF.get(b);
}
