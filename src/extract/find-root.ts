// R1: find the article — the one region the reader reads — from the strongest hint the page offers.

import { drain, type Steps } from '../core/steps.ts';
import { type DensityResult, densityRootSteps } from './density.ts';
import {
  classOf,
  elementsByTag,
  firstElementChildOf,
  isElement,
  isInside,
  isText,
  parentElementOf,
  tagOf,
} from './dom.ts';
import { normaliseText } from './normalise.ts';
import { type PageFacts, visibleLength } from './page-facts.ts';
import { chromeSkipReason, NON_TEXT_TAGS, staticHidden } from './skip-rules.ts';

export type RootHint =
  | 'content-selector'
  | 'lyssna-content'
  | 'readspeaker'
  | 'article'
  | 'main'
  | 'h1-container'
  | 'density'
  | 'noscript'
  | 'body';

export interface RootChoice {
  root: Element | null;
  /** The densest prose container (R1.4 scoring), used to tell body text from chrome around it. */
  density?: DensityResult;
  /** The article's H1 (possibly outside `root`, when a hint region starts below it). */
  h1: Element | null;
  hint: RootHint;
}

/** Our own markup (documented in the README): the site owner marks the article to read. */
export const LYSSNA_CONTENT_ATTR = 'data-lyssna-content';

/** The main landmark. */
const MAIN_SELECTOR = 'main, [role="main"]';

/**
 * Does any ancestor-or-self make this H1 unreadable (hidden, chrome, overlay)? `header`/`form` do not, and
 * neither does a "chrome" element that is really a layout wrapper holding most of the page's text.
 */
function blockedH1(h1: Element, facts: PageFacts): 'blocked' | 'weak' | null {
  let weak = false;
  for (let n: Element | null = h1; n; n = parentElementOf(n)) {
    const tag = tagOf(n);
    if (tag === 'body' || tag === 'html') break;
    const hidden = staticHidden(n);
    if (hidden !== null && !facts.overrides(n, hidden)) return 'blocked';
    const reason = chromeSkipReason(n, tag);
    // A page-wide <form> (ASP.NET) wraps everything, and a loose class name ("sidebar-first-only") is no
    // reason to drop a real H1 — only to prefer another one.
    if (reason === null || reason === 'control') continue;
    if (reason === 'weak-class') {
      if (!facts.overrides(n, reason)) weak = true;
      continue;
    }
    if (!facts.overrides(n, reason)) return 'blocked';
  }
  return weak ? 'weak' : null;
}

function closestTag(el: Element, match: (e: Element) => boolean): Element | null {
  for (let n: Element | null = el; n; n = parentElementOf(n)) if (match(n)) return n;
  return null;
}

const isMain = (e: Element) => tagOf(e) === 'main' || e.getAttribute('role') === 'main';
const isArticle = (e: Element) => tagOf(e) === 'article';

/** Site header/footer that is not inside the article or main content. */
const inSiteHeader = (h1: Element) =>
  closestTag(h1, (e) => tagOf(e) === 'header' || e.getAttribute('role') === 'banner') !== null &&
  closestTag(h1, (e) => isMain(e) || isArticle(e)) === null;

/**
 * Is this landmark only a box beside the story: a region holding a small share of the densest prose's
 * text while that prose lies outside it (a "Chat with us" widget marked up as an <article> with its own H1,
 * next to a long story in plain <div>s)? Its landmark is then no evidence for its H1.
 */
function boxBesideStory(landmark: Element, d: DensityResult | undefined): boolean {
  const best = d?.best;
  if (!d || !best || isInside(best, landmark) || isInside(landmark, best)) return false;
  const target = d.proseOf(best);
  const own = d.proseOf(landmark);
  return target >= WIDEN_MIN_PROSE && own < target * SMALL_REGION_SHARE && own <= SMALL_REGION_MAX_CHARS;
}

/**
 * Pick the article's H1: visible, not in chrome, with text; prefer one in main/article (unless that
 * landmark is only a box beside the story), then not in a header.
 */
