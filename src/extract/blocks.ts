// R3/R4 block walking: one pass over the article root that turns elements into readable blocks, applying
// the R2 skip rules on the way down and keeping each block's source text nodes for live ranges.
// Over 400 lines on purpose: the walk's helpers are closures over its one run state, so the page is read in a
// single linear pass.

import type { BlockKind } from '../core/plan.ts';
import { drain, STEP_UNITS, type Steps } from '../core/steps.ts';
import {
  classOf,
  elementsByTag,
  firstElementChildOf,
  isElement,
  isInside,
  isText,
  nextElementSiblingOf,
  parentElementOf,
  tagOf,
} from './dom.ts';
import { COMMENTS_HEADING, isChromeLine, labelKey, MAX_LABEL_CHARS, NAV_SECTION_LABELS } from './labels.ts';
import {
  type DisplayText,
  isRemovedChar,
  isSpaceChar,
  normalisePieces,
  normaliseText,
  type SourcePiece,
} from './normalise.ts';
import { type PageFacts, visibleLength } from './page-facts.ts';
import { BANNER_CLASS, CHROME_CLASS, chromeSkipReason, type SkipReason } from './skip-rules.ts';
import { hiddenBy } from './visibility.ts';

/** Elements that start and end a block (CSS block-level by default): inline content between them is a run. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Elements whose whole content is one block even when it holds nested blocks (R4: heading, row, caption…). */
export const FLATTEN_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'caption', 'summary', 'dt']);

/** Elements that editors and themes use as section labels ("<p>Relaterat</p>", "<strong>Se även</strong>"). */
const LABEL_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'em']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SUBHEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** What each block element is, for the player (pauses after headings…); anything else is plain text. */
export const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  tr: 'table-row',
  caption: 'caption',
  figcaption: 'figcaption',
  dt: 'term',
  dd: 'definition',
  summary: 'summary',
  blockquote: 'quote',
  button: 'disclosure',
};

/** A block as the walker found it, before title handling. */
export interface RawBlock {
  kind: BlockKind;
  element: Element;
  pieces: SourcePiece[];
  display: DisplayText;
  declaredLang: string | null;
  ownLang: boolean;
  skippedInside: boolean;
  /** Characters of the block's source text that sit inside links (navigation-like blocks are mostly links). */
  linkChars: number;
}

export interface WalkContext {
  root: Element;
  /** The article's H1: always read, and its ancestors are never skipped as chrome. */
  title: Element | null;
  /** Elements from the title up to the root (inclusive). */
  titlePath: ReadonlySet<Element>;
  /** Disclosure panels (aria-controls targets, R3): read even when hidden. */
  panels: ReadonlySet<Element>;
  /** Panels whose controller says collapsed: their aria-hidden is the fold itself, not a skip. */
  collapsedPanels: ReadonlySet<Element>;
  /** Table rows that are page layout (hold the H1 or a nested table): their cells are containers. */
  layoutRows: ReadonlySet<Element>;
  /** A window for computed styles, or null (static rules only). */
  view: Window | null;
  /** <html lang> as written. */
  htmlLang: string | null;
  /** Page-wide text totals: a chrome-looking element holding most of the text is a wrapper, not chrome. */
  facts: PageFacts;
}

interface Frame {
  el: Element;
  kids: NodeListOf<ChildNode>;
  i: number;
  /** This frame owns runs (a block element outside a flattening context). */
  owner: boolean;
  /** This frame started a flattening context. */
  flatten: boolean;
  kind: BlockKind;
  lang: string | null;
  ownLang: boolean;
  inPanel: boolean;
  /** Inside a link (for the block's link share). */
  inLink: boolean;
}

/** The lang attribute in force on `el` (nearest ancestor-or-self), as written; and who set it. */
function inheritedLang(el: Element): { lang: string | null; setter: Element | null } {
  for (let n: Element | null = el; n; n = parentElementOf(n)) {
    const l = n.getAttribute('lang');
    if (l !== null) return { lang: l, setter: n };
  }
  return { lang: null, setter: null };
}

/** Walk the root and return its blocks in document order. */
export function walkBlocks(ctx: WalkContext): RawBlock[] {
  return drain(walkBlocksSteps(ctx));
}

