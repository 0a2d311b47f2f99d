// The page → plan pipeline in the world language scope, for the extension: every language with a voice
// somewhere (detect-world.ts), where the widget keeps the municipal whitelist.
import type { ReadingPlan } from './core/plan.ts';
import type { ExtractedArticle } from './extract/types.ts';
import { detectWorldLanguage } from './lang/detect-world.ts';
import {
  buildPagePlan as buildMunicipalPlan,
  type PagePlan,
  type PlanOptions,
  planFromArticle as planMunicipal,
} from './pipeline.ts';

/** buildPagePlan with the world scope (the extension reads pages in any language). */
export function buildPagePlan(doc: Document, options: PlanOptions = {}): PagePlan {
  return buildMunicipalPlan(doc, { detector: detectWorldLanguage, ...options });
}

/** planFromArticle with the world scope. */
export function planFromArticle(article: ExtractedArticle, options: PlanOptions = {}): ReadingPlan {
  return planMunicipal(article, { detector: detectWorldLanguage, ...options });
}