export function chooseH1(
  doc: Document,
  facts: PageFacts,
  scope?: Element,
  density?: DensityResult,
): Element | null {
  const prose = density?.best;
  let best: Element | null = null;
  let bestRank = -Infinity;
  for (const h1 of elementsByTag(scope ?? doc, 'h1')) {
    const blocked = blockedH1(h1, facts);
    if (blocked === 'blocked') continue;
    if (normaliseText(h1.textContent ?? '').length === 0) continue;
    let rank = blocked === 'weak' ? -1 : 0;
    const landmark = closestTag(h1, (e) => isMain(e) || isArticle(e));
    if (landmark && !boxBesideStory(landmark, density)) rank += 2;
    if (inSiteHeader(h1)) rank -= 2;
    // Among equals, the H1 that heads the densest prose wins: the last one before it, not a promo or a
    // site-name H1 further up the page, nor a section H1 inside the body (markdown pages use several).
    const nearProse = !!prose && precedesNode(h1, prose);
    if (rank > bestRank || (rank === bestRank && nearProse)) {
      best = h1;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Does `a` come before `b` in document order (and not contain it)? Computed from the tree itself:
 * compareDocumentPosition is unreliable in DOM libraries (linkedom answers inverted).
 */
export function precedesNode(a: Node, b: Node): boolean {
  if (a === b || isInside(b, a)) return false;
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return false; // different trees
  if (i >= cb.length) return false; // b is an ancestor of a
  const parent = ca[i - 1]!;
  const kids = parent.childNodes;
  for (let k = 0; k < kids.length; k++) {
    if (kids[k] === ca[i]) return true;
    if (kids[k] === cb[i]) return false;
  }
  return false;
}

/** ReadSpeaker's read area: readid/readclass in the .rsbtn_play link, or #rs_read_this / .rs_read_this. */
export function readSpeakerRoot(doc: Document): Element | null {
  for (const href of readSpeakerLinks(doc)) {
    const q = href.indexOf('?');
    if (q < 0) continue;
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(href.slice(q + 1).replace(/&amp;/g, '&'));
    } catch {
      continue;
    }
    const id = params.get('readid');
    const byId = id ? doc.getElementById(id) : null;
    if (byId && hasText(byId)) return byId;
    const cls = params.get('readclass');
    if (cls) {
      const first = cls.split(/[\s,]+/)[0];
      const byClass = first ? doc.getElementsByClassName(first)[0] : undefined;
      if (byClass && hasText(byClass)) return byClass;
    }
  }
  const marked = doc.getElementById('rs_read_this') ?? doc.getElementsByClassName('rs_read_this')[0] ?? null;
  return marked && hasText(marked) ? marked : null;
}

/**
 * The hrefs of ReadSpeaker's play links (`a.rsbtn_play[href]`, `a[href*="readspeaker.com"]`), in page
 * order. A loop over the links, not a CSS selector: this runs on every page, and selector matching walks
 * the whole tree slowly in DOM libraries (a tenth of the CLI's extraction time).
 */
function readSpeakerLinks(doc: Document): string[] {
  const out: string[] = [];
  for (const link of elementsByTag(doc, 'a')) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    if (href.includes('readspeaker.com') || hasClass(link, 'rsbtn_play')) out.push(href);
  }
  return out;
}

function hasClass(el: Element, name: string): boolean {
  return classOf(el).split(/\s+/).includes(name);
}

function hasText(el: Element): boolean {
  return /\S/.test(el.textContent ?? '');
}

/**
 * Mark every element that contains a site header, footer or nav (R1.3's stop condition), in one pass
 * up from each landmark; landmarks that contain the H1 itself do not count.
 */
function chromeHolders(doc: Document, h1: Element): Set<Element> {
  const holders = new Set<Element>();
  const marks = doc.querySelectorAll(
    'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]',
  );
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (isInside(h1, m)) continue;
    for (let n: Element | null = m; n; n = parentElementOf(n)) {
      if (holders.has(n)) break;
      holders.add(n);
    }
  }
  return holders;
}

/** R1.3: climb from the H1 while the parent holds no site header, footer or nav. */
export function climbFromH1(doc: Document, h1: Element): Element {
  const holders = chromeHolders(doc, h1);
  let cur: Element = parentElementOf(h1) ?? h1;
  for (;;) {
    const p = parentElementOf(cur);
    if (!p || tagOf(p) === 'html' || holders.has(p)) return cur;
    if (tagOf(cur) === 'body') return cur;
    cur = p;
  }
}

/** The single visible main landmark, if the page has exactly one. */
function soleMain(doc: Document): Element | null {
  const mains = doc.querySelectorAll(MAIN_SELECTOR);
  let found: Element | null = null;
  for (let i = 0; i < mains.length; i++) {
    const m = mains[i]!;
    if (staticHidden(m) !== null) continue;
    if (found && !isInside(m, found)) return null;
    if (!found) found = m;
  }
  return found;
}

export interface FindRootOptions {
  contentSelector?: string | undefined;
}

