// On-page highlight of the sentence and word being read, with the CSS Custom Highlight API: no page DOM change.

import { SENTENCE_COLORS, textColorFor, toRgb, WORD_COLORS } from './color.ts';

export const SENTENCE_HIGHLIGHT = 'lyssna-sentence';
export const WORD_HIGHLIGHT = 'lyssna-word';

export interface HighlightColors {
  /** A preset name ("yellow") or, for "site", the owner's CSS colour. */
  sentence: string;
  word: string;
}

export interface Highlighter {
  /** False where CSS.highlights is missing: nothing is highlighted and the page is never touched instead. */
  readonly supported: boolean;
  sentence(range: Range | null): void;
  word(range: Range | null): void;
  clear(): void;
  setColors(colors: HighlightColors): void;
  dispose(): void;
}

interface HighlightRegistryLike {
  set(name: string, value: unknown): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** Resolve a colour choice to a CSS colour: presets by name, anything else as the owner wrote it. */
export function resolveColor(choice: string, presets: Record<string, string>, fallback: string): string {
  return presets[choice] ?? (choice && choice !== 'site' ? choice : fallback);
}

/**
 * The page-scope rules. `::highlight()` only styles highlights from the stylesheet of the tree the text lives
 * in, so these go on the document (adoptedStyleSheets: allowed under `style-src 'self'`, unlike <style>).
 * Text colour is forced to black or white for contrast; the word is also underlined so it does not rely on
 * colour alone (WCAG 1.4.1); forced-colors mode uses the system's highlight colours.
 */
export function highlightCss(sentenceBg: string, wordBg: string, doc?: Document): string {
  const fg = (bg: string) => {
    const rgb = doc ? toRgb(bg, doc) : null;
    return rgb ? textColorFor(rgb) : '#000000';
  };
  return `::highlight(${SENTENCE_HIGHLIGHT}){background-color:${sentenceBg};color:${fg(sentenceBg)}}
::highlight(${WORD_HIGHLIGHT}){background-color:${wordBg};color:${fg(wordBg)};text-decoration-line:underline;text-decoration-thickness:2px}
@media (forced-colors:active){::highlight(${SENTENCE_HIGHLIGHT}){background-color:Mark;color:MarkText}
::highlight(${WORD_HIGHLIGHT}){background-color:Highlight;color:HighlightText}}`;
}

export function createHighlighter(
  doc: Document,
  colors: HighlightColors,
  defaults: { sentence: string; word: string } = {
    sentence: SENTENCE_COLORS.yellow!,
    word: WORD_COLORS.orange!,
  },
): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis & { Highlight?: HighlightCtor }) | null;
  const registry = (win?.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Ctor = win?.Highlight;
  const supported = Boolean(registry && Ctor && win && 'adoptedStyleSheets' in doc);
  let sheet: CSSStyleSheet | null = null;

  const applyColors = (c: HighlightColors) => {
    if (!sheet) return;
    const css = highlightCss(
      resolveColor(c.sentence, SENTENCE_COLORS, defaults.sentence),
      resolveColor(c.word, WORD_COLORS, defaults.word),
      doc,
    );
    sheet.replaceSync(css);
  };

  if (supported && win) {
    try {
      const created = new win.CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, created];
      sheet = created;
      applyColors(colors);
    } catch {
      sheet = null;
    }
  }

  const set = (name: string, range: Range | null, priority: number) => {
    if (!supported || !registry || !Ctor) return;
    if (!range) {
      registry.delete(name);
      return;
    }
    const h = new Ctor(range);
    h.priority = priority;
    registry.set(name, h);
  };

  return {
    supported,
    sentence: (range) => set(SENTENCE_HIGHLIGHT, range, 0),
    // The word is drawn above the sentence.
    word: (range) => set(WORD_HIGHLIGHT, range, 1),
    clear() {
      set(SENTENCE_HIGHLIGHT, null, 0);
      set(WORD_HIGHLIGHT, null, 1);
    },
    setColors: applyColors,
    dispose() {
      this.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}
