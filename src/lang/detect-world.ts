// The extension's detector: the world scope (WORLD_LANGUAGES) over franc-all's models. A module of its own so
// the widget, which imports only detect.ts, never bundles the world data (~50 kB gzip).

import { areClose } from './close-languages.ts';
import { WORLD_TRIGRAMS } from './data/world-trigrams.generated.ts';
import { createLanguageDetector, type LanguageDetector } from './detect.ts';
import { createFrancLite, type FrancLite } from './franc-lite.ts';
import { createTrigramRanker } from './trigram-likelihood.ts';
import { WORLD_LANGUAGES, worldBcp47ToIso3, worldIso3ToBcp47 } from './world-languages.ts';
import { ethiopicAllow, lettersAllow } from './world-letters.ts';

/**
 * Below this many characters the telling letters and the likelihood ranking decide; from here on franc's
 * distance is as good (tests/bench/lang-world.ts, tuning half of world-dev: against franc's distance alone
 * they gain 3–4 points under 60 characters and 0.8 on 60–99; ending at 200 instead loses 0.1 on 100–199).
 * Long texts also never let one name like "Dvořák" in an English paragraph narrow the candidates.
 */
export const SHORT_TEXT_CHARS = 100;

export const worldFrancLite: FrancLite = createFrancLite(WORLD_TRIGRAMS);

export interface WorldTuning {
  shortTextChars?: number;
  zipfOffset?: number;
  unseenLogProbability?: number;
  priorMargin?: number;
}

/**
 * A world-scope detector (the bench tries other constants). Hebrew and Ethiopic are left to the trigrams:
 * in this scope they hold Hebrew and Yiddish, Amharic and Tigrinya.
 */
export function createWorldDetector(tuning: WorldTuning = {}): LanguageDetector {
  const short = tuning.shortTextChars ?? SHORT_TEXT_CHARS;
  const rank = createTrigramRanker(worldFrancLite, {
    offset: tuning.zipfOffset,
    unseen: tuning.unseenLogProbability,
  });
  const detect = createLanguageDetector(worldFrancLite, {
    scriptLanguages: {},
    priorMargin: tuning.priorMargin,
    close: areClose,
    strictMarkers: true,
    languages: WORLD_LANGUAGES,
    toBcp47: worldIso3ToBcp47,
    toIso3: worldBcp47ToIso3,
    narrow: (text, candidates) =>
      ethiopicAllow(text, candidates) ??
      (text.length < short ? (lettersAllow(text, candidates) ?? candidates) : candidates),
    rank: (text, candidates) => (text.length < short ? rank(text, candidates) : null),
  });
  const world: LanguageDetector = (text, options = {}) =>
    detect(text, { ...options, only: options.only?.length ? options.only : WORLD_LANGUAGES });
  return Object.assign(world, { knows: detect.knows });
}

/** Like detectLanguage, over WORLD_LANGUAGES (or `only`), with the declared language as a prior. */
export const detectWorldLanguage: LanguageDetector = createWorldDetector();
