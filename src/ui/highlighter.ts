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

/**
 * Which elements the rules are written for (docs/speech-platform.md, "Highlighting"). `ROOT_SCOPE`: the root
 * element only, where the browser inherits highlight styles down the tree (Chromium): adopting it restyles
 * far less of a huge page. `EVERY_ELEMENT`: a rule on every element, which every browser draws.
 */
export const ROOT_SCOPE = ':root';
export const EVERY_ELEMENT = '';
export type HighlightScope = typeof ROOT_SCOPE | typeof EVERY_ELEMENT;

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
export function highlightCss(
  sentenceBg: string,
  wordBg: string,
  doc?: Document,
  scope: HighlightScope = EVERY_ELEMENT,
): string {
  const fg = (bg: string) => {
    const rgb = doc ? toRgb(bg, doc) : null;
    return rgb ? textColorFor(rgb) : '#000000';
  };
  const s = `${scope}::highlight(${SENTENCE_HIGHLIGHT})`;
  const w = `${scope}::highlight(${WORD_HIGHLIGHT})`;
  return `${s}{background-color:${sentenceBg};color:${fg(sentenceBg)}}
${w}{background-color:${wordBg};color:${fg(wordBg)};text-decoration-line:underline;text-decoration-thickness:2px}
@media (forced-colors:active){${s}{background-color:Mark;color:MarkText}
${w}{background-color:Highlight;color:HighlightText}}`;
}

/**
 * Whether the root's highlight style reached `el` (the browser inherits highlight styles). Read only once the
 * page has drawn the adopted sheet: the styles are then clean and the read costs nothing.
 */
function inheritsHighlight(el: Element, doc: Document): boolean {
  const win = doc.defaultView;
  if (!win || el === doc.documentElement) return false;
  const bg = (e: Element) => win.getComputedStyle(e, `::highlight(${SENTENCE_HIGHLIGHT})`).backgroundColor;
  return bg(el) === bg(doc.documentElement);
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
  let current = colors;
  /** Root rules until the page shows they do not reach its text; then rules for every element. */
  let scope: HighlightScope = ROOT_SCOPE;
  let scopeKnown = false;
  let adopting = false;
  let checking = false;
  let disposed = false;
  /** The text being highlighted: where the inheritance check looks. */
  let lastRange: Range | null = null;

  const write = () => {
    sheet?.replaceSync(
      highlightCss(
        resolveColor(current.sentence, SENTENCE_COLORS, defaults.sentence),
        resolveColor(current.word, WORD_COLORS, defaults.word),
        doc,
        scope,
      ),
    );
  };

  /** After the page has drawn the root rules: keep them if they reach the text, else rules for every element. */
  const checkScope = () => {
    checking = false;
    if (disposed || scopeKnown || !sheet || !lastRange) return;
    const node = lastRange.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el?.isConnected || el === doc.documentElement) return;
    scopeKnown = true;
    if (inheritsHighlight(el, doc)) return;
    scope = EVERY_ELEMENT;
    write();
  };
  /** Checked a frame later (never in the task that adopted or changed the rules: that would force a restyle). */
  const scheduleCheck = () => {
    if (checking || scopeKnown || !win) return;
    checking = true;
    win.requestAnimationFrame(() => win.setTimeout(checkScope, 0));
  };

  /**
   * The sheet is adopted on first use, in a task of its own: adopting restyles the page, and in the task that
   * starts a sentence the auto-scroll's layout read would force that restyle there and then (docs, "Highlighting").
   */
  const adopt = () => {
    if (sheet || adopting || !supported || !win) return;
    adopting = true;
    win.setTimeout(() => {
      adopting = false;
      if (disposed || sheet) return;
      try {
        const created = new win.CSSStyleSheet();
        sheet = created;
        write();
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, created];
      } catch {
        sheet = null;
        return;
      }
      scheduleCheck();
    }, 0);
  };

  const set = (name: string, range: Range | null, priority: number) => {
    if (!supported || !registry || !Ctor) return;
    if (!range) {
      registry.delete(name);
      return;
    }
    lastRange = range;
    if (!sheet) adopt();
    else scheduleCheck();
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
    setColors(c) {
      current = c;
      write();
    },
    dispose() {
      this.clear();
      disposed = true;
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}
