// A second reading of franc's models for short texts: each trigram's rank as a Zipf probability, summed as a
// log-likelihood. franc's rank distance counts a trigram at rank 3 and one at rank 290 of a model nearly the
// same when the text has each once; on a ten-letter text that throws away most of the little evidence there
// is. Reads the franc-lite's own model arrays (no second copy); the widget never imports it.
import {
  type FrancLite,
  type LangScore,
  loadedModels,
  MAX_LENGTH,
  textGrams,
  topScript,
  trigramCounts,
} from './franc-lite.ts';

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
  const offset = tuning.offset ?? ZIPF_OFFSET;
  const unseen = tuning.unseen ?? UNSEEN_LOG_PROBABILITY;
  const { ids, byScript } = loadedModels(lite);
  /** log p(rank) per model size (franc's models have a handful of sizes around 300). */
  const tables = new Map<number, Float64Array>();
  const logTable = (size: number): Float64Array => {
    let table = tables.get(size);
    if (!table) {
      let total = 0;
      for (let rank = 0; rank < size; rank++) total += 1 / (rank + offset);
      table = new Float64Array(size);
      for (let rank = 0; rank < size; rank++) table[rank] = Math.log(1 / (rank + offset) / total);
      tables.set(size, table);
    }
    return table;
  };

  return (text, candidates) => {
    const value = text.slice(0, MAX_LENGTH);
    const [script] = topScript(value);
    const models = (byScript.get(script ?? '') ?? []).filter((m) => candidates.includes(m.lang));
    if (models.length === 0) return null;
    const counts = trigramCounts(value);
    const grams = textGrams(counts, ids);
    // Trigrams no model knows count as unseen in every model.
    let unknown = 0;
    for (const count of counts.values()) unknown += count;
    for (const count of grams.counts) unknown -= count;
    const scored = models.map((model): LangScore => {
      const table = logTable(model.size);
      let sum = unknown * unseen;
      for (let i = 0; i < grams.ids.length; i++) {
        const weight = model.weights[grams.ids[i]!]!;
        sum += grams.counts[i]! * (weight < 0 ? unseen : table[weight]!);
      }
      return [model.lang, sum];
    });
    // Stable: a tie keeps franc's language order, like franc.
    return scored.sort((a, b) => b[1] - a[1]);
  };
}
