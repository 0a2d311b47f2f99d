// franc's algorithm (script by regex, then trigram distance to each language model) over Lyssna's small data.
// Over franc's whole models it gives the same answers and scores as `francAll(text, { only })` from franc 6.2.0
// for any `only` within the loaded languages (tests/unit/lang/franc-lite.test.ts proves it against the real
// package); the widget's data cuts some models and leaves others out (see src/lang/generate-data.ts).
import { SCRIPT_EXPRESSIONS, SCRIPTS_WITH_MODELS, type TrigramRows } from './data/trigrams.generated.ts';
import { UNDETERMINED } from './languages.ts';

/** franc's MAX_LENGTH: only the first 2048 UTF-16 units are looked at (cost stays bounded on long blocks). */
export const MAX_LENGTH = 2048;
/** franc's MIN_LENGTH default: below 10 UTF-16 units the answer is "und". */
export const FRANC_MIN_LENGTH = 10;
/** The generated models are trigrams back to back, each 3 UTF-16 units (see generate-data.ts). */
const TRIGRAM_UNITS = 3;
/** franc's MAX_DIFFERENCE: the penalty for a trigram a language model does not contain. */
const MAX_DIFFERENCE = 300;

/** [language, normalised score]: 1 for the best, lower is worse (franc's TrigramTuple). */
export type LangScore = [lang: string, score: number];

export interface FrancLiteOptions {
  /** Languages to allow; default every loaded language. Languages without loaded data are not scored. */
  only?: readonly string[];
  /** Minimum length to attempt detection (franc's `minLength`, default 10). */
  minLength?: number;
}

export interface Model {
  lang: string;
  rank: number;
  /** Trigrams in the model (franc's are ~300; a few are shorter). */
  size: number;
  /** Weight (position in the model) per trigram number (see Models.ids); -1 for trigrams not in the model. */
  weights: Int16Array;
}

export interface Models {
  /**
   * Every trigram of the loaded models, numbered. A text's trigrams are looked up here once, then each of a
   * dozen models is scored by array reads instead of string-keyed map lookups. The sums are integers, so the
   * distances are exactly franc's.
   */
  ids: Map<string, number>;
  byScript: Map<string, Model[]>;
}

export interface FrancLite {
  /** Every loaded language (ISO 639-3), in franc's order per script. */
  readonly languages: readonly string[];
  /** Like franc's `francAll`: candidates sorted best first, or [["und", 1]]. */
  all(text: string, options?: FrancLiteOptions): LangScore[];
  /** Like franc's `franc`: the best candidate or "und". */
  detect(text: string, options?: FrancLiteOptions): string;
}

/**
 * The last text topScript looked at and its answer: one block's detection asks for its script three or four
 * times (script rules, franc, variants, the script check), and each answer costs a pass per script.
 */
let lastText: string | null = null;
let lastScript: [script: string | undefined, share: number] = [undefined, -1];

/** The script with the largest share of `text` (franc's getTopScript): its name and that share. */
export function topScript(text: string): [script: string | undefined, share: number] {
  if (text !== lastText) {
    lastScript = scriptShares(text);
    lastText = text;
  }
  return [lastScript[0], lastScript[1]];
}

/** franc's Latin expression: most texts Lyssna reads are mostly Latin letters. */
const LATIN = SCRIPT_EXPRESSIONS.find(([name]) => name === 'Latin');
/**
 * No character is in both Latin and another script (tests/unit/lang/franc-lite.test.ts checks every code
 * point), so the scripts' shares add up to at most 1: a Latin share above half is the top share, and the
 * other two dozen expressions need not run (nor be compiled, on the click that reads a page).
 */
const SETTLED_SHARE = 0.5;

function scriptShares(text: string): [script: string | undefined, share: number] {
  if (LATIN) {
    const share = (text.match(LATIN[1])?.length ?? 0) / text.length;
    if (share > SETTLED_SHARE) return [LATIN[0], share];
  }
  let best: string | undefined;
  let bestShare = -1;
  for (const [name, expression] of SCRIPT_EXPRESSIONS) {
    const share = (text.match(expression)?.length ?? 0) / text.length || 0;
    if (share > bestShare) {
      bestShare = share;
      best = name;
    }
  }
  return [best, bestShare];
}