/** R1.2/R1.3: the article or main holding the H1, else the H1's container. */
function structuralRoot(doc: Document, h1: Element): RootChoice {
  const article = closestTag(h1, isArticle);
  if (article) return { root: article, h1, hint: 'article' };
  const main = closestTag(h1, isMain);
  if (main) return { root: main, h1, hint: 'main' };
  // The H1 sits above the main landmark (a page-title band): read main, the H1 goes first as the title.
  const sole = soleMain(doc);
  if (sole && hasText(sole)) return { root: sole, h1, hint: 'main' };
  return { root: climbFromH1(doc, h1), h1, hint: 'h1-container' };
}

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
function widenToProse(choice: RootChoice, h1: Element, d: DensityResult): RootChoice {
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
function narrowToProse(choice: RootChoice, d: DensityResult, facts: PageFacts): RootChoice {
  const { root, h1 } = choice;
  const best = d.best;
  if (choice.hint !== 'h1-container' || !root || !h1 || !best || best === root || !isInside(best, root))
    return choice;
  // A stray passage (a card's blurb on a product or listing page) says nothing about where the page is.
  if (d.proseOf(best) < NARROW_MIN_PROSE || isStray(best, d, facts.body, NARROW_STRAY_SHARE)) return choice;
  const common = commonAncestor(h1, best);
  if (!common) return choice;
  const body = facts.body;
  // An H1 inside the prose container heads it: nothing lies between them.
  const gap = isInside(h1, best)
    ? { text: 0, links: 0 }
    : precedesNode(h1, best)
      ? textBetween(h1, best, common)
      : null;
  const far = !gap || (gap.text > FAR_GAP_CHARS && gap.links > gap.text * FAR_GAP_LINK_SHARE);
  if (!far) return { root: common, h1, hint: 'h1-container' };
  let top = best;
  for (let p = parentElementOf(top); p && p !== body; p = parentElementOf(p)) {
    const added = facts.textOf(p) - facts.textOf(top);
    const addedLinks = facts.linkTextOf(p) - facts.linkTextOf(top);
    if (added > HEADER_MAX_CHARS && addedLinks > added * GROW_MAX_LINK_SHARE) break;
    top = p;
  }
  // A table row or section is no root of its own: its cells would be read as one line.
  while (TABLE_PARTS.has(tagOf(top)) && parentElementOf(top)) top = parentElementOf(top)!;
  return { root: top, h1, hint: 'density' };
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
  if (!d || !best || d.proseOf(best) < NARROW_MIN_PROSE || isStray(best, d, facts.body)) return null;
  return best;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let n: Element | null = a; n; n = parentElementOf(n)) seen.add(n);
  for (let n: Element | null = b; n; n = parentElementOf(n)) if (seen.has(n)) return n;
  return null;
}

/**
 * A page whose visible body holds less than this much text (characters) is a script shell: its content is
 * rendered by JavaScript. Forum software (Discourse) and some blogs put a full no-JS copy of the content in
 * a <noscript> for crawlers; on a static DOM that copy is the only article there is.
 */
const SCRIPT_SHELL_MAX_CHARS = 300;
/** …and the <noscript> copy must hold real text (characters), not a "please enable JavaScript" line. */
const NOSCRIPT_MIN_CHARS = 500;

/** The <noscript> holding the most text, when the visible page is an empty script shell (see above). */
function noscriptContent(facts: PageFacts): Element | null {
  const body = facts.body;
  if (!body || facts.textOf(body) >= SCRIPT_SHELL_MAX_CHARS) return null;
  let best: Element | null = null;
  let bestLen = NOSCRIPT_MIN_CHARS - 1;
  for (const n of elementsByTag(body, 'noscript')) {
    // With scripting on (a live browser), <noscript> holds raw markup as one text node: never read that.
    if (!firstElementChildOf(n)) continue;
    const len = normaliseText(n.textContent ?? '').length;
    if (len > bestLen) {
      best = n;
      bestLen = len;
    }
  }
  return best;
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

function isStray(best: Element, d: DensityResult, body: Element | null, share = STRAY_MAX_SHARE): boolean {
  const prose = d.proseOf(best);
  return !!body && prose < STRAY_MAX_PROSE && prose < d.proseOf(body) * share;
}

/** R1 in order of strength. Never throws; `root` is null only for a document without a body. */
export function findRoot(doc: Document, opts: FindRootOptions, facts: PageFacts): RootChoice {
  return drain(findRootSteps(doc, opts, facts));
}

/** findRoot as steps: the density pass over the page yields as it walks (density.ts). */
export function* findRootSteps(doc: Document, opts: FindRootOptions, facts: PageFacts): Steps<RootChoice> {
  const density = yield* densityRootSteps(facts);
  return { ...chooseRoot(doc, opts, facts, density), density };
}

function chooseRoot(
  doc: Document,
  opts: FindRootOptions,
  facts: PageFacts,
  density: DensityResult,
): RootChoice {
  const h1 = chooseH1(doc, facts, undefined, density);
  if (opts.contentSelector) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(opts.contentSelector);
    } catch {
      el = null; // an invalid selector from config falls through to the page's own hints
    }
    if (el) return { root: el, h1, hint: 'content-selector' };
  }
  const own = doc.querySelector(`[${LYSSNA_CONTENT_ATTR}]`);
  if (own) return { root: own, h1, hint: 'lyssna-content' };
  const rs = readSpeakerRoot(doc);
  if (rs) return { root: rs, h1, hint: 'readspeaker' };
  const fallback = noscriptContent(facts);
  if (fallback) return { root: fallback, h1: null, hint: 'noscript' };

  if (h1)
    return {
      ...narrowToProse(widenToProse(structuralRoot(doc, h1), h1, density), density, facts),
      density,
    };

  const { best } = density;
  if (best && !isStray(best, density, facts.body)) return { root: best, h1: null, hint: 'density' };
  // No container of running prose: a listing or product grid made of short linked cards. Read the main
  // landmark (or the body) and let R2 skip the chrome inside it.
  const main = soleMain(doc);
  if (best && main && hasText(main)) return { root: main, h1: null, hint: 'main' };
  return { root: facts.body, h1: null, hint: 'body' };
}
