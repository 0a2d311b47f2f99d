// A huge block is planned as windows: together they hold exactly the segments of cutting it at once (offsets
// into the whole block, so highlights are exact), and reading one window cuts only as far as it needs.
import { afterAll, describe, expect, test } from 'vitest';
import { countSegments, paragraphCount, segmentsReady, windowBlocks } from '../../../src/core/lazy-plan.ts';
import type { Segment } from '../../../src/core/plan.ts';
import { buildPagePlan, WINDOW_CHARS, WINDOWED_BLOCK_CHARS } from '../../../src/pipeline.ts';
import { ADDRESS_CHUNK_CHARS, lazyAddresses } from '../../../src/text/address-windows.ts';
import { findAddresses } from '../../../src/text/patterns.ts';
import { buildSegments, segmentsOf } from '../../../src/text/segments.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

const SENTENCE = 'Kommunen plogar gatorna när det snöar mycket, kl. 7 t.ex. på Storgatan 12.';
/** Sentences with what the passes and speech rules look at: abbreviations, initials, addresses, numbers. */
const MIXED = [
  'Läs mer på www.bergvik.se/budget. Ring 0980-319 200 eller mejla info@bergvik.se!',
  'Mötet börjar kl. 18.30 den 20-21 september, bl.a. om skolan, dvs. om budgeten m.m.',
  'Anna K. Nilsson (S) och J. Berg (M) svarade.',
  `Ett mycket långt stycke utan punkt ${'som fortsätter och fortsätter, '.repeat(12)}till slut.`,
  'https://x.se/A.B?c=D är en adress. Sedan: nästa mening…',
];

function long(parts: readonly string[], chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${parts[i % parts.length]} `;
  return text.trimEnd();
}

const windowsOf = (text: string, lexicon?: Record<string, string>) =>
  windowBlocks({ kind: 'paragraph', text, lang: 'sv' }, WINDOW_CHARS, segmentsOf(text, 'sv', lexicon));

describe.each([
  ['the freeze sentence', long([SENTENCE], 5 * WINDOW_CHARS + 123)],
  ['mixed municipal text', long(MIXED, 4 * WINDOW_CHARS + 7)],
])('%s', (_name, text) => {
  const lexicon = { kommunen: 'kommunen', Storgatan: 'Stor-gatan' };
  const atOnce = buildSegments(text, 'sv', lexicon);

  test('the windows, read in order, are the block cut at once', () => {
    const windows = windowsOf(text, lexicon);
    expect(windows.length).toBe(Math.ceil(text.length / WINDOW_CHARS));
    expect(windows.flatMap((w) => w.segments)).toEqual(atOnce);
    for (const [k, w] of windows.entries()) {
      expect(w.text).toBe(text);
      for (const s of w.segments) expect(Math.floor(s.start / WINDOW_CHARS)).toBe(k);
    }
  });

  test('read out of order (a seek), the windows are the same; later ones stay uncut', () => {
    const windows = windowsOf(text, lexicon);
    const third: Segment[] = windows[2]!.segments;
    expect(windows.slice(3).some((w) => segmentsReady(w))).toBe(false);
    expect(segmentsReady(windows[0]!)).toBe(false);
    expect([...windows[0]!.segments, ...windows[1]!.segments, ...third]).toEqual(
      atOnce.filter((s) => s.start < 3 * WINDOW_CHARS),
    );
  });

  test('the progress estimate counts each window once, not the whole text per window', () => {
    const plan = { title: '', lang: 'sv', blocks: windowsOf(text) };
    const estimate = countSegments(plan).count;
    expect(estimate).toBeLessThan(2 * atOnce.length);
    expect(estimate).toBeGreaterThan(atOnce.length / 2);
  });
});

test('addresses found chunk by chunk are those of the whole text', () => {
  const text = long(MIXED, 3 * ADDRESS_CHUNK_CHARS + 11);
  const all = findAddresses(text);
  expect(all.length).toBeGreaterThan(100);
  expect(lazyAddresses(text).through(text.length)).toEqual(all);
  const early = lazyAddresses(text).through(10);
  expect(early.length).toBeLessThan(all.length);
  expect(early).toEqual(all.slice(0, early.length));
});

describe('a page with a 60,000-character paragraph', () => {
  const opened: LoadedPage[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((p) => p.close()));
  });
  const text = long([SENTENCE], 3 * WINDOWED_BLOCK_CHARS);
  const load = () => {
    const page = loadHtml(`<html lang="sv"><body><main><h1>Rubrik</h1><p>${text}</p></main></body></html>`);
    opened.push(page);
    return page.document;
  };

  test('a lazy plan reads it in windows, each tied to the paragraph; an eager plan has one block', () => {
    const { plan, article } = buildPagePlan(load(), { lazySegments: true });
    expect(plan.blocks.length).toBe(1 + Math.ceil(text.length / WINDOW_CHARS));
    expect(article.blocks.length).toBe(plan.blocks.length);
    expect(new Set(article.blocks.slice(1)).size).toBe(1);
    expect(plan.blocks[1]!.segments.length).toBeGreaterThan(0);
    expect(plan.blocks.slice(2).some((b) => segmentsReady(b))).toBe(false);

    const eager = buildPagePlan(load()).plan;
    expect(eager.blocks.length).toBe(2);
    // The reader is told of two paragraphs (the heading and the long one), however many windows it reads as.
    expect(paragraphCount(plan)).toBe(2);
    expect(paragraphCount(eager)).toBe(2);
    expect(plan.blocks.slice(1).flatMap((b) => b.segments)).toEqual(eager.blocks[1]!.segments);
  });
});
