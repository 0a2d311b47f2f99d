// Facts about the whole page computed in one linear pass, so per-element rules stay O(1): how much text
// each element holds. A "chrome" element holding most of the page's text is a layout wrapper, not chrome.

import { drain, STEP_UNITS, type Steps } from '../core/steps.ts';
import { classOf, isElement, isText, pageBody, tagOf } from './dom.ts';
import type { SkipReason } from './skip-rules.ts';
import type { HiddenBy } from './visibility.ts';

/** The decisions content can overrule: a skip rule's reason, or how an element is hidden. */
export type Overridable = SkipReason | NonNullable<HiddenBy>;

/**
 * An element holding at least this share of the body's text is a layout wrapper even if its tag or class
 * says chrome: e.g. `div.content-sidebar-wrap`, an unclosed `<aside>` around the page, an ASP.NET `<form>`.
 * Real sidebars, menus and footers hold well under half of a content page's text.
 */
export const WRAPPER_SHARE = 0.5;
/** …and at least this many characters: on a tiny page any one element is "most of the text". */
export const WRAPPER_MIN_CHARS = 500;

/** At least this much text (characters)… */
export const PROSE_MIN_CHARS = 800;
/** …with at most this share inside links is running prose: evidence that beats a loose class-name hint. */
export const PROSE_MAX_LINK_SHARE = 0.25;

export interface PageFacts {
  /** The page's body (`pageBody`), found once: every lookup walks the whole tree in some DOM libraries. */
  readonly body: Element | null;
  /** Characters of text (all text nodes, whitespace runs counted once) under the element. */
  textOf(el: Element): number;
  /** Characters of that text inside links. */
  linkTextOf(el: Element): number;
  /** Does this element hold most of the page's text (a wrapper, never chrome)? */
  isWrapper(el: Element): boolean;
  /** Does this element hold long, mostly unlinked prose (article text, whatever its class says)? */
  isProse(el: Element): boolean;
  /**
   * The one marked post (`CONTENT_MARK`, outermost) when the page has exactly one: a single post's page,
   * not a listing of marked teasers. Null otherwise.
   */
  readonly soleContentMark: Element | null;
  /** Is a hiding or chrome decision of this kind overridden by what the element holds? */
  overrides(el: Element, why: Overridable): boolean;
}

/**
 * Class tokens and itemprops that mark a post or its body in the standard vocabularies (microformats
 * `hentry`/`h-entry`/`entry-content`, schema.org `articleBody`) and the big blog engines (Blogger's
 * `post-body`, WordPress themes' `post-content`/`entry-body`). An element holding one is a wrapper of the
 * story, whatever loose class it also carries: Blogger's `date-outer` and Typepad's `entry-author-name`
 * wrap short posts that are far from long enough to count as prose.
 */
const CONTENT_MARK =
  /(?:^|\s)(?:hentry|h-entry|entry-content|e-content|post-body|post-content|entry-body|article-body|articlebody|story-body)(?=$|\s)/i;

/** schema.org's name for the story's text, as an `itemprop` token. */
const CONTENT_ITEMPROP = /(?:^|\s)articleBody(?=$|\s)/;

