// The page → plan pipeline: extract the article, give each block its language, cut it into spoken segments.

import { lazyBlock } from './core/lazy-plan.ts';
import type { PlanBlock, ReadingPlan } from './core/plan.ts';
import { extractArticle } from './extract/index.ts';
import type { ExtractedArticle, ExtractOptions } from './extract/types.ts';
import { assignBlockLanguages, detectPageLanguage } from './lang/block-langs.ts';
import type { LanguageDetector } from './lang/detect.ts';
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
  /**
   * The language scope: the municipal whitelist by default (the widget), or the world scope's
   * detectWorldLanguage (the extension and `--languages all`, see pipeline-world.ts). Passed in rather than
   * imported so the widget's bundle never holds the world data.
   */
  detector?: LanguageDetector;
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

export { fillPlan, segmentsReady } from './core/lazy-plan.ts';

export function planFromArticle(article: ExtractedArticle, options: PlanOptions = {}): ReadingPlan {
  const declared = options.lang ?? article.declaredLang;
  const inputs = article.blocks.map((b) => ({
    text: b.text,
    declaredLang: options.lang && !b.ownLang ? options.lang : b.declaredLang,
    ownLang: b.ownLang,
    kind: b.kind,
  }));
  const langs = assignBlockLanguages(inputs, declared, options.detector);
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
