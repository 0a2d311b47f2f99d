// R1.4 text-density scoring for pages without usable structure (no H1, div soup): which element holds
// the most running prose? One pass over the body, Readability-style propagation to parent and grandparent.

import { STEP_UNITS, type Steps } from '../core/steps.ts';
import { BLOCK_TAGS } from './blocks.ts';
import { classOf, isElement, isText, tagOf } from './dom.ts';
import { type PageFacts, visibleLength } from './page-facts.ts';
import { chromeSkipReason, staticHidden } from './skip-rules.ts';

/** Share of a text block's score given to its parent and grandparent (the rest of the ancestors get none). */
const PARENT_SHARE = 1;
const GRANDPARENT_SHARE = 0.5;
/** Class/id words that say "content" or "chrome"; they scale an element's score (Readability's idea). */
export const POSITIVE_CLASS =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|brodtext|artikel/i;
export const NEGATIVE_CLASS =
  /comment|meta|footer|footnote|masthead|media|outbrain|promo|related|scroll|shoutbox|sidebar|sponsor|shopping|tags|widget|teaser|puff|card|menu|nav|header|banner/i;
const POSITIVE_WEIGHT = 1.25;
const NEGATIVE_WEIGHT = 0.75;
/** Climb to the parent while the best holds less than this share of the parent's prose… */
const CLIMB_SHARE = 0.6;
/** …and the parent is not mostly links (a page wrapper full of menus). */
const CLIMB_MAX_LINK_SHARE = 0.3;
/**
 * A quotation is a part of a story, never the whole: the densest <blockquote> (a long statement quoted in a
 * post) climbs to its container, whatever its share of that container's prose.
 */
const QUOTE_TAG = 'blockquote';
/** Text shorter than this (characters) is a label or a link, not prose: it does not score. */
const MIN_PROSE_CHARS = 25;

export interface DensityResult {
  best: Element | null;
  score: number;
  /** Non-link text characters under an element (chrome subtrees excluded); 0 for unvisited elements. */
  proseOf(el: Element): number;
  /** The element's content score (after link density and class weights); 0 for unvisited elements. */
  scoreOf(el: Element): number;
}

interface Acc {
  own: number;
  link: number;
  total: number;
  totalLink: number;
  score: number;
}

/**
 * Score every element under the body and return the best content container, as steps: the walk over the page
 * yields every STEP_UNITS nodes, the scoring every STEP_UNITS blocks (findRoot drains them).
 */
export function* densityRootSteps(facts: PageFacts): Steps<DensityResult> {
  let work = 0;
  const start = facts.body;
  if (!start) return { best: null, score: 0, proseOf: () => 0, scoreOf: () => 0 };
  const acc = new Map<Element, Acc>();
  const get = (el: Element): Acc => {
    let a = acc.get(el);
    if (!a) {
      a = { own: 0, link: 0, total: 0, totalLink: 0, score: 0 };
      acc.set(el, a);
    }
    return a;
  };

  // Pass 1: own text per block container (text not inside nested blocks), with link text apart; each
  // block remembers its nearest block ancestor, so inline wrappers never break the propagation.
  type F = { el: Element; kids: NodeListOf<ChildNode>; i: number; block: Element; inLink: boolean };
  const stack: F[] = [{ el: start, kids: start.childNodes, i: 0, block: start, inLink: false }];
  const order: Element[] = [start];
  const up = new Map<Element, Element>();
  while (stack.length > 0) {
    if (++work % STEP_UNITS === 0) yield;
    const f = stack[stack.length - 1]!;
    if (f.i >= f.kids.length) {
      stack.pop();
      continue;
    }
    const n = f.kids[f.i++]!;
    if (isText(n)) {
      const len = visibleLength(n.data);
      if (len > 0) {
        const a = get(f.block);
        a.own += len;
        if (f.inLink) a.link += len;
      }
      continue;
    }
    if (!isElement(n)) continue;
    const tag = tagOf(n);
    const hidden = staticHidden(n);
    if (hidden !== null && !facts.overrides(n, hidden)) continue;
    const reason = tag === 'header' ? 'landmark' : chromeSkipReason(n, tag);
    if (reason !== null && !facts.overrides(n, reason)) continue;
    let block = f.block;
    if (BLOCK_TAGS.has(tag)) {
      block = n;
      order.push(n);
      up.set(n, f.block);
    }
    stack.push({ el: n, kids: n.childNodes, i: 0, block, inLink: f.inLink || tag === 'a' });
  }

  // Pass 2: totals bottom-up (reverse document order visits children before parents) and scores.
  for (let k = order.length - 1; k >= 0; k--) {
    if (++work % STEP_UNITS === 0) yield;
    const el = order[k]!;
    const a = get(el);
    a.total += a.own;
    a.totalLink += a.link;
    const prose = a.own - a.link;
    const p = up.get(el);
    const g = p ? up.get(p) : undefined;
    if (prose >= MIN_PROSE_CHARS) {
      a.score += prose;
      if (p) get(p).score += prose * PARENT_SHARE;
      if (g) get(g).score += prose * GRANDPARENT_SHARE;
    }
    if (p) {
      const pa = get(p);
      pa.total += a.total;
      pa.totalLink += a.totalLink;
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  const final = new Map<Element, number>();
  for (const el of order) {
    if (++work % STEP_UNITS === 0) yield;
    const a = acc.get(el);
    if (!a || a.score <= 0) continue;
    const linkDensity = a.total > 0 ? a.totalLink / a.total : 0;
    let s = a.score * (1 - linkDensity);
    const cls = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
    if (POSITIVE_CLASS.test(cls)) s *= POSITIVE_WEIGHT;
    if (NEGATIVE_CLASS.test(cls)) s *= NEGATIVE_WEIGHT;
    final.set(el, s);
    // Later (deeper) elements win ties: the tightest container of the same prose.
    if (s >= bestScore) {
      best = el;
      bestScore = s;
    }
  }
  const proseOf = (el: Element): number => {
    const a = acc.get(el);
    return a ? a.total - a.totalLink : 0;
  };
  // The body of a page built from many small blocks (page-builder widgets, one <div> per section) has no
  // single dense container: climb while the best holds only a minority of its parent's prose.
  while (best && best !== start) {
    const p = up.get(best);
    const pa = p ? acc.get(p) : undefined;
    if (!p || !pa) break;
    const linkShare = pa.total > 0 ? pa.totalLink / pa.total : 0;
    if (linkShare > CLIMB_MAX_LINK_SHARE) break;
    if (proseOf(best) >= proseOf(p) * CLIMB_SHARE && tagOf(best) !== QUOTE_TAG) break;
    best = p;
  }
  return { best, score: bestScore, proseOf, scoreOf: (el) => final.get(el) ?? 0 };
}
