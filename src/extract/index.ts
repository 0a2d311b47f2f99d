// extractArticle: the page's article as readable blocks tied to live text nodes (rules R1–R6 of the
// fixtures README). Read-only: it never mutates or clones the page.

import { drain, STEP_UNITS, type Steps } from '../core/steps.ts';
import { blockFeatures, type FeatureContext } from './block-features.ts';
import { prunable, pruneBlocks } from './block-model.ts';
import { findLayoutRows, findPanels, type RawBlock, walkBlocks, walkBlocksSteps } from './blocks.ts';
import { isInside, pageBody, parentElementOf, precedesNode } from './dom.ts';
import { chooseH1, findRootSteps } from './find-root.ts';
import { normaliseText } from './normalise.ts';
import { type PageFacts, pageFactsSteps } from './page-facts.ts';
import { rangeMaker } from './ranges.ts';
import { storyCore } from './root-prose.ts';
import type { ExtractedArticle, ExtractedBlock, ExtractOptions, RootHint } from './types.ts';
import { hasLayout } from './visibility.ts';

export { LYSSNA_CONTENT_ATTR } from './find-root.ts';
export { LYSSNA_SKIP_ATTR } from './skip-rules.ts';
export type { ExtractedArticle, ExtractedBlock, ExtractOptions } from './types.ts';

/** Without an H1, the title is a heading or a line that appears in <title> among the first few blocks. */
const TITLE_SEARCH_BLOCKS = 5;
/** Above the H1, at most this much unlinked text (characters) is chrome (kickers, bylines, dates). */
const MAX_DROPPED_LEAD_CHARS = 400;

/** Unlinked characters in the blocks before `end` (menus above the title are links, prose is not). */
function leadProse(raw: RawBlock[], end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) n += Math.max(0, raw[i]!.display.text.length - raw[i]!.linkChars);
  return n;
}

/** Hints from the site owner: their region is read as marked, never filtered by the learned model. */
const OWNER_HINTS = new Set<RootHint>(['content-selector', 'lyssna-content', 'readspeaker']);

/** A div-soup title line is short; a longer first block is prose, not a title. */
const MAX_TITLE_CHARS = 150;

function empty(doc: Document | null, error?: string): ExtractedArticle {
  let declaredLang: string | null = null;
  try {
    declaredLang = doc?.documentElement?.getAttribute('lang') ?? null;
  } catch {
    declaredLang = null;
  }
  return error === undefined
    ? { title: '', declaredLang, root: null, blocks: [] }
    : { title: '', declaredLang, root: null, blocks: [], error };
}

/** Extract the article. Never throws: bad input gives an article with no blocks (and `error` when it failed). */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  return drain(extractArticleSteps(doc, options));
}

/**
 * extractArticle as steps (it yields while walking the article and making its blocks), for an edge that
 * spreads a huge page over several tasks. Between steps the page should not change; the blocks' ranges
 * check their text nodes anyway.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Steps<ExtractedArticle> {
  try {
    return yield* extract(doc, options);
  } catch (e) {
    return empty(doc, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The region's blocks before the learned filter, their features, and which of them the filter may drop:
 * what `npm run train:extract` learns from.
 */
export function blocksForTraining(doc: Document): {
  raw: RawBlock[];
  features: number[][];
  prunable: boolean[];
  isTitle: boolean[];
} {
  let out = {
    raw: [] as RawBlock[],
    features: [] as number[][],
    prunable: [] as boolean[],
    isTitle: [] as boolean[],
  };
  drain(
    extract(doc, {}, (raw, ctx, title) => {
      out = {
        raw,
        features: blockFeatures(raw, ctx),
        prunable: prunable(raw, ctx),
        isTitle: raw.map((b) => title !== null && isInside(b.element, title)),
      };
      return raw;
    }),
  );
  return out;
}

type BlockFilter = (raw: RawBlock[], ctx: FeatureContext, title: Element | null) => RawBlock[];

