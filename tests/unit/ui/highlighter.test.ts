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
    await Promise.resolve();
    expect(mutations).toEqual([]); // the page's DOM was never touched
  });

  test('the ::highlight rules live in an adopted sheet on the document, and follow colour changes', () => {
    installHighlightApi(window);
    // happy-dom's CSS parser drops ::highlight rules: record the text the sheet is given instead.
    const given = new Map<CSSStyleSheet, string>();
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, css: string) {
      given.set(this, css);
      replaceSync.call(this, css);
    };
    const h = createHighlighter(document, { sentence: 'green', word: 'blue' });
    const text = () => [...document.adoptedStyleSheets].map((s) => given.get(s) ?? '').join('\n');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(text()).toContain('::highlight(lyssna-sentence){background-color:#c8f7c5');
    expect(text()).toContain('::highlight(lyssna-word){background-color:#8cc8ff');
    h.setColors({ sentence: '#abcdef', word: 'pink' });
    expect(text()).toContain('::highlight(lyssna-sentence){background-color:#abcdef');
    expect(text()).toContain('::highlight(lyssna-word){background-color:#ff9ec7');
    CSSStyleSheet.prototype.replaceSync = replaceSync;
    h.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelector('style')).toBeNull();
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
