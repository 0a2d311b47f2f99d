// The reader view shows a huge paragraph once, although the plan reads it as windows (pipeline.ts): every
// window's index points at the one rendered paragraph.
import { afterAll, expect, test, vi } from 'vitest';
import { createReaderView } from '../../../src/extension/reader-view.ts';
import { buildPagePlan, WINDOW_CHARS } from '../../../src/pipeline.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

test('a 60,000-character paragraph read as windows is rendered once', () => {
  const sentence = 'Kommunen plogar gatorna när det snöar mycket, kl. 7 t.ex. på Storgatan 12.';
  const text = `${sentence} `.repeat(Math.ceil(60_000 / (sentence.length + 1))).trimEnd();
  const page = loadHtml(`<html lang="sv"><body><main><h1>Rubrik</h1><p>${text}</p></main></body></html>`);
  opened.push(page);
  const doc = page.document;
  const { plan, article } = buildPagePlan(doc, { lazySegments: true });
  expect(plan.blocks.length).toBe(1 + Math.ceil(text.length / WINDOW_CHARS));

  // The overlay's shadow root is closed: open it for the test.
  const proto = doc.defaultView!.Element.prototype;
  const attach = proto.attachShadow;
  const spy = vi.spyOn(proto, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    return attach.call(this, { ...init, mode: 'open' });
  });
  // happy-dom has no Option constructor: the overlay's spacing menu makes its options with it.
  // biome-ignore lint/complexity/useArrowFunction: called with `new`, which an arrow function refuses
  vi.stubGlobal('Option', function (text: string, value: string) {
    const option = doc.createElement('option');
    option.textContent = text;
    option.value = value;
    return option;
  });
  try {
    const reader = createReaderView(doc, {
      lang: 'sv',
      settings: { fontSize: 20, lineHeight: 1.7, theme: 'light', dyslexiaFont: false },
      autoScroll: false,
      onChange: () => {},
    });
    reader.show(plan, article);
    const shown = [...doc.body.children].map((el) => el.shadowRoot).find(Boolean)!;
    const paragraphs = [...shown.querySelectorAll('article p')];
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.textContent).toBe(text);
    reader.dispose();
  } finally {
    spy.mockRestore();
    vi.unstubAllGlobals();
  }
});
