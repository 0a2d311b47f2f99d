// Language of one text: script rules first, then franc-lite over the whitelist, with the declared language as a prior.

import { MUNICIPAL_TRIGRAMS } from './data/trigrams.generated.ts';
import { createFrancLite, type FrancLite, topScript } from './franc-lite.ts';
import { MARKER_LANGUAGES, markerHits, markerLeaders } from './function-words.ts';
import { bcp47ToIso3, iso3ToBcp47, UNDETERMINED } from './languages.ts';
import { excludedByLetters } from './letters.ts';
import type { Detection } from './types.ts';

/**
 * The declared language wins when its franc score is within this much of the best. franc's normalised scores
 * of close relatives (sv/nb/da, bs/hr/sr) sit within a few hundredths of each other on sentences, while a
 * wrong declaration (Finnish text on a page declared Swedish) usually scores far lower. Tuned on the tuning
 * half of dev.jsonl by tests/bench/lang.bench.ts: 0.10 gives the best mean of "declared right" (91 %) and
 * "declared wrong" (78 %) accuracy on texts of 30+ characters; 0.06 is 0.4 points lower, 0.2 is 1.5 lower.
 */
export const PRIOR_MARGIN = 0.1;

/** Letters, for the share of a text that carries language. */
const LETTER = /\p{L}/gu;
/**
 * Share of letters in ordinary prose (the rest is spaces, digits and punctuation: 0.81 over dev.jsonl's sentences and paragraphs).
 * The prior margin is tuned on prose; a text with fewer letters gets a proportionally smaller margin.
 */
const PROSE_LETTER_SHARE = 0.81;

/**
 * Shortest text we score by trigrams. franc refuses below 10 characters; on single words (under 12
 * characters) of dev.jsonl's tuning half that leaves 20 % right, trying from 4 characters 56 %
 * (tests/bench/lang.bench.ts; 1–5 score the same, 6 drops to 48 %). Below 4 ("Ja", "OK") there is nothing
 * to go on, so the declared language or a neighbouring block decides.
 */
export const DETECT_MIN_LENGTH = 4;

/**
 * Letters Sorani Kurdish writes and Arabic/Persian do not: ڕ (rr), ڵ (ll), ێ (ê), ۆ (o), ە (e), ھ (h).
 * franc has no Arabic-script Sorani model (its ckb is Latin), so these letters decide.
 */
const SORANI_LETTERS = /[\u0695\u06B5\u06CE\u06C6\u06D5\u06BE]/g;
/** Arabic-script letters, to take the Sorani share of. */
const ARABIC_LETTERS = /[\u0620-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F]/g;
/**
 * Share of Arabic-script letters that must be Sorani-specific. In Sorani prose ە alone is ~10 % of letters;
 * a Persian or Arabic text carrying one Kurdish place name stays well under 3 %.
 */
const SORANI_MIN_SHARE = 0.03;

/**
 * When franc's best is outside the marker group (a Swedish question scored as Finnish), function words
 * overrule it only with this many hits making up at least this share of the words: one shared-looking word
 * in a Finnish or German sentence must not flip it.
 */
const MARKER_OVERRIDE_HITS = 2;
const MARKER_OVERRIDE_SHARE = 0.2;

/**
 * Variants franc cannot tell apart, with the one assumed unless declared. franc's Dari and Persian models
 * are near-identical (the same UDHR text in two orthographies), so its pick between them is a coin toss:
 * Iranian Persian is the common case on Swedish sites, and a page that means Dari declares "fa-AF"/"prs".
 * Bosnian in Cyrillic is rare next to Serbian in Cyrillic. Both map to the same voice family anyway.
 */
const VARIANT_DEFAULTS: Readonly<Record<string, string>> = {
  prs: 'pes',
  'Cyrillic:bos': 'srp',
};

/** Scripts with a single whitelisted language: the script alone decides (franc's Ethiopic/Hebrew models). */
const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  Ethiopic: 'tir',
  Hebrew: 'ydd',
};

export interface DetectOptions {
  /** The declared language (BCP 47 "sv-SE" or ISO 639-3 "swe"): wins when within PRIOR_MARGIN of the best. */
  prior?: string | null;
  /** ISO 639-3 languages to choose among; default every language the detector has data for. */
  only?: readonly string[];
}

export type LanguageDetector = (text: string, options?: DetectOptions) => Detection;

function detection(iso3: string, score: number): Detection {
  return { iso3, bcp47: iso3 === UNDETERMINED ? UNDETERMINED : iso3ToBcp47(iso3), score };
}

