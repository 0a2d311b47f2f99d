// Pass: a quoted exclamation or question followed by its reporting clause ("– Välkommen! säger Karin.") is
// one sentence.

import type { SentencePass } from './types.ts';

/** The token before ends in "!" or "?", closing quotation marks or brackets after it allowed. */
const EXCLAIMS = /[!?][”"’'»)]*$/u;
/**
 * What follows starts in lower case: a sentence never does in edited text, so it continues the one before
 * (the reporting clause "säger hon", "asked the mayor"). Intl.Segmenter breaks after "!" and "?" whatever
 * follows (Unicode's sentence rules join only after a full stop).
 */
const STARTS_LOWER = /^\p{Ll}/u;

export const reportingClausePass: SentencePass = {
  name: 'reporting-clause',
  judge: ({ tokenBefore, after }) =>
    EXCLAIMS.test(tokenBefore) && STARTS_LOWER.test(after) ? 'join' : undefined,
};
