// The page highlight: CSS Custom Highlight API entries and page-scope rules, never a change to the page's DOM.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createHighlighter, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from '../../../src/ui/highlighter.ts';
import { installHighlightApi, removeHighlightApi } from './dom-fakes.ts';

let mutations: MutationRecord[];
let observer: MutationObserver;

beforeEach(() => {
  document.body.innerHTML = '<main><p id="p">Första meningen. Andra meningen.</p></main>';
  document.adoptedStyleSheets = [];
  mutations = [];
  observer = new MutationObserver((r) => mutations.push(...r));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});
afterEach(() => {
  observer.disconnect();
  removeHighlightApi(window);
});

const rangeOf = (start: number, end: number) => {
  const r = document.createRange();
  const text = document.getElementById('p')!.firstChild!;
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
};

describe('with the Highlight API', () => {
  test('sentence and word are registered ranges; the word is drawn above; clear removes both', async () => {
    const registry = installHighlightApi(window);
    const h = createHighlighter(document, { sentence: 'yellow', word: 'orange' });
    expect(h.supported).toBe(true);
    const sentence = rangeOf(0, 16);
    h.sentence(sentence);
    h.word(rangeOf(7, 15));
    expect(registry.get(SENTENCE_HIGHLIGHT)!.ranges).toEqual([sentence]);
    expect(registry.get(WORD_HIGHLIGHT)!.ranges[0]!.toString()).toBe('meningen');
    expect(registry.get(WORD_HIGHLIGHT)!.priority).toBeGreaterThan(
      registry.get(SENTENCE_HIGHLIGHT)!.priority,
    );
    h.word(null);
    expect(registry.has(WORD_HIGHLIGHT)).toBe(false);
    h.clear();
    expect(registry.size).toBe(0);
    h.dispose();
    await Promise.resolve();
    expect(mutations).toEqual([]); // the page's DOM was never touched
  });

  /** happy-dom's CSS parser drops ::highlight rules: record the text each sheet is given instead. */
  const recordSheets = () => {
    const given = new Map<CSSStyleSheet, string>();
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, css: string) {
      given.set(this, css);
      replaceSync.call(this, css);
    };
    return {
      text: () => [...document.adoptedStyleSheets].map((s) => given.get(s) ?? '').join('\n'),
      restore: () => {
        CSSStyleSheet.prototype.replaceSync = replaceSync;
      },
    };
  };
  /** Long enough for the adopting task, a frame and the check after it. */
  const frames = () => new Promise((r) => setTimeout(r, 100));
  /** The page's highlight style as the browser would compute it: inherited from the root, or not. */
  const computedHighlight = (inherits: boolean) => {
    const real = window.getComputedStyle;
    window.getComputedStyle = ((el: Element, pseudo?: string | null) =>
      pseudo === '::highlight(lyssna-sentence)'
        ? ({
            backgroundColor:
              el === document.documentElement || inherits ? 'rgb(1, 2, 3)' : 'rgba(0, 0, 0, 0)',
          } as CSSStyleDeclaration)
        : real.call(window, el, pseudo)) as typeof window.getComputedStyle;
    return () => {
      window.getComputedStyle = real;
    };
  };

  test.each([
    ['inherits highlight styles (Chromium): the root rules stay', true, ':root::highlight(lyssna-sentence){'],
    ['does not (Firefox): rules for every element', false, '\n::highlight(lyssna-sentence){'],
  ])('the sheet is adopted on first use, in a later task; a browser that %s', async (_, inherits, rule) => {
    installHighlightApi(window);
    const sheets = recordSheets();
    const restore = computedHighlight(inherits);
    try {
      const h = createHighlighter(document, { sentence: 'green', word: 'blue' });
      expect(document.adoptedStyleSheets).toHaveLength(0); // nothing until something is highlighted
      h.sentence(rangeOf(0, 16));
      expect(document.adoptedStyleSheets).toHaveLength(0); // not in the task that starts the sentence
      await frames();
      expect(document.adoptedStyleSheets).toHaveLength(1);
      expect(`\n${sheets.text()}`).toContain(`${rule}background-color:#c8f7c5`);
      expect(sheets.text()).toMatch(/::highlight\(lyssna-word\)\{background-color:#8cc8ff/);
      h.setColors({ sentence: '#abcdef', word: 'pink' });
      expect(`\n${sheets.text()}`).toContain(`${rule}background-color:#abcdef`);
      expect(sheets.text()).toMatch(/::highlight\(lyssna-word\)\{background-color:#ff9ec7/);
      expect(sheets.text()).toMatch(
        /@media \(forced-colors:active\)\{(:root)?::highlight\(lyssna-sentence\)\{background-color:Mark/,
      );
      h.dispose();
      expect(document.adoptedStyleSheets).toHaveLength(0);
      expect(document.querySelector('style')).toBeNull();
    } finally {
      restore();
      sheets.restore();
    }
  });

  test('disposed before the adopting task runs: no sheet is left on the page', async () => {
    installHighlightApi(window);
    const h = createHighlighter(document, { sentence: 'yellow', word: 'orange' });
    h.sentence(rangeOf(0, 16));
    h.dispose();
    await frames();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('without the Highlight API', () => {
  test('nothing is highlighted, nothing is added to the page, and the widget can say so', async () => {
    removeHighlightApi(window);
    const h = createHighlighter(document, { sentence: 'yellow', word: 'orange' });
    expect(h.supported).toBe(false);
    h.sentence(rangeOf(0, 16));
    h.word(rangeOf(0, 6));
    h.clear();
    await Promise.resolve();
    expect(mutations).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.getElementById('p')!.outerHTML).toBe('<p id="p">Första meningen. Andra meningen.</p>');
  });
});
