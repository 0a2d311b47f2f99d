// How many of franc's trigrams each of the widget's language models keeps (franc ships 300 each).

/** Trigrams per model unless MODEL_LENGTHS says otherwise: franc's whole model. */
export const FULL_MODEL = 300;

/**
 * Shorter models, by script and language, as tests/bench/lang-model-lengths.ts suggests from the tuning half
 * of dev.jsonl: a model is cut to the shortest of 100/150/200/250 trigrams that keeps the mean accuracy over
 * the length buckets at least as high, no bucket more than 0.3 points and neither declared-right nor
 * declared-wrong accuracy more than 0.1 points below whole models. A shorter model pays franc's
 * missing-trigram penalty more often, so Latin Kurdish and Romani stop taking short texts of other languages:
 * the held-out half gains 0.3–0.7 points below 70 characters and loses nowhere, and the player is ~1 kB gzip
 * smaller. Serbian is left whole (see KEEP_WHOLE there).
 */
export const MODEL_LENGTHS: Readonly<Record<string, number>> = {
  'Latin:ckb': 100,
  'Latin:nno': 250,
  'Latin:rmn': 100,
  'Arabic:pes': 250,
  'Latin:som': 250,
};