function* extract(
  doc: Document,
  options: ExtractOptions,
  filter: BlockFilter = pruneBlocks,
): Steps<ExtractedArticle> {
  if (!doc || !pageBody(doc)) return empty(doc);
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? null;
  const facts = yield* pageFactsSteps(doc);
  const choice = yield* findRootSteps(doc, { contentSelector: options.contentSelector }, facts);
  const root = choice.root;
  if (!root) return empty(doc);

  const useComputed = options.computedStyle ?? hasLayout(doc);
  const view = useComputed ? doc.defaultView : null;
  const { panels, collapsed } = findPanels(doc);

  // The title H1: the chosen one when it is in the root, else the first readable H1 inside the root.
  let title: Element | null = choice.h1 && isInside(choice.h1, root) ? choice.h1 : null;
  if (!title) {
    const inner = chooseH1Within(doc, root, facts);
    if (inner) title = inner;
  }
  const outsideH1 = !title && choice.h1 && precedesNode(choice.h1, root) ? choice.h1 : null;

  const context = (r: Element, t: Element | null) => {
    const titlePath = new Set<Element>();
    if (t)
      for (let n: Element | null = t; n; n = parentElementOf(n)) {
        titlePath.add(n);
        if (n === r) break;
      }
    return {
      root: r,
      title: t,
      titlePath,
      panels,
      collapsedPanels: collapsed,
      layoutRows: findLayoutRows(t, r, choice.density?.best ?? null),
      view,
      htmlLang,
      facts,
    };
  };

  let raw = yield* walkBlocksSteps(context(root, title));
  if (!OWNER_HINTS.has(choice.hint)) {
    const rootText = facts.textOf(root);
    const ctx: FeatureContext = {
      root,
      densest: storyCore(choice.density, facts),
      rootLinkShare: rootText > 0 ? facts.linkTextOf(root) / rootText : 0,
    };
    raw = filter(raw, ctx, title);
  }
  // A page with no H1, no heading and no line from <title> near the top has no title: its first block is
  // the story's first paragraph, not a headline.
  let hasTitle = true;
  if (title) {
    const at = raw.findIndex((b) => b.element === title || isInside(b.element, title));
    // Reading starts at the H1 (R4: the title is always text[0]); what sits above it is page chrome —
    // unless it is real prose, in which case this H1 was a section heading and nothing is dropped.
    // Above the H1, real unlinked prose means this H1 heads a section, not the page: nothing is dropped.
    if (at > 0 && leadProse(raw, at) <= MAX_DROPPED_LEAD_CHARS) raw = raw.slice(at);
  } else if (outsideH1) {
    const head = walkBlocks(context(outsideH1, outsideH1)).filter((b) => b.element === outsideH1);
    raw = [...head.slice(0, 1), ...raw];
  } else {
    const at = divSoupTitle(doc, raw);
    if (at < 0) hasTitle = false;
    else if (at > 0 && leadProse(raw, at) <= MAX_DROPPED_LEAD_CHARS) raw = raw.slice(at);
  }

  const blocks: ExtractedBlock[] = [];
  for (const b of raw) {
    blocks.push(toBlock(doc, b));
    if (blocks.length % STEP_UNITS === 0) yield;
  }
  return { title: hasTitle ? (blocks[0]?.text ?? '') : '', declaredLang: htmlLang, root, blocks };
}

function toBlock(doc: Document, b: RawBlock): ExtractedBlock {
  return {
    kind: b.kind,
    text: b.display.text,
    declaredLang: b.declaredLang,
    ownLang: b.ownLang,
    element: b.element,
    skippedInside: b.skippedInside,
    toRange: rangeMaker(doc, b.pieces, b.display),
  };
}

/** The best H1 among those inside `root` (for hint regions that hold a different H1 than the page's pick). */
function chooseH1Within(doc: Document, root: Element, facts: PageFacts): Element | null {
  const pick = chooseH1(doc, facts, root);
  return pick && isInside(pick, root) ? pick : null;
}

/**
 * Div soup has no H1: the title is the first heading among the first blocks, else the first short block
 * whose text appears in <title>, else a short first block. Returns its index (0 when the first block
 * already is the title), or -1 when no block is a title.
 */
function divSoupTitle(doc: Document, raw: RawBlock[]): number {
  const n = Math.min(raw.length, TITLE_SEARCH_BLOCKS);
  for (let i = 0; i < n; i++) if (raw[i]!.kind === 'heading') return i;
  const docTitle = normaliseText(doc.title ?? '').toLocaleLowerCase();
  if (docTitle) {
    for (let i = 0; i < n; i++) {
      const t = raw[i]!.display.text;
      if (t.length <= MAX_TITLE_CHARS && docTitle.includes(t.toLocaleLowerCase())) return i;
    }
  }
  return raw.length > 0 && raw[0]!.display.text.length <= MAX_TITLE_CHARS ? 0 : -1;
}
