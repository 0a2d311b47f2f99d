// The page → plan pipeline: extract the article, give each block its language, cut it into spoken segments.

import { markPending, markReady, segmentsReady } from './core/lazy-segments.ts';
import type { PlanBlock, ReadingPlan, Segment } from './core/plan.ts';
import { extractArticle } from './extract/index.ts';
import type { ExtractedArticle, ExtractOptions } from './extract/types.ts';
import { assignBlockLanguages, detectPageLanguage } from './lang/block-langs.ts';
import { buildSegments } from './text/segments.ts';
import type { Lexicon } from './text/types.ts';

export interface PlanOptions extends ExtractOptions {
  /** Pronunciation lexicon (site owner's, then the user's) applied to the speech text. */
  lexicon?: Lexicon;
  /** Override the page's language (widget `data-lang`), used as the declared language. */
  lang?: string;
  /**
   * Cut each block into segments only when its `segments` are first read (then kept). A click on "Lyssna"
   * then pays for the first block's sentences and speech text, not the whole article's (~¾ of the planning
   * time on a long page); `fillPlan` computes the rest in idle time. The segments are the same either way.
   */
  lazySegments?: boolean;
}

export interface PagePlan {
  plan: ReadingPlan;
  /** The extracted article: blocks[i] of the plan is article.blocks[i] (ranges for highlighting). */
  article: ExtractedArticle;
}

/** Plan for a whole page (or the site owner's content area). An empty plan when nothing is readable. */
export function buildPagePlan(doc: Document, options: PlanOptions = {}): PagePlan {
  const article = extractArticle(doc, options);
  return { plan: planFromArticle(article, options), article };
}

/**
 * A block whose `segments` are computed on first read and then kept. The accessor is an own, enumerable
 * property, so spreading, JSON and deep equality see the segments like a plain field.
 */
function lazyBlock(block: Omit<PlanBlock, 'segments'>, compute: () => Segment[]): PlanBlock {
  let segments: Segment[] | undefined;
  const lazy: PlanBlock = {
    ...block,
    get segments(): Segment[] {
      if (segments === undefined) {
        segments = compute();
        markReady(lazy);
      }
      return segments;
    },
    set segments(value: Segment[]) {
      segments = value;
      markReady(lazy);
    },
  };
  markPending(lazy);
  return lazy;
}

export { segmentsReady };

/**
 * Compute the segments of a lazy plan's blocks in reading order until `hasTime()` says stop. Returns true
 * when every block is ready (at once for plans that are not lazy).
 */
export function fillPlan(plan: ReadingPlan, hasTime: () => boolean): boolean {
  for (const block of plan.blocks) {
    if (segmentsReady(block)) continue;
    if (!hasTime()) return false;
    void block.segments;
  }
  return true;
}

export function planFromArticle(article: ExtractedArticle, options: PlanOptions = {}): ReadingPlan {
  const declared = options.lang ?? article.declaredLang;
  const inputs = article.blocks.map((b) => ({
    text: b.text,
    declaredLang: options.lang && !b.ownLang ? options.lang : b.declaredLang,
    ownLang: b.ownLang,
  }));
  const langs = assignBlockLanguages(inputs, declared);
  const blocks: PlanBlock[] = article.blocks.map((b, i) => {
    const lang = langs[i] ?? 'und';
    const head = { kind: b.kind, text: b.text, lang };
    const segments = () => buildSegments(b.text, lang, options.lexicon);
    return options.lazySegments ? lazyBlock(head, segments) : { ...head, segments: segments() };
  });
  return {
    title: article.title,
    lang: detectPageLanguage(
      inputs,
      blocks.map((b) => b.lang),
    ),
    blocks,
  };
}
