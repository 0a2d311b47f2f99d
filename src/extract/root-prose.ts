// R1.4's adjustments of a structural root (the article, main or H1 container) to the page's densest prose:
// widen a title band to the story beside it, narrow a region to its story, and tell a stray passage from one.

import type { DensityResult } from './density.ts';
import { isElement, isInside, isText, parentElementOf, precedesNode, tagOf } from './dom.ts';
import { type PageFacts, visibleLength } from './page-facts.ts';
import { NON_TEXT_TAGS } from './skip-rules.ts';
import type { RootChoice } from './types.ts';

/**
 * A structural region holding less than this share of the densest container's prose is only the title
 * band (a hero <section>, a short <article> header): the body lives beside it.
 */
const SMALL_REGION_SHARE = 0.5;
/** Widening reaches only for a real body of text (characters), never for a longer contact box or teaser. */
const WIDEN_MIN_PROSE = 200;
/** …and holding at most this much prose (characters): a region with real text of its own is kept as is. */
const SMALL_REGION_MAX_CHARS = 1500;

/**
 * Check the structural choice against text density (R1.4): when the densest prose lies outside a small
 * structural region, read their common ancestor from the H1 on (chrome inside it is skipped by R2).
 */
export function widenToProse(choice: RootChoice, h1: Element, d: DensityResult): RootChoice {
  const root = choice.root;
  if (!root) return choice;
  const best = d.best;
  if (!best || isInside(best, root)) return choice;
  const own = d.proseOf(root);
  const target = d.proseOf(best);
  if (target < WIDEN_MIN_PROSE || own >= target * SMALL_REGION_SHARE || own > SMALL_REGION_MAX_CHARS)
    return choice;
  const common = commonAncestor(root, best);
  if (!common) return choice;
  return { root: common, h1, hint: choice.hint };
}

/**
 * The densest prose must hold at least this many characters before it may narrow a climbed H1 container:
 * a short blurb is no evidence of where the story is.
 */
const NARROW_MIN_PROSE = 200;
/**
 * For narrowing, a passage is stray below this share of the page's prose: a short blog post holds a fifth
 * of a page full of sidebars, a product blurb far less of a shop page.
 */
const NARROW_STRAY_SHARE = 0.12;

/**
 * More text than this (characters) between the H1 and the densest prose, mostly in links, means the H1 is
 * far from the story: a site-name banner over a blog, with menus, "recent comments" and other sidebars in
 * between. A headline is followed by at most a byline, a date and a lede; a landing page's hero H1 by
 * sections of unlinked text, which are read.
 */
const FAR_GAP_CHARS = 400;
const FAR_GAP_LINK_SHARE = 0.5;

/**
 * The prose container grows to its parent while the parent adds little text (characters: a post's title
 * and date)…
 */
const HEADER_MAX_CHARS = 250;
/** …or adds mostly unlinked text (the article's other sections), not menus and teaser lists. */
const GROW_MAX_LINK_SHARE = 0.3;
const TABLE_PARTS = new Set(['tr', 'tbody', 'thead', 'tfoot']);

/**
 * R1.3's climb stops only at a site header, footer or nav. Older layouts (tables, bare <div>s) have none,
 * so the climb reaches <body> and every sidebar, teaser list and footer is read. When the densest prose
 * lies inside the climbed container, the article is the smallest element holding both the H1 and that
 * prose; and when that is mostly other text (the H1 is the site's name in a banner), the prose container
 * with its own header (the H1 is still read first when it comes before it).
 */
export function narrowToProse(choice: RootChoice, d: DensityResult, facts: PageFacts): RootChoice {
  const { root, h1 } = choice;
  const best = d.best;
  if (choice.hint !== 'h1-container' || !root || !h1 || !best || best === root || !isInside(best, root))
    return choice;
  // A stray passage (a card's blurb on a product or listing page) says nothing about where the page is.
  if (
    !inSoleMarkedPost(best, facts) &&
    (d.proseOf(best) < NARROW_MIN_PROSE || isStray(best, d, facts.body, NARROW_STRAY_SHARE))
  )
    return choice;
  const common = commonAncestor(h1, best);
  if (!common) return choice;
  // An H1 inside the prose container heads it: nothing lies between them.
  const gap = isInside(h1, best)
    ? { text: 0, links: 0 }
    : precedesNode(h1, best)
      ? textBetween(h1, best, common)
      : null;
  const far = !gap || (gap.text > FAR_GAP_CHARS && gap.links > gap.text * FAR_GAP_LINK_SHARE);
  if (far) return { root: withHeader(best, facts), h1, hint: 'density' };
  // With the story in the page's one marked post and the H1 outside it, the H1 is the site's banner (or a
  // title band above the post): the post with its own header is the story, not everything the two share
  // (the sidebars, the comment forms, the comments); the H1 is still read first.
  if (inSoleMarkedPost(best, facts) && !isInside(h1, facts.soleContentMark!))
    return { root: withHeader(best, facts, false), h1, hint: 'density' };
  return { root: common, h1, hint: 'h1-container' };
}

/**
 * A story container grown to its own header: up through parents that add little text (a title, a date)
 * or, with `sections`, mostly unlinked text (the article's other sections); never into the page's menus and
 * teaser lists, nor into the body itself.
 */
