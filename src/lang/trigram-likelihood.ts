// A second reading of franc's models for short texts: each trigram's rank as a Zipf probability, summed as a
// log-likelihood. franc's rank distance counts a trigram at rank 3 and one at rank 290 of a model nearly the
// same when the text has each once; on a ten-letter text that throws away most of the little evidence there is.
import type { TrigramRows } from './data/trigrams.generated.ts';
import { type LangScore, topScript, trigramCounts } from './franc-lite.ts';

/**
 * Zipf offset: p(rank) ∝ 1 / (rank + ZIPF_OFFSET). Tuned on the tuning half of world-dev by
 * tests/bench/lang.bench.ts: 1, 5 and 20 are within 0.3 points on 10–59 characters; 5 is the best mean.
 */
export const ZIPF_OFFSET = 5;
/**
 * Log-probability of a trigram a model lacks (natural log; a model's rarest trigram scores about −8).
 * −9, −11 and −13 are within 0.5 points; −9 is best on 35+ characters.
 */
export const UNSEEN_LOG_PROBABILITY = -9;
/** franc's MAX_LENGTH: the same first 2048 UTF-16 units. */
const MAX_LENGTH = 2048;

export type TrigramRanker = (text: string, candidates: readonly string[]) => LangScore[] | null;

/**
 * Ranks the candidates (best first, the log-likelihood as score), or null when the text's script has no
 * trigram models (a script-only language, or no letters): franc's answer stands then.
 */
export function createTrigramRanker(
  rows: TrigramRows,
  tuning: { offset?: number; unseen?: number } = {},
): TrigramRanker {
  const offset = tuning.offset ?? ZIPF_OFFSET;
  const unseen = tuning.unseen ?? UNSEEN_LOG_PROBABILITY;
  const byScript = new Map<string, { lang: string; logp: Map<string, number> }[]>();
  for (const [script, models] of Object.entries(rows)) {
    const list = models.map(([lang, , packed]) => {
      const grams = packed.match(/[\s\S]{3}/g) ?? [];
      let total = 0;
      for (let rank = 0; rank < grams.length; rank++) total += 1 / (rank + offset);
      const logp = new Map<string, number>();
      grams.forEach((gram, rank) => {
        if (!logp.has(gram)) logp.set(gram, Math.log(1 / (rank + offset) / total));
      });
      return { lang, logp };
    });
    byScript.set(script, list);
  }
  return (text, candidates) => {
    const [script] = topScript(text);
    const models = script === undefined ? undefined : byScript.get(script);
    if (!models) return null;
    const counts = trigramCounts(text.slice(0, MAX_LENGTH));
    const scored: LangScore[] = [];
    for (const model of models) {
      if (!candidates.includes(model.lang)) continue;
      let sum = 0;
      for (const [gram, count] of counts) sum += count * (model.logp.get(gram) ?? unseen);
      scored.push([model.lang, sum]);
    }
    if (scored.length === 0) return null;
    // Stable: a tie keeps franc's language order, like franc.
    return scored.sort((a, b) => b[1] - a[1]);
  };
}