/** walkBlocks as steps: it yields every STEP_UNITS nodes (a page of 20,000 paragraphs walks 60,000). */
export function* walkBlocksSteps(ctx: WalkContext): Steps<RawBlock[]> {
  const out: RawBlock[] = [];
  let walked = 0;
  const { root } = ctx;
  const labelCache = new Map<Element, string | null>();
  const skipNext = new Set<Element>();

  // The run being collected: inline content of the current owner block.
  let pieces: SourcePiece[] = [];
  let linkChars = 0;
  let runHasText = false;
  let gapPending = false;
  let skippedInside = false;
  // <br> handling (R4): one <br> is a space, two in a row split the block.
  let lastWasBr = false;
  let flattenDepth = 0;

  const rootLang = inheritedLang(root);
  // On a page of running prose, a heading or line that is nothing but a link is a teaser title, a "Read
  // more", a category or an author link: navigation, not text (list items stay: editors' link lists, R3).
  const rootText = ctx.facts.textOf(root);
  // …except on a listing page (a news archive under its H1), where the linked titles are the content.
  const listing = isListingRoot(root, ctx.facts);
  const proseRoot =
    !listing && rootText > 0 && ctx.facts.linkTextOf(root) < rootText * PROSE_PAGE_MAX_LINK_SHARE;
  const isLinkOnly = (text: string) => linkChars >= text.length * LINK_ONLY_SHARE;
  const stack: Frame[] = [];

  const flush = (owner: Frame) => {
    if (runHasText) {
      const display = normalisePieces(pieces);
      // Label rules (metadata lines, page tools) never drop the title itself.
      const isTitle = owner.el === ctx.title;
      const teaser = !isTitle && proseRoot && LINK_ONLY_KINDS.has(owner.kind) && isLinkOnly(display.text);
      if (
        display.text.length > 0 &&
        !teaser &&
        (isTitle || !isChromeLine(display.text, isLinkOnly(display.text)))
      ) {
        out.push({
          kind: owner.kind,
          element: owner.el,
          pieces,
          display,
          declaredLang: owner.lang ?? ctx.htmlLang,
          ownLang: owner.ownLang,
          skippedInside,
          linkChars,
        });
      }
    }
    pieces = [];
    linkChars = 0;
    runHasText = false;
    gapPending = false;
    skippedInside = false;
    lastWasBr = false;
  };

  const currentOwner = (): Frame => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.owner) return stack[k]!;
    return stack[0]!;
  };

  const addSpace = () => {
    if (runHasText) pieces.push({ node: null, start: 0, end: 0 });
  };

  // Short text of a heading, for label rules; cached so a heading is read at most once.
  const labelOf = (el: Element): string | null => {
    if (labelCache.has(el)) return labelCache.get(el)!;
    // Never read a big subtree's text just to learn it is not a label (keeps wrapper chains linear).
    if (ctx.facts.textOf(el) > MAX_LABEL_CHARS * 4) {
      labelCache.set(el, null);
      return null;
    }
    const raw = el.textContent ?? '';
    const text = raw.length <= MAX_LABEL_CHARS * 4 ? normaliseText(raw) : null;
    const key = text && text.length <= MAX_LABEL_CHARS ? labelKey(text) : null;
    labelCache.set(el, key);
    return key;
  };

  const isNavHeading = (el: Element, tag: string): boolean => {
    if (!SUBHEADING_TAGS.has(tag) || ctx.titlePath.has(el)) return false;
    const key = labelOf(el);
    return key !== null && (NAV_SECTION_LABELS.has(key) || COMMENTS_HEADING.test(key));
  };

  const isNavLabel = (el: Element): boolean => {
    if (ctx.titlePath.has(el) || el.childElementCount > 1 || !LABEL_TAGS.has(tagOf(el))) return false;
    const key = labelOf(el);
    return key !== null && NAV_SECTION_LABELS.has(key);
  };

  /** An in-page table of contents: a list whose every item starts with a link to an anchor on this page. */
  const isAnchorList = (el: Element): boolean => {
    let items = 0;
    // Children by their links, not the live `children` collection (slow in jsdom, see elementsByTag).
    for (let li = firstElementChildOf(el); li; li = nextElementSiblingOf(li)) {
      if (tagOf(li) !== 'li') continue;
      const first = firstElementChildOf(li);
      const href = first && tagOf(first) === 'a' ? first.getAttribute('href') : null;
      if (!href || href.length < 2 || href[0] !== '#') return false;
      items++;
    }
    return items >= MIN_TOC_ITEMS;
  };

  const push = (
    el: Element,
    parent: Frame | undefined,
    owner: boolean,
    flatten: boolean,
    kind: BlockKind,
  ) => {
    const l = el.getAttribute('lang');
    let lang = parent ? parent.lang : rootLang.lang;
    // ownLang: set inside the article (root included), not inherited from <html>/<body> or page wrappers.
    let ownLang = parent
      ? parent.ownLang
      : rootLang.setter === root && tagOf(root) !== 'html' && tagOf(root) !== 'body';
    if (l !== null) {
      lang = l;
      ownLang = true;
    }
    stack.push({
      el,
      kids: el.childNodes,
      i: 0,
      owner,
      flatten,
      kind,
      lang,
      ownLang,
      inPanel: (parent?.inPanel ?? false) || ctx.panels.has(el),
      inLink: (parent?.inLink ?? false) || tagOf(el) === 'a',
    });
    if (flatten) flattenDepth++;
  };

  /**
   * A forum topic marks its posts as comments (`#comments`, `.comment-list`), but there they are the page:
   * when the article root holds little text besides the thread, the thread is read.
   */
  const isThreadPage = (el: Element): boolean => {
    const thread = ctx.facts.textOf(el);
    const other = ctx.facts.textOf(root) - thread;
    return other < THREAD_PAGE_MAX_OTHER_CHARS && other < thread * THREAD_PAGE_MAX_OTHER_SHARE;
  };

  const noteSkipped = (el: Element) => {
    if (runHasText && (el.textContent ?? '').trim().length > 0) gapPending = true;
  };

  push(root, undefined, true, FLATTEN_TAGS.has(tagOf(root)), KIND_OF[tagOf(root)] ?? 'text');

  while (stack.length > 0) {
    if (++walked % STEP_UNITS === 0) yield;
    const f = stack[stack.length - 1]!;
    if (f.i >= f.kids.length) {
      stack.pop();
      if (f.flatten) flattenDepth--;
      if (f.owner) flush(f);
      else if (flattenDepth > 0 && BLOCK_TAGS.has(tagOf(f.el))) addSpace();
      continue;
    }
    const node = f.kids[f.i++]!;
    if (isText(node)) {
      const data = node.data;
      if (data.length === 0) continue;
      const hasText = hasVisibleChar(data);
      if (hasText) {
        if (gapPending) skippedInside = true;
        gapPending = false;
        runHasText = true;
        lastWasBr = false;
      } else if (!runHasText) {
        continue; // leading whitespace of a run
      }
      pieces.push({ node, start: 0, end: data.length });
      if (f.inLink && hasText) linkChars += visibleLength(data);
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const tag = tagOf(el);

    if (skipNext.has(el)) {
      noteSkipped(el);
      continue;
    }

    const onTitlePath = ctx.titlePath.has(el);
    if (!onTitlePath) {
      // Hidden text (R2), except disclosure panels (R3), which are folded article content.
      const isPanel = ctx.panels.has(el);
      const hidden = hiddenBy(el, isPanel ? null : ctx.view, f.inPanel);
      if (hidden) {
        // A panel folded by a class (`.hidden`, `.is-hidden`) is as folded as one with the attribute.
        const folded =
          isPanel &&
          (hidden === 'hidden' ||
            hidden === 'hidden-class' ||
            (hidden === 'aria-hidden' && ctx.collapsedPanels.has(el)));
        // A page wrapper set aria-hidden behind an open modal (cookie dialog) is still the page.
        if (!folded && !ctx.facts.overrides(el, hidden)) {
          noteSkipped(el);
          continue;
        }
      }
      // Chrome, controls, navigation, page tools (R2).
      let reason: SkipReason | null = chromeSkipReason(el, tag);
      if (!reason && tag === 'header') reason = 'landmark'; // a header without the H1 is site or meta chrome
      if (!reason && isNavHeading(el, tag)) {
        reason = 'navigation';
        const next = el.nextElementSibling;
        if (next && (tagOf(next) === 'ul' || tagOf(next) === 'ol')) skipNext.add(next);
      }
      if (!reason && (tag === 'ul' || tag === 'ol') && isAnchorList(el)) reason = 'navigation';
      if (!reason && !HEADING_TAGS.has(tag)) {
        // A container headed by a navigation label ("Relaterat", "Table of contents"): a heading, or a
        // short label element (<p>, <div>, <strong>) with at most one element inside.
        // Long unlinked prose is never such a section: its first child is a nested widget ("Share this"
        // bar opening a post body), not a heading for the whole container.
        const first = firstElementChildOf(el);
        if (first && (isNavHeading(first, tagOf(first)) || isNavLabel(first)) && !ctx.facts.isProse(el))
          reason = 'navigation';
      }
      if (tag === 'button' || el.getAttribute('role') === 'button') {
        // A disclosure toggle whose panel is in the article is read as its own block (R3); any other
        // button is a control. A toggle that is itself page chrome by class (share, TOC…) stays skipped.
        const idAndClass = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
        if (isDisclosureToggle(el, root) && !CHROME_CLASS.test(idAndClass)) {
          if (flattenDepth === 0) flush(currentOwner());
          else addSpace();
          push(el, f, flattenDepth === 0, true, 'disclosure');
          continue;
        }
        reason = 'control';
      }
      // On a listing page, an item's date line ("<p class="news-date"><time>…") is read with its title and
      // lead; and on a page listing disruptions, its items ("<article class="disruption">", a linked title
      // inside) are the content, named as a site's banner would be.
      if (
        reason === 'weak-class' &&
        listing &&
        (isDateLine(el) || (isListingItem(el, ctx.facts) && BANNER_CLASS.test(classOf(el))))
      )
        reason = null;
      if (reason && !ctx.facts.overrides(el, reason) && !(reason === 'comments' && isThreadPage(el))) {
        noteSkipped(el);
        continue;
      }
    }

    if (tag === 'br') {
      if (flattenDepth === 0 && lastWasBr) {
        flush(currentOwner());
        continue;
      }
      addSpace();
      if (runHasText) lastWasBr = true;
      continue;
    }
    if (tag === 'wbr') continue;

    const isBlock = BLOCK_TAGS.has(tag);
    if (!isBlock) {
      push(el, f, false, false, f.kind);
      continue;
    }
    if (flattenDepth > 0) {
      // Inside a heading/row/caption: nested blocks and cells only add a space.
      addSpace();
      push(el, f, false, false, f.kind);
      continue;
    }
    // A block element outside any flattening context: the run so far belongs to the enclosing owner.
    flush(currentOwner());
    const layoutRow = tag === 'tr' && ctx.layoutRows.has(el);
    const flatten = FLATTEN_TAGS.has(tag) && !layoutRow;
    push(el, f, true, flatten, KIND_OF[tag] ?? 'text');
  }
  return out;
}

