// Language of one text: script rules first, then franc-lite over the whitelist, with the declared language as a prior.

import { MUNICIPAL_TRIGRAMS } from './data/trigrams.generated.ts';
import { createFrancLite, type FrancLite, type LangScore, topScript } from './franc-lite.ts';
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
/** Letters Urdu writes and Sorani does not (ٹ ڈ ڑ ں ے): Urdu also writes ھ, which is on the Sorani list. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2]/;
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

export interface LanguageDetector {
  (text: string, options?: DetectOptions): Detection;
  /**
   * Whether the detector has a model for a declared language (BCP 47 or ISO 639-3). A declaration it does
   * not know it cannot contradict: the widget trusts lang="de" because it has no German to compare with.
   */
  knows?: (tag: string) => boolean;
}

/**
 * What differs between the widget's scope and the extension's (detect-world.ts): the defaults are the
 * widget's. The rest of the detector (priors, function words, letter exclusions) is shared.
 */
export interface DetectorScope {
  /** Scripts whose one language in scope the script alone decides (default Ethiopic → tir, Hebrew → ydd). */
  scriptLanguages?: Readonly<Record<string, string>>;
  /** ISO 639-3 → BCP 47 and back (default the municipal tables). */
  toBcp47?: (iso3: string) => string;
  toIso3?: (tag: string | null | undefined) => string | null;
  /** Narrows the candidates by cheap certain evidence before scoring (default: none). */
  narrow?: (text: string, candidates: readonly string[]) => readonly string[];
  /** Ranks the candidates best first when it knows better than franc's distance (default: franc's order). */
  rank?: (text: string, candidates: readonly string[]) => LangScore[] | null;
  /**
   * Whether function words confirm a declared language only when the trigrams agree it is one of theirs
   * (Scandinavian/English) or they are many (default no). In the world scope one "we" in a Polish sentence
   * must not confirm a CMS default lang="en".
   */
  strictMarkers?: boolean;
  /** The languages the detector knows (default: the trigram-modelled ones; the world adds script-only ones). */
  languages?: readonly string[];
  /** Languages between which the declaration always wins (detect-world.ts: close-languages.ts's groups). */
  close?: (a: string, b: string) => boolean;
  priorMargin?: number;
  minLength?: number;
}

/** Which script rule, if any, settles `text`: Ethiopic → tir, Hebrew → ydd, Sorani letters → ckb. */
export function scriptRule(
  text: string,
  scriptLanguages: Readonly<Record<string, string>> = SCRIPT_LANGUAGE,
): string | null {
  const [script, share] = topScript(text);
  if (!script || share === 0) return null;
  const single = scriptLanguages[script];
  if (single) return single;
  if (script === 'Arabic' && !URDU_LETTERS.test(text)) {
    const sorani = text.match(SORANI_LETTERS)?.length ?? 0;
    const letters = text.match(ARABIC_LETTERS)?.length ?? 0;
    if (sorani > 0 && sorani / Math.max(letters, 1) >= SORANI_MIN_SHARE) return 'ckb';
  }
  return null;
}

