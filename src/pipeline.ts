// The page → plan pipeline: extract the article, give each block its language, cut it into spoken segments.

import { lazyBlock, windowBlocks } from './core/lazy-plan.ts';
import type { PlanBlock, ReadingPlan } from './core/plan.ts';
import { drain, STEP_UNITS, type Steps } from './core/steps.ts';
import { extractArticleSteps } from './extract/index.ts';
import type { ExtractedArticle, ExtractedBlock, ExtractOptions } from './extract/types.ts';
import { assignBlockLanguagesSteps, detectPageLanguage } from './lang/block-langs.ts';
import type { LanguageDetector } from './lang/detect.ts';
import { buildSegments, segmentsOf } from './text/segments.ts';
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
  /**
   * The language scope: the municipal whitelist by default (the widget), or the world scope's
   * detectWorldLanguage (the extension and `--languages all`, see pipeline-world.ts). Passed in rather than
   * imported so the widget's bundle never holds the world data.
   */
  detector?: LanguageDetector;
}

/**
 * A block longer than this (display characters) is planned, when segments are lazy, as windows of
 * WINDOW_CHARS: cut at once, a 2 MB paragraph took ~550 ms of one task when reading reached it. Real
 * paragraphs are far shorter, so their plans are unchanged.
 */
export const WINDOWED_BLOCK_CHARS = 20_000;
/** One window: ~25 sentences, ~10 ms to cut in Chromium (8,000 took 30-60 ms); "next paragraph" skips that far. */
export const WINDOW_CHARS = 2_000;

export interface PagePlan {
  plan: ReadingPlan;
  /**
   * The extracted article: blocks[i] of the plan is article.blocks[i] (ranges for highlighting). A huge
   * block's windows (lazy plans) each name the same article block, whose offsets their segments use.
   */
  article: ExtractedArticle;
}

/** Plan for a whole page (or the site owner's content area). An empty plan when nothing is readable. */
export function buildPagePlan(doc: Document, options: PlanOptions = {}): PagePlan {
  return drain(buildPagePlanSteps(doc, options));
}

/**
 * buildPagePlan as steps: extraction, languages and the plan's blocks yield every few dozen nodes or blocks,
 * so the widget can read a page of 20,000 paragraphs over several short tasks (src/ui/sliced.ts).
 */
export function* buildPagePlanSteps(doc: Document, options: PlanOptions = {}): Steps<PagePlan> {
  const article = yield* extractArticleSteps(doc, options);
  return yield* planWithArticle(article, options, options.lazySegments === true);
}

export { fillPlan, segmentsReady } from './core/lazy-plan.ts';

/** The plan of an extracted article, one plan block per article block (never windowed). */
export function planFromArticle(article: ExtractedArticle, options: PlanOptions = {}): ReadingPlan {
  return drain(planWithArticle(article, options, false)).plan;
}

/** The plan, and the article with its blocks repeated to match a huge block's windows when `windowed`. */
function* planWithArticle(
  article: ExtractedArticle,
  options: PlanOptions,
  windowed: boolean,
): Steps<PagePlan> {
  const declared = options.lang ?? article.declaredLang;
  const inputs = article.blocks.map((b) => ({
    text: b.text,
    declaredLang: options.lang && !b.ownLang ? options.lang : b.declaredLang,
    ownLang: b.ownLang,
    kind: b.kind,
  }));
  const langs = yield* assignBlockLanguagesSteps(inputs, declared, options.detector);
  const blocks: PlanBlock[] = [];
  const sources: ExtractedBlock[] = [];
  for (const [i, b] of article.blocks.entries()) {
    if ((i + 1) % STEP_UNITS === 0) yield;
    const lang = langs[i] ?? 'und';
    const head = { kind: b.kind, text: b.text, lang };
    if (windowed && b.text.length > WINDOWED_BLOCK_CHARS) {
      for (const w of windowBlocks(head, WINDOW_CHARS, segmentsOf(b.text, lang, options.lexicon))) {
        blocks.push(w);
        sources.push(b);
      }
      continue;
    }
    const segments = () => buildSegments(b.text, lang, options.lexicon);
    blocks.push(options.lazySegments ? lazyBlock(head, segments) : { ...head, segments: segments() });
    sources.push(b);
  }
  const plan: ReadingPlan = {
    title: article.title,
    lang: detectPageLanguage(
      inputs,
      article.blocks.map((_, i) => langs[i] ?? 'und'),
    ),
    blocks,
  };
  return {
    plan,
    article: sources.length === article.blocks.length ? article : { ...article, blocks: sources },
  };
}