/** Does this text node hold anything that survives R6 (not only whitespace and invisible characters)? */
function hasVisibleChar(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (!isSpaceChar(c) && !isRemovedChar(c)) return true;
  }
  return false;
}

/**
 * Text (characters) an article root may hold outside a comment thread for the thread to be the content
 * (a forum topic: title, breadcrumbs, a few controls). A blog post's own text is longer than this.
 */
const THREAD_PAGE_MAX_OTHER_CHARS = 600;
/** …and less than this share of the thread's own length: a short post under a long thread stays the post. */
const THREAD_PAGE_MAX_OTHER_SHARE = 0.25;

/** A root with less than this share of its text in links is a page of running prose (as PageFacts.isProse)… */
const PROSE_PAGE_MAX_LINK_SHARE = 0.25;
/** …where a block with at least this share of its characters inside links is a link, not prose. */
const LINK_ONLY_SHARE = 0.9;
/** Block kinds the link-only rule applies to: list items and table rows are editors' link lists and data. */
const LINK_ONLY_KINDS = new Set<BlockKind>(['heading', 'paragraph', 'text']);

/** Fewest headings that are each one link (an item's title) for a root to be a listing page… */
const MIN_LISTING_ITEMS = 3;
/** …with no paragraph of a story in it (characters): a post with a "related" rail is not a listing. */
const LISTING_MAX_PARAGRAPH_CHARS = 400;
/** A date line is short. */
const MAX_DATE_LINE_CHARS = 40;
const LISTING_HEADINGS = 'h2, h3, h4';

