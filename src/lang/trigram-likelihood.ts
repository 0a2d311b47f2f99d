// A second reading of franc's models for short texts: each trigram's rank as a Zipf probability, summed as a
// log-likelihood (FrancLite.likelihood). franc's rank distance counts a trigram at rank 3 and one at rank 290
// of a model nearly the same when the text has each once; on a ten-letter text that throws away most of the
// little evidence there is.
import type { FrancLite, LangScore } from './franc-lite.ts';

/**
 * Zipf offset: p(rank) ∝ 1 / (rank + ZIPF_OFFSET). Tuned on the tuning half of world-dev by
 * tests/bench/lang-world.ts: 1, 5 and 20 are within 0.5 points on 10–59 characters; 5 is the best mean.
 */
export const ZIPF_OFFSET = 5;
/**
 * Log-probability of a trigram a model lacks (natural log; a model's rarest trigram scores about −8).
 * −9 and −11 are within 0.5 points; −9 is best on 35+ characters.
 */
export const UNSEEN_LOG_PROBABILITY = -9;

export type TrigramRanker = (text: string, candidates: readonly string[]) => LangScore[] | null;

/**
 * Ranks the candidates (best first, the log-likelihood as score), or null when the text's script has no
 * trigram models (a script-only language, or no letters): franc's answer stands then.
 */
export function createTrigramRanker(
  lite: FrancLite,
  tuning: { offset?: number; unseen?: number } = {},
): TrigramRanker {
  const zipf = { offset: tuning.offset ?? ZIPF_OFFSET, unseen: tuning.unseen ?? UNSEEN_LOG_PROBABILITY };
  return (text, candidates) => lite.likelihood(text, candidates, zipf);
}
