// Pass: an initial inside a name ("Karin Å. Lindgren", "J. R. R. Tolkien") is not a sentence end.

import type { SentencePass } from './types.ts';

/** One or more dotted capitals: "Å.", "J.R.R.". */
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
/** A word that can precede an initial inside a name: a capitalised word or another initial. */
const NAME_WORD = /^[("“'‘]?\p{Lu}[\p{L}'’.-]*$/u;
const STARTS_UPPER = /^[("“'‘]?\p{Lu}/u;
/** Another initial follows ("av J. R. R. Tolkien"): a run of initials is a name whatever precedes it. */
const NEXT_IS_INITIAL = /^\p{Lu}\.\s/u;

/**
 * Joined only when a capital follows and either the word before is a name (or nothing) or another initial
 * follows. "på plan C. Det" stays two sentences because "plan" is not capitalised, and "in the U.S. The"
 * because "the" is not.
 */
export const initialsPass: SentencePass = {
  name: 'initials',
  judge: ({ tokenBefore, tokenBeforeThat, after }) => {
    if (!INITIALS.test(tokenBefore) || !STARTS_UPPER.test(after)) return undefined;
    if (tokenBeforeThat === '' || NAME_WORD.test(tokenBeforeThat) || NEXT_IS_INITIAL.test(after))
      return 'join';
    return undefined;
  },
};