/**
 * A listing page (news archive, search results under the H1): at least MIN_LISTING_ITEMS headings whose
 * text is all link, and no long paragraph. There each item's title, date and lead are read, in order.
 */
function isListingRoot(root: Element, facts: PageFacts): boolean {
  const heads = root.querySelectorAll(LISTING_HEADINGS);
  let linked = 0;
  for (let i = 0; i < heads.length && linked < MIN_LISTING_ITEMS; i++)
    if (isLinkedTitle(heads[i]!, facts)) linked++;
  if (linked < MIN_LISTING_ITEMS) return false;
  for (const p of elementsByTag(root, 'p')) if (facts.textOf(p) > LISTING_MAX_PARAGRAPH_CHARS) return false;
  return true;
}

/** A heading that is all link: a listing item's title. */
function isLinkedTitle(head: Element, facts: PageFacts): boolean {
  const t = facts.textOf(head);
  return t > 0 && facts.linkTextOf(head) >= t * LINK_ONLY_SHARE;
}

/** A linked title (one of LISTING_HEADINGS), or an element headed by one: an item of a listing. */
function isListingItem(el: Element, facts: PageFacts): boolean {
  const head = el.matches(LISTING_HEADINGS) ? el : el.querySelector(LISTING_HEADINGS);
  return head !== null && isLinkedTitle(head, facts);
}

