// The learned block filter: a logistic regression over block features (block-features.ts), trained on the
// tuning halves of the dev sets by `npm run train:extract`. It drops blocks of the chosen region that read
// like page furniture (link lists, teaser rows, comment threads, copyright lines). Hints and rules come first.

import {
  blockFeatures,
  COMMENT_CLASS,
  classWords,
  type FeatureContext,
  LEGAL_TEXT,
} from './block-features.ts';
import { BLOCK_MODEL } from './block-weights.ts';
import type { RawBlock } from './blocks.ts';
import { isInside } from './dom.ts';

/** The model's probability that each block is article text. */
export function contentProbabilities(features: number[][]): number[] {
  const { mean, scale, weights, bias } = BLOCK_MODEL;
  return features.map((f) => {
    if (f.length === 0) return 1; // not judged
    let z = bias;
    for (let k = 0; k < f.length; k++) z += weights[k]! * ((f[k]! - mean[k]!) / scale[k]!);
    return 1 / (1 + Math.exp(-z));
  });
}

/** A block of at least this many characters, or a sentence (ending in . ! ? …) of at least the second… */
const PROSE_BLOCK_CHARS = 80;
const PROSE_SENTENCE_CHARS = 40;
/**
 * …with at most this share in links (an inline link to a source) is running prose: never dropped (a fact box, a closing
 * sentence), unless it is a copyright line or its class says reader comments.
 */
const PROSE_BLOCK_MAX_LINK_SHARE = 0.5;
const SENTENCE_END = /[.!?…]["”’)]?$/u;
/**
 * A contact detail written as "Label: value" ("Telefon: 031-390 06 52", "E-post: …", "Telefontid: …"): an
 * editor's line of the page (R3), never judged as furniture. Page builders put it after the story's densest
 * widget, where the model would otherwise trim it as a short trailing line.
 */
const CONTACT_LINE =
  /^(?:telefon(?:tid)?|tel|mobil|fax|e-?post|mejl|e-?mail|phone|besöksadress|postadress|öppettider)\s*:/iu;
/**
 * The model judges a region only when the blocks it may drop hold at least this much text (characters):
 * sidebars, link lists and comment threads run to hundreds of characters; a clean page's extras do not.
 */
const MIN_JUDGED_CHARS = 200;

/**
 * Which blocks the model may drop: only when the densest prose lies strictly inside the chosen region
 * (there is more than the story in it), and then only blocks outside that prose — what comes before and
 * after the story — that are not running prose of their own, unless their class says reader comments.
 * A region that is all story (a clean article, a municipal page) is never touched.
 */
export function prunable(raw: readonly RawBlock[], ctx: FeatureContext): boolean[] {
  const { densest, root } = ctx;
  if (!densest || densest === root || !isInside(densest, root)) return raw.map(() => false);
  const may = raw.map((b) => {
    if (isInside(b.element, densest)) return false;
    const len = b.display.text.length;
    const text = b.display.text;
    const prose =
      b.linkChars <= len * PROSE_BLOCK_MAX_LINK_SHARE &&
      (len >= PROSE_BLOCK_CHARS || (len >= PROSE_SENTENCE_CHARS && SENTENCE_END.test(text)));
    if (CONTACT_LINE.test(text)) return false;
    return !prose || LEGAL_TEXT.test(text) || COMMENT_CLASS.test(classWords(b.element, root));
  });
  // A few short lines around the story (a clean page's closing line) are no furniture worth judging.
  let outside = 0;
  for (let i = 0; i < raw.length; i++) if (may[i]) outside += raw[i]!.display.text.length;
  return outside >= MIN_JUDGED_CHARS ? may : raw.map(() => false);
}

/**
 * Which blocks to keep, given each block's probability of being article text and whether it may be judged:
 * the story's end is found by trimming from the last block backwards while blocks read as furniture, and
 * its start likewise from the first (the title passes); inside, a block is dropped only when the model is
 * nearly sure (`interior`), so a short heading or list item between sections stays.
 */
export function keepMask(
  p: readonly number[],
  may: readonly boolean[],
  isTitle: readonly boolean[],
  edge: number,
  interior: number,
): boolean[] {
  const n = p.length;
  const keep = p.map((v, i) => !may[i] || v >= interior);
  for (let i = n - 1; i >= 0 && may[i] && p[i]! < edge && !isTitle[i]; i--) keep[i] = false;
  for (let i = 0; i < n && (isTitle[i] || (may[i] && p[i]! < edge)); i++) if (!isTitle[i]) keep[i] = false;
  for (let i = 0; i < n; i++) if (isTitle[i]) keep[i] = true;
  return keep;
}

/**
 * Keep the blocks the model believes are article text, among those it may judge (see `prunable`). When
 * nothing but the title would be left the region is returned whole.
 */
export function pruneBlocks(raw: RawBlock[], ctx: FeatureContext, title: Element | null): RawBlock[] {
  if (raw.length === 0) return raw;
  const may = prunable(raw, ctx);
  if (!may.some(Boolean)) return raw;
  const p = contentProbabilities(blockFeatures(raw, ctx, may));
  const isTitle = raw.map((b) => title !== null && isInside(b.element, title));
  const keep = keepMask(p, may, isTitle, BLOCK_MODEL.threshold, BLOCK_MODEL.interiorThreshold);
  return keep.some((k, i) => k && !isTitle[i]) ? raw.filter((_, i) => keep[i]) : raw;
}