function hasContentMark(el: Element): boolean {
  const cls = classOf(el);
  if (cls && CONTENT_MARK.test(cls)) return true;
  const prop = el.getAttribute('itemprop');
  return prop !== null && CONTENT_ITEMPROP.test(prop);
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

export function pageFacts(doc: Document): PageFacts {
  return drain(pageFactsSteps(doc));
}

/** pageFacts as steps: the one pass over the page yields every STEP_UNITS nodes. */
export function* pageFactsSteps(doc: Document): Steps<PageFacts> {
  let walked = 0;
  const totals = new Map<Element, number>();
  const links = new Map<Element, number>();
  const marked = new Set<Element>();
  let outermostMarks = 0;
  let firstMark: Element | null = null;
  const body = pageBody(doc);
  if (body) {
    type F = {
      el: Element;
      kids: NodeListOf<ChildNode>;
      i: number;
      sum: number;
      link: number;
      inLink: boolean;
      /** The subtree holds a content mark (filled bottom-up). */
      mark: boolean;
      /** The element or an ancestor carries one (top-down). */
      under: boolean;
    };
    const stack: F[] = [
      { el: body, kids: body.childNodes, i: 0, sum: 0, link: 0, inLink: false, mark: false, under: false },
    ];
    while (stack.length > 0) {
      if (++walked % STEP_UNITS === 0) yield;
      const f = stack[stack.length - 1]!;
      if (f.i >= f.kids.length) {
        stack.pop();
        totals.set(f.el, f.sum);
        if (f.link > 0) links.set(f.el, f.link);
        if (f.mark) marked.add(f.el);
        const up = stack[stack.length - 1];
        if (up) {
          up.sum += f.sum;
          up.link += f.link;
          up.mark ||= f.mark;
        }
        continue;
      }
      const n = f.kids[f.i++]!;
      if (isText(n)) {
        const len = visibleLength(n.data);
        f.sum += len;
        if (f.inLink) f.link += len;
      } else if (isElement(n)) {
        const tag = tagOf(n);
        if (NO_TEXT.has(tag)) continue;
        const mark = hasContentMark(n);
        if (mark && !f.under) {
          outermostMarks++;
          firstMark ??= n;
        }
        stack.push({
          el: n,
          kids: n.childNodes,
          i: 0,
          sum: 0,
          link: 0,
          inLink: f.inLink || tag === 'a',
          mark,
          under: f.under || mark,
        });
      }
    }
  }
  const bodyTotal = body ? (totals.get(body) ?? 0) : 0;
  const threshold = Math.max(WRAPPER_MIN_CHARS, bodyTotal * WRAPPER_SHARE);
  const textOf = (el: Element) => totals.get(el) ?? 0;
  const linkTextOf = (el: Element) => links.get(el) ?? 0;
  const isWrapper = (el: Element) => textOf(el) >= threshold;
  const isProse = (el: Element) => {
    const t = textOf(el);
    return t >= PROSE_MIN_CHARS && linkTextOf(el) <= t * PROSE_MAX_LINK_SHARE;
  };
  /** Does this element hold (or is it) a post or article body marked as such (`CONTENT_MARK`)? */
  const holdsContent = (el: Element) => marked.has(el);
  return {
    body,
    soleContentMark: outermostMarks === 1 ? firstMark : null,
    textOf,
    linkTextOf,
    isWrapper,
    isProse,
    overrides(el, why) {
      switch (why) {
        // Loose class names yield to content: a long unlinked text is read whatever its class says.
        case 'weak-class':
          return isWrapper(el) || isProse(el) || holdsContent(el);
        // Tags and class-only hiding that wrap most of the page are broken markup or a modal's backdrop
        // (an unclosed <aside>, an ASP.NET <form>, aria-hidden behind a cookie dialog, a `.hide` until JS).
        // An <aside> holding long running prose is a theme's misuse of the tag for its post column.
        case 'landmark':
          return isWrapper(el) || (tagOf(el) === 'aside' && isProse(el));
        case 'navigation':
        case 'page-tool':
        case 'language-switch':
        case 'control':
        case 'overlay':
        case 'aria-hidden':
        case 'hidden-class':
          return isWrapper(el);
        // Explicit markers (hidden attribute, inline style, sr-only, comment threads, data-lyssna-skip)
        // always hold.
        default:
          return false;
      }
    },
  };
}

/**
 * From this length on, visibleLength counts the few characters to drop with a native pattern scan instead of
 * reading every character: a 2 MB paragraph is measured by three page passes, ~15 ms of a click that way.
 */
const SCAN_FROM_CHARS = 256;
/** A whitespace character at the start or after another one: what a run counted as one character drops. */
const EXTRA_SPACE = /(?<![^ \n\t\r\u00a0\f])[ \n\t\r\u00a0\f]/g;

/** Length of a string with whitespace runs counted as one character. */
export function visibleLength(s: string): number {
  if (s.length >= SCAN_FROM_CHARS) {
    let extra = 0;
    EXTRA_SPACE.lastIndex = 0;
    while (EXTRA_SPACE.exec(s) !== null) extra++;
    return s.length - extra;
  }
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}
