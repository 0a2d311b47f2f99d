// What extraction hands to the rest of the pipeline: the article's blocks, each tied to the live page.

import type { BlockKind } from '../core/plan.ts';
import type { DensityResult } from './density.ts';

export interface ExtractedBlock {
  kind: BlockKind;
  /** Display text, normalised per rule R6 (whitespace collapsed, trimmed, NFC, soft hyphens/zero-width removed). */
  text: string;
  /** The `lang` in force on the block's element (nearest ancestor-or-self attribute, else <html lang>), as written. */
  declaredLang: string | null;
  /** True when the block's own element (or an element inside the article closer than the page root) sets `lang`. */
  ownLang: boolean;
  /** The element that produced the block (click-to-read starts here). */
  element: Element;
  /**
   * True when unread inline content (screen-reader text, an icon's <title>…) sits between the block's first
   * and last character: one Range over the whole block then also covers that text, so a highlighter should
   * range word by word. Added by extraction.
   */
  skippedInside?: boolean;
  /** A live DOM Range for display offsets [start, end) of `text`; null if the page changed under us. */
  toRange(start: number, end: number): Range | null;
}

export interface ExtractedArticle {
  /** The article's H1 (or div-soup title); equals blocks[0].text when there is one. */
  title: string;
  /** <html lang> as written, or null. */
  declaredLang: string | null;
  /** The element chosen as the article root (null when nothing readable was found). */
  root: Element | null;
  blocks: ExtractedBlock[];
  /** Set when extraction failed on broken input; the article is then empty. Added by extraction. */
  error?: string;
}

export interface ExtractOptions {
  /** A site owner's CSS selector for the content area (strongest hint). */
  contentSelector?: string;
  /**
   * Use getComputedStyle for visibility (display:none, visibility:hidden, clip patterns).
   * Default: true when the document has a window with layout (a real browser); DOM libraries lack a cascade.
   */
  computedStyle?: boolean;
}

/** Which of R1's hints chose the article's root. */
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