/** Which script rule, if any, settles `text`: Ethiopic → tir, Hebrew → ydd, Sorani letters → ckb. */
export function scriptRule(text: string): string | null {
  const [script, share] = topScript(text);
  if (!script || share === 0) return null;
  const single = SCRIPT_LANGUAGE[script];
  if (single) return single;
  if (script === 'Arabic') {
    const sorani = text.match(SORANI_LETTERS)?.length ?? 0;
    const letters = text.match(ARABIC_LETTERS)?.length ?? 0;
    if (sorani > 0 && sorani / Math.max(letters, 1) >= SORANI_MIN_SHARE) return 'ckb';
  }
  return null;
}

/** A detector over the given franc-lite (see detect-extended.ts for the extension's larger data). */
export function createLanguageDetector(
  lite: FrancLite,
  tuning: { priorMargin?: number; minLength?: number } = {},
): LanguageDetector {
  const margin = tuning.priorMargin ?? PRIOR_MARGIN;
  const minLength = tuning.minLength ?? DETECT_MIN_LENGTH;
  return (text, options = {}) => {
    const only = options.only && options.only.length > 0 ? options.only : lite.languages;
    const prior = bcp47ToIso3(options.prior ?? null);
    const fallback = prior && only.includes(prior) ? detection(prior, 0) : detection(UNDETERMINED, 0);

    const ruled = scriptRule(text);
    if (ruled && only.includes(ruled)) return detection(ruled, 0);

    // Spelling rules out some languages before scoring (ä/ö: not Norwegian or Danish; æ/ø: not Swedish).
    const excluded = excludedByLetters(text);
    const allowed = only.filter((lang) => !excluded.has(lang));
    const candidates = allowed.length > 0 ? allowed : only;
    const scores = lite.all(text, { only: candidates, minLength });
    const [best, bestScore] = scores[0]!;
    // No evidence (too short, digits only, or a script none of `only` is written in): the declaration stands.
    if (best === UNDETERMINED) return fallback;
    const scoreOf = (lang: string): number => scores.find(([l]) => l === lang)?.[1] ?? 0;

    const { hits, words } = markerHits(text);
    const leaders = markerLeaders(hits, candidates);
    // A declared language whose own function words occur (and no other's more) is confirmed.
    if (prior && leaders.langs.includes(prior)) return detection(prior, scoreOf(prior));
    const inGroup = (MARKER_LANGUAGES as readonly string[]).includes(best);
    if (inGroup && leaders.langs.length > 0 && !leaders.langs.includes(best)) {
      // Function words point elsewhere within the group: take the best-scored of the languages they name.
      const pick = scores.find(([lang]) => leaders.langs.includes(lang));
      if (pick) return detection(pick[0], pick[1]);
    }
    const [leader] = leaders.langs;
    if (
      !inGroup &&
      leader &&
      leaders.langs.length === 1 &&
      leaders.hits >= MARKER_OVERRIDE_HITS &&
      leaders.hits / words >= MARKER_OVERRIDE_SHARE
    ) {
      return detection(leader, scoreOf(leader));
    }
    if (prior && prior !== best) {
      const priorScore = scores.find(([lang]) => lang === prior)?.[1];
      // franc normalises by the raw length, so digits, spaces and punctuation shrink every gap between
      // scores: scale the margin by the share of letters so it means the same on "100–150 kvm" as on prose.
      const letterShare = Math.min(
        1,
        (text.match(LETTER)?.length ?? 0) / Math.max(1, text.length) / PROSE_LETTER_SHARE,
      );
      if (priorScore !== undefined && priorScore >= bestScore - margin * letterShare) {
        return detection(prior, priorScore);
      }
    }
    const [script] = topScript(text);
    const variant = VARIANT_DEFAULTS[best] ?? VARIANT_DEFAULTS[`${script}:${best}`];
    if (variant && best !== prior && candidates.includes(variant))
      return detection(variant, scoreOf(variant));
    return detection(best, bestScore);
  };
}

/** The widget's detector: Lyssna's municipal languages only (small data). */
export const municipalFrancLite: FrancLite = createFrancLite(MUNICIPAL_TRIGRAMS);

/**
 * Language of `text` among the municipal languages (or `only`), with the declared language as a prior.
 * "und" only when there is no evidence and no usable prior.
 */
export const detectLanguage: LanguageDetector = createLanguageDetector(municipalFrancLite);