export function withHeader(story: Element, facts: PageFacts, sections = true): Element {
  let top = story;
  for (let p = parentElementOf(top); p && p !== facts.body; p = parentElementOf(p)) {
    const added = facts.textOf(p) - facts.textOf(top);
    const addedLinks = facts.linkTextOf(p) - facts.linkTextOf(top);
    if (added > HEADER_MAX_CHARS && (!sections || addedLinks > added * GROW_MAX_LINK_SHARE)) break;
    top = p;
  }
  // A table row or section is no root of its own: its cells would be read as one line.
  while (TABLE_PARTS.has(tagOf(top)) && parentElementOf(top)) top = parentElementOf(top)!;
  return top;
}

/** Visible text (characters) after `from` and before `to` inside `within`, and how much of it is in links. */
function textBetween(from: Element, to: Element, within: Element): { text: number; links: number } {
  let text = 0;
  let links = 0;
  let counting = false;
  const stack: { kids: NodeListOf<ChildNode>; i: number; inLink: boolean }[] = [
    { kids: within.childNodes, i: 0, inLink: false },
  ];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.kids.length) {
      stack.pop();
      continue;
    }
    const node = f.kids[f.i++]!;
    if (node === to) break;
    if (node === from) {
      counting = true;
      continue;
    }
    if (isText(node)) {
      if (!counting) continue;
      const n = visibleLength(node.data);
      text += n;
      if (f.inLink) links += n;
    } else if (isElement(node)) {
      const tag = tagOf(node);
      if (!NON_TEXT_TAGS.has(tag))
        stack.push({ kids: node.childNodes, i: 0, inLink: f.inLink || tag === 'a' });
    }
  }
  return { text, links };
}

/**
 * The story's core: the densest prose container when it holds a real body of text (not a stray blurb on a
 * page of cards). The learned filter judges only what lies outside it.
 */
export function storyCore(d: DensityResult | undefined, facts: PageFacts): Element | null {
  const best = d?.best;
  if (!d || !best) return null;
  if (inSoleMarkedPost(best, facts)) return best;
  if (d.proseOf(best) < NARROW_MIN_PROSE || isStray(best, d, facts.body)) return null;
  return best;
}

/** The page's one marked post must hold at least this much prose (characters) to outrank a denser passage. */
const MARKED_POST_MIN_PROSE = 80;

/**
 * The densest prose, or the page's one marked post when that prose lies outside it and is no long story of
 * its own (a sidebar's "about" note, a captcha's instructions, a card): the page's own markup names the
 * post, and a short post is often less dense than the boxes around it.
 */
export function preferMarkedPost(d: DensityResult, facts: PageFacts): DensityResult {
  const mark = facts.soleContentMark;
  const best = d.best;
  if (!mark || !best || isInside(best, mark) || isInside(mark, best)) return d;
  if (d.proseOf(mark) < MARKED_POST_MIN_PROSE || d.proseOf(best) >= STRAY_MAX_PROSE) return d;
  return { ...d, best: mark };
}

/**
 * Is the densest prose inside the page's one marked post (`PageFacts.soleContentMark`)? A short post
 * (a few lines under a photo, a link with a comment) is then the story, however much longer the sidebars
 * around it: the page's own markup says so, and a single marked post is no listing of cards.
 */
export function inSoleMarkedPost(best: Element, facts: PageFacts): boolean {
  const mark = facts.soleContentMark;
  return mark !== null && isInside(best, mark);
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let n: Element | null = a; n; n = parentElementOf(n)) seen.add(n);
  for (let n: Element | null = b; n; n = parentElementOf(n)) if (seen.has(n)) return n;
  return null;
}

/**
 * The densest element is only a stray passage, not an article, when it holds less than this much prose
 * (characters: a card's blurb, a shop's intro paragraph, a section heading on a page of product tiles)…
 */
const STRAY_MAX_PROSE = 1500;
/**
 * …and less than this share of the page's prose (its unlinked text, chrome landmarks left out): the page's
 * prose is spread over many short cards. Prose, not all text: a blog's archive lists, blogrolls and
 * "recent comments" are links, and counting them made a short post on a page of sidebars look stray, so
 * the whole page (every sidebar) was read.
 */
const STRAY_MAX_SHARE = 0.3;

export function isStray(
  best: Element,
  d: DensityResult,
  body: Element | null,
  share = STRAY_MAX_SHARE,
): boolean {
  const prose = d.proseOf(best);
  return !!body && prose < STRAY_MAX_PROSE && prose < d.proseOf(body) * share;
}

/**
 * Is this landmark only a box beside the story: a region holding a small share of the densest prose's
 * text while that prose lies outside it (a "Chat with us" widget marked up as an <article> with its own H1,
 * next to a long story in plain <div>s)? Its landmark is then no evidence for its H1.
 */
export function boxBesideStory(landmark: Element, d: DensityResult | undefined): boolean {
  const best = d?.best;
  if (!d || !best || isInside(best, landmark) || isInside(landmark, best)) return false;
  const target = d.proseOf(best);
  const own = d.proseOf(landmark);
  return target >= WIDEN_MIN_PROSE && own < target * SMALL_REGION_SHARE && own <= SMALL_REGION_MAX_CHARS;
}
