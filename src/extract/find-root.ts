// R1: find the article — the one region the reader reads — from the strongest hint the page offers.

import { drain, type Steps } from '../core/steps.ts';
import { type DensityResult, densityRootSteps } from './density.ts';
import {
  classOf,
  elementsByTag,
  firstElementChildOf,
  isInside,
  parentElementOf,
  precedesNode,
  tagOf,
} from './dom.ts';
import { normaliseText } from './normalise.ts';
import type { PageFacts } from './page-facts.ts';
import {
  boxBesideStory,
  inSoleMarkedPost,
  isStray,
  narrowToProse,
  preferMarkedPost,
  widenToProse,
  withHeader,
} from './root-prose.ts';
import { chromeSkipReason, staticHidden } from './skip-rules.ts';
import type { RootChoice } from './types.ts';

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

/** R1 in order of strength. Never throws; `root` is null only for a document without a body. */
export function findRoot(doc: Document, opts: FindRootOptions, facts: PageFacts): RootChoice {
  return drain(findRootSteps(doc, opts, facts));
}

/** findRoot as steps: the density pass over the page yields as it walks (density.ts). */
export function* findRootSteps(doc: Document, opts: FindRootOptions, facts: PageFacts): Steps<RootChoice> {
  const density = preferMarkedPost(yield* densityRootSteps(facts), facts);
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
  // No H1 and the densest prose in the page's one marked post: read the post with its title and date (its
  // sidebars' prose is no section of it: the post is marked).
  if (best && inSoleMarkedPost(best, facts))
    return { root: withHeader(facts.soleContentMark!, facts, false), h1: null, hint: 'density' };
  if (best && !isStray(best, density, facts.body)) return { root: best, h1: null, hint: 'density' };
  // No container of running prose: a listing or product grid made of short linked cards. Read the main
  // landmark (or the body) and let R2 skip the chrome inside it.
  const main = soleMain(doc);
  if (best && main && hasText(main)) return { root: main, h1: null, hint: 'main' };
  return { root: facts.body, h1: null, hint: 'body' };
}
