// Pass: abbreviations. Whether "abbrev. Capital" ends a sentence depends on the kind of abbreviation.

import type { SentencePass } from './types.ts';

/**
 * Abbreviations that close a list or a clause ("…en ny plaskdamm m.m. Den beräknas…"). Writers put them last,
 * so when a capitalised word follows, the sentence has ended and the boundary Intl.Segmenter found is kept.
 * Times of day ("kl. 9 f.m.", "at 9 a.m.") close a clause the same way.
 */
export const LIST_ENDING_ABBREVIATIONS: Record<string, readonly string[]> = {
  sv: ['m.m.', 'osv.', 'o.s.v.', 'm.fl.', 'etc.', 'o.dyl.', 'o.d.', 'm.v.', 'f.m.', 'e.m.'],
  en: ['etc.', 'et al.', 'al.', 'a.m.', 'p.m.'],
};

/**
 * Abbreviations that introduce what follows ("bl.a. Storgatan", "kl. 18.00", "tel. 0980-319 200",
 * "t.ex. Region Skåne"): they practically never end a sentence, so a capital or digit after them is not a
 * sentence start. Matched case-insensitively ("Kl. 8", "Ca 30").
 */
export const INTRODUCING_ABBREVIATIONS: Record<string, readonly string[]> = {
  sv: [
    't.ex.',
    'bl.a.',
    's.k.',
    'kl.',
    'ca.',
    'c:a.',
    'tel.',
    'tfn.',
    'resp.',
    'fr.o.m.',
    't.o.m.',
    'dvs.',
    'd.v.s.',
    'p.g.a.',
    'jfr.',
    'inkl.',
    'exkl.',
    'f.d.',
    'ang.',
    'enl.',
    'ev.',
    'obs.',
    'dnr.',
    'prof.',
    'dr.',
    'm.a.o.',
  ],
  en: ['e.g.', 'i.e.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'vs.', 'approx.', 'cf.', 'fig.', 'tel.'],
};

/**
 * Abbreviations that stand before a number: months before a year or day ("sept. 2026", "31 dec. 2026"),
 * "s. 14", "nr. 5", "No. 5". Before a digit they are not a boundary; before a capitalised word they ended
 * the sentence ("…klar i dec. Därefter…", "I said no. Then…"), so the boundary is kept.
 */
export const BEFORE_NUMBER_ABBREVIATIONS: Record<string, readonly string[]> = {
  sv: [
    'jan.',
    'febr.',
    'feb.',
    'apr.',
    'jun.',
    'jul.',
    'aug.',
    'sep.',
    'sept.',
    'okt.',
    'nov.',
    'dec.',
    's.',
    'sid.',
    'nr.',
    'kap.',
  ],
  en: [
    'jan.',
    'feb.',
    'mar.',
    'apr.',
    'jun.',
    'jul.',
    'aug.',
    'sep.',
    'sept.',
    'oct.',
    'nov.',
    'dec.',
    'no.',
    'nos.',
    'p.',
    'pp.',
  ],
};

/**
 * Lower-case dotted abbreviations we have not listed ("f.d.", "o.ä.") behave like the introducing kind.
 * Upper-case ones ("U.S.", "A.B.") are left to the initials pass, which looks at the word before.
 */
const DOTTED_ABBREVIATION = /^(?:\p{Ll}{1,4}\.){2,}$/u;
const OPENING_PUNCT = /^[("“'‘[]+/u;
const STARTS_DIGIT = /^[("“'‘[]?\p{N}/u;

function listed(table: Record<string, readonly string[]>, lang: string, token: string): boolean {
  return table[lang]?.includes(token) ?? false;
}

export const abbreviationPass: SentencePass = {
  name: 'abbreviations',
  judge: ({ tokenBefore, after, lang }) => {
    const written = tokenBefore.replace(OPENING_PUNCT, '');
    const token = written.toLowerCase();
    if (listed(LIST_ENDING_ABBREVIATIONS, lang, token)) return 'keep';
    if (listed(INTRODUCING_ABBREVIATIONS, lang, token)) return 'join';
    if (listed(BEFORE_NUMBER_ABBREVIATIONS, lang, token)) return STARTS_DIGIT.test(after) ? 'join' : 'keep';
    if (DOTTED_ABBREVIATION.test(written)) return 'join';
    return undefined;
  },
};
