// What the learned block model sees of each block the walker found: its text, links and kind, where it sits
// in the article, the class/id words around it, and the same for its neighbours. Computed in O(blocks).

import type { RawBlock } from './blocks.ts';
import { NEGATIVE_CLASS, POSITIVE_CLASS } from './density.ts';
import { classOf, isInside, parentElementOf } from './dom.ts';

/** Class/id words of reader comments and their furniture (a thread under a story is not the story). */
export const COMMENT_CLASS = /comment|reply|respond|discuss|disqus|trackback|pingback/i;
/** Copyright and legal lines: the usual end of a page, not of a story. */
export const LEGAL_TEXT = /©|\bcopyright\b|all rights reserved|alla rättigheter/i;
/** Ancestors (up to the root) whose class/id words count for a block: a block's own wrapper and a few more. */
const CLASS_DEPTH = 4;
/** Blocks on each side averaged for the neighbourhood link share. */
const WINDOW = 2;

/** Feature names, in the order of the vector (the generated weights are checked against this list). */
export const FEATURE_NAMES = [
  'log-length',
  'link-share',
  'log-words',
  'ends-sentence',
  'punctuation-per-word',
  'digit-share',
  'capitalised-word-share',
  'kind-heading',
  'kind-paragraph',
  'kind-list-item',
  'kind-table-row',
  'kind-text',
  'kind-other',
  'position',
  'text-before-share',
  'in-densest-prose',
  'negative-class',
  'positive-class',
  'comment-class',
  'prev-link-share',
  'prev-log-length',
  'next-link-share',
  'next-log-length',
  'window-link-share',
  'legal-text',
  'after-longest',
  'before-longest',
  'short',
  'root-link-share',
] as const;

export interface FeatureContext {
  root: Element;
  /** The densest prose container (R1.4), when there is one. */
  densest: Element | null;
  /** Link share of the root's text. */
  rootLinkShare: number;
}

const logLen = (n: number) => Math.log1p(n) / 8;

/** Class and id words of a block's element and a few ancestors inside the root. */
export function classWords(el: Element, root: Element): string {
  let out = '';
  let depth = 0;
  for (let n: Element | null = el; n && depth < CLASS_DEPTH; n = parentElementOf(n), depth++) {
    out += ` ${classOf(n)} ${n.getAttribute('id') ?? ''}`;
    if (n === root) break;
  }
  return out;
}

/**
 * One feature vector per block; with `only`, the vectors of the other blocks are left empty (the text of
 * the story's core is long, and the model never judges it: no need to read it word by word).
 */
export function blockFeatures(
  raw: readonly RawBlock[],
  ctx: FeatureContext,
  only?: readonly boolean[],
): number[][] {
  const n = raw.length;
  const lens = raw.map((b) => b.display.text.length);
  const linkShare = raw.map((b, i) => Math.min(1, lens[i]! > 0 ? b.linkChars / lens[i]! : 0));
  let total = 0;
  let longest = 0;
  for (let i = 0; i < n; i++) {
    total += lens[i]!;
    if (lens[i]! > lens[longest]!) longest = i;
  }
  // Prefix sums of the link share for the window average.
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i]! + linkShare[i]!);
  const out: number[][] = [];
  let before = 0;
  for (let i = 0; i < n; i++) {
    const b = raw[i]!;
    const text = b.display.text;
    const len = lens[i]!;
    if (only && !only[i]) {
      out.push([]);
      before += len;
      continue;
    }
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    const wc = Math.max(1, words.length);
    let punct = 0;
    let digits = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63) punct++;
      else if (c >= 48 && c <= 57) digits++;
    }
    let caps = 0;
    for (const w of words) if (/^\p{Lu}/u.test(w)) caps++;
    const cls = classWords(b.element, ctx.root);
    const kind = b.kind;
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(n, i + WINDOW + 1);
    out.push([
      logLen(len),
      linkShare[i]!,
      Math.log1p(wc) / 6,
      /[.!?…]["”’)]?$/u.test(text) ? 1 : 0,
      Math.min(1, punct / wc),
      len > 0 ? digits / len : 0,
      caps / wc,
      kind === 'heading' ? 1 : 0,
      kind === 'paragraph' ? 1 : 0,
      kind === 'list-item' ? 1 : 0,
      kind === 'table-row' ? 1 : 0,
      kind === 'text' ? 1 : 0,
      kind !== 'heading' &&
      kind !== 'paragraph' &&
      kind !== 'list-item' &&
      kind !== 'table-row' &&
      kind !== 'text'
        ? 1
        : 0,
      n > 1 ? i / (n - 1) : 0,
      total > 0 ? before / total : 0,
      ctx.densest && isInside(b.element, ctx.densest) ? 1 : 0,
      NEGATIVE_CLASS.test(cls) ? 1 : 0,
      POSITIVE_CLASS.test(cls) ? 1 : 0,
      COMMENT_CLASS.test(cls) ? 1 : 0,
      i > 0 ? linkShare[i - 1]! : 1,
      i > 0 ? logLen(lens[i - 1]!) : 0,
      i + 1 < n ? linkShare[i + 1]! : 1,
      i + 1 < n ? logLen(lens[i + 1]!) : 0,
      (prefix[hi]! - prefix[lo]!) / (hi - lo),
      LEGAL_TEXT.test(text) ? 1 : 0,
      i > longest ? 1 : 0,
      i < longest ? 1 : 0,
      len < 30 ? 1 : 0,
      ctx.rootLinkShare,
    ]);
    before += len;
  }
  return out;
}