/** Trigram counts of the cleaned, space-padded text (trigram-utils' asDictionary). */
export function trigramCounts(text: string): Map<string, number> {
  const cleaned = text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function buildModels(sets: readonly TrigramRows[]): Models {
  const ids = new Map<string, number>();
  const parsed: { script: string; lang: string; rank: number; trigrams: string[] }[] = [];
  for (const set of sets) {
    for (const [script, rows] of Object.entries(set)) {
      for (const [lang, rank, packed] of rows) {
        const trigrams: string[] = [];
        for (let i = 0; i < packed.length; i += TRIGRAM_UNITS) {
          const gram = packed.slice(i, i + TRIGRAM_UNITS);
          trigrams.push(gram);
          if (!ids.has(gram)) ids.set(gram, ids.size);
        }
        parsed.push({ script, lang, rank, trigrams });
      }
    }
  }
  const byScript = new Map<string, Model[]>();
  for (const { script, lang, rank, trigrams } of parsed) {
    const weights = new Int16Array(ids.size).fill(-1);
    // Walk backwards like franc so a repeated trigram keeps its first (most frequent) position.
    for (let weight = trigrams.length - 1; weight >= 0; weight--)
      weights[ids.get(trigrams[weight]!)!] = weight;
    const list = byScript.get(script) ?? [];
    list.push({ lang, rank, size: trigrams.length, weights });
    byScript.set(script, list);
  }
  // franc's stable sort breaks distance ties by language order, so keep franc's order across merged sets.
  for (const list of byScript.values()) list.sort((a, b) => a.rank - b.rank);
  return { ids, byScript };
}

/** A text's trigram counts split into those some model knows (by number) and the penalty for the rest. */
export interface TextGrams {
  ids: number[];
  counts: number[];
  unknownPenalty: number;
}

export function textGrams(counts: Map<string, number>, ids: Map<string, number>): TextGrams {
  const out: TextGrams = { ids: [], counts: [], unknownPenalty: 0 };
  for (const [gram, count] of counts) {
    const id = ids.get(gram);
    if (id === undefined) out.unknownPenalty += MAX_DIFFERENCE;
    else {
      out.ids.push(id);
      out.counts.push(count);
    }
  }
  return out;
}

function distance(grams: TextGrams, model: Model): number {
  let total = grams.unknownPenalty;
  const { weights } = model;
  for (let i = 0; i < grams.ids.length; i++) {
    const weight = weights[grams.ids[i]!]!;
    total += weight < 0 ? MAX_DIFFERENCE : Math.abs(grams.counts[i]! - weight - 1);
  }
  return total;
}

const undetermined = (): LangScore[] => [[UNDETERMINED, 1]];

/** Each franc-lite's models, for other readings of them (trigram-likelihood.ts) without a second copy. */
const LOADED = new WeakMap<FrancLite, Models>();

/** The models a franc-lite loaded (every FrancLite comes from createFrancLite). */
export function loadedModels(lite: FrancLite): Models {
  return LOADED.get(lite)!;
}

/** A detector over one or more generated data sets (MUNICIPAL_TRIGRAMS, or the world scope's WORLD_TRIGRAMS). */
export function createFrancLite(...sets: readonly TrigramRows[]): FrancLite {
  const { ids, byScript: models } = buildModels(sets);
  const languages = [...new Set([...models.values()].flat().map((m) => m.lang))];

  function all(text: string, options: FrancLiteOptions = {}): LangScore[] {
    const only = options.only && options.only.length > 0 ? options.only : languages;
    const minLength = options.minLength ?? FRANC_MIN_LENGTH;
    if (!text || text.length < minLength) return undetermined();
    const value = text.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    if (!script || !SCRIPTS_WITH_MODELS.includes(script)) {
      // A script franc has no models for names its one language ("jpn", "kor"…).
      return !script || share === 0 || !only.includes(script) ? undetermined() : [[script, 1]];
    }
    const candidates = (models.get(script) ?? []).filter((m) => only.includes(m.lang));
    if (candidates.length === 0) return undetermined();
    // A script whose models the data leaves out (model-free-scripts.ts) settles the language by itself: every
    // candidate alike, in franc's order, as franc scores a script's only candidate.
    if (candidates.every((m) => m.size === 0)) return candidates.map((m): LangScore => [m.lang, 1]);
    const grams = textGrams(trigramCounts(value), ids);
    const scored = candidates.map((m): LangScore => [m.lang, distance(grams, m)]);
    scored.sort((a, b) => a[1] - b[1]);
    const min = scored[0]![1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const entry of scored) entry[1] = 1 - (entry[1] - min) / max || 0;
    return scored;
  }

  const lite: FrancLite = {
    languages,
    all,
    detect: (text, options) => all(text, options)[0]![0],
  };
  LOADED.set(lite, { ids, byScript: models });
  return lite;
}