/** A short element holding a <time>: an item's date line. */
function isDateLine(el: Element): boolean {
  return (
    el.getElementsByTagName('time').length > 0 &&
    normaliseText(el.textContent ?? '').length <= MAX_DATE_LINE_CHARS
  );
}

/** Fewest same-page anchor links that make a list an in-page table of contents. */
const MIN_TOC_ITEMS = 3;

/** `button[aria-expanded][aria-controls]` (or role=button) whose controlled panel is inside the root (R3). */
export function isDisclosureToggle(el: Element, root: Element): boolean {
  if (!el.hasAttribute('aria-expanded')) return false;
  const controls = el.getAttribute('aria-controls');
  if (!controls) return false;
  const tag = tagOf(el);
  if (tag !== 'button' && el.getAttribute('role') !== 'button') return false;
  const doc = el.ownerDocument;
  for (const id of controls.trim().split(/\s+/)) {
    const panel = doc.getElementById(id);
    if (panel && panel !== el && isInside(panel, root)) return true;
  }
  return false;
}

/** Disclosure panels in the document: targets of aria-controls on toggles that carry aria-expanded (R3). */
export function findPanels(doc: Document): { panels: Set<Element>; collapsed: Set<Element> } {
  const panels = new Set<Element>();
  const collapsed = new Set<Element>();
  const toggles = doc.querySelectorAll('[aria-expanded][aria-controls]');
  for (let i = 0; i < toggles.length; i++) {
    const t = toggles[i]!;
    const ids = (t.getAttribute('aria-controls') ?? '').trim().split(/\s+/);
    for (const id of ids) {
      if (!id) continue;
      const panel = doc.getElementById(id);
      if (!panel || panel === t || isInside(t, panel)) continue;
      panels.add(panel);
      if (t.getAttribute('aria-expanded') === 'false') collapsed.add(panel);
    }
  }
  return { panels, collapsed };
}

/**
 * Rows of layout tables: those holding the title, the densest prose (`core`: a story in one cell beside a
 * sidebar cell is no data row) or a nested table. Their cells are read as containers.
 */
export function findLayoutRows(
  title: Element | null,
  root: Element,
  core: Element | null = null,
): Set<Element> {
  const rows = new Set<Element>();
  const markUp = (from: Element) => {
    for (let n = parentElementOf(from); n && n !== root; n = parentElementOf(n)) {
      if (tagOf(n) === 'tr') {
        if (rows.has(n)) return;
        rows.add(n);
      }
    }
  };
  if (title) markUp(title);
  if (core) markUp(core);
  const nested = root.querySelectorAll('table table');
  for (let i = 0; i < nested.length; i++) markUp(nested[i]!);
  return rows;
}