/** A detector over the given franc-lite and scope (see detect-world.ts for the extension's). */
export function createLanguageDetector(lite: FrancLite, scope: DetectorScope = {}): LanguageDetector {
  const margin = scope.priorMargin ?? PRIOR_MARGIN;
  const minLength = scope.minLength ?? DETECT_MIN_LENGTH;
  const scriptLanguages = scope.scriptLanguages ?? SCRIPT_LANGUAGE;
  const toBcp47 = scope.toBcp47 ?? iso3ToBcp47;
  const toIso3 = scope.toIso3 ?? bcp47ToIso3;
  const detection = (iso3: string, score: number): Detection => ({
    iso3,
    bcp47: iso3 === UNDETERMINED ? UNDETERMINED : toBcp47(iso3),
    score,
  });
  const detect = (text: string, options: DetectOptions = {}): Detection => {
    const only = options.only && options.only.length > 0 ? options.only : lite.languages;
    const prior = toIso3(options.prior ?? null);
    const fallback = prior && only.includes(prior) ? detection(prior, 0) : detection(UNDETERMINED, 0);

    const ruled = scriptRule(text, scriptLanguages);
    if (ruled && only.includes(ruled)) return detection(ruled, 0);

    // Spelling rules out some languages before scoring (ä/ö: not Norwegian or Danish; æ/ø: not Swedish).
    const excluded = excludedByLetters(text);
    const allowed = only.filter((lang) => !excluded.has(lang));
    const unexcluded = allowed.length > 0 ? allowed : only;
    const narrowed = scope.narrow?.(text, unexcluded) ?? unexcluded;
    // The declaration survives the narrowing: telling letters are a heuristic (Turkish mis-decoded as
    // Latin-1 writes "ð" for "ğ"), the author's word is not; the margin below still judges it.
    const kept =
      prior && unexcluded.includes(prior) && !narrowed.includes(prior) ? [...narrowed, prior] : narrowed;
    const candidates = kept.length > 0 ? kept : unexcluded;
    const scores = lite.all(text, { only: candidates, minLength });
    const scoreOf = (lang: string): number => scores.find(([l]) => l === lang)?.[1] ?? 0;
    // No evidence (too short, digits only, or a script none of `only` is written in): the declaration stands.
    if (scores[0]![0] === UNDETERMINED) return fallback;
    const ranked = scope.rank?.(text, candidates)?.[0]?.[0];
    // The best by the scope's ranking, scored by franc's measure so the prior margin means the same.
    const best = ranked ?? scores[0]![0];
    const bestScore = scoreOf(best);

    const { hits, words } = markerHits(text);
    const leaders = markerLeaders(hits, candidates);
    const inGroup = (MARKER_LANGUAGES as readonly string[]).includes(best);
    const manyMarkers = leaders.hits >= MARKER_OVERRIDE_HITS && leaders.hits / words >= MARKER_OVERRIDE_SHARE;
    // A declared language whose own function words occur (and no other's more) is confirmed.
    if (prior && leaders.langs.includes(prior) && (!scope.strictMarkers || inGroup || manyMarkers))
      return detection(prior, scoreOf(prior));
    if (inGroup && leaders.langs.length > 0 && !leaders.langs.includes(best)) {
      // Function words point elsewhere within the group: take the best-scored of the languages they name.
      const pick = scores.find(([lang]) => leaders.langs.includes(lang));
      if (pick) return detection(pick[0], pick[1]);
    }
    const [leader] = leaders.langs;
    if (!inGroup && leader && leaders.langs.length === 1 && manyMarkers) {
      return detection(leader, scoreOf(leader));
    }
    // A declared language none of whose function words occur, in a text full of another's, is contradicted:
    // the margin below would otherwise keep a Swedish template's lang="sv" on a long English page (franc's
    // scores of related languages lie within a few hundredths of each other on long texts).
    if (
      prior &&
      prior !== best &&
      inGroup &&
      manyMarkers &&
      leaders.langs.length === 1 &&
      leaders.langs[0] === best &&
      (MARKER_LANGUAGES as readonly string[]).includes(prior) &&
      !hits.has(prior)
    )
      return detection(best, bestScore);
    // Close relatives (Malay/Indonesian, Czech/Slovak…) score within noise of each other: the author knows.
    if (prior && prior !== best && candidates.includes(prior) && scope.close?.(prior, best))
      return detection(prior, scoreOf(prior));
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
  const known = scope.languages ?? lite.languages;
  return Object.assign(detect, {
    knows: (tag: string) => {
      const iso3 = toIso3(tag);
      return iso3 !== null && known.includes(iso3);
    },
  });
}

/** The widget's detector: Lyssna's municipal languages only (small data). */
export const municipalFrancLite: FrancLite = createFrancLite(MUNICIPAL_TRIGRAMS);

/**
 * Language of `text` among the municipal languages (or `only`), with the declared language as a prior.
 * "und" only when there is no evidence and no usable prior.
 */
export const detectLanguage: LanguageDetector = createLanguageDetector(municipalFrancLite);
