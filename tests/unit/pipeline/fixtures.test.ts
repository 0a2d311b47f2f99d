// The whole pipeline on every fixture page: the blocks, each block's language, the page language, the
// sentence gold, and segments a voice can take (non-empty, within the utterance limit).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_SEGMENT_CHARS } from '../../../src/core/plan.ts';
import { buildPagePlan, type PagePlan } from '../../../src/pipeline.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

interface Gold {
  title: string;
  lang: string;
  text: string[];
  blockLang: string[];
  sentences?: string[][];
}

const names = readdirSync(PAGES).sort();
const opened: LoadedPage[] = [];
const cache = new Map<string, { gold: Gold; result: PagePlan }>();

function load(name: string) {
  let got = cache.get(name);
  if (!got) {
    const page = loadHtml(readFileSync(join(PAGES, name, 'page.html'), 'utf8'));
    opened.push(page);
    const gold = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Gold;
    got = { gold, result: buildPagePlan(page.document) };
    cache.set(name, got);
  }
  return got;
}

afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

describe.each(names)('%s → reading plan', (name) => {
  test('blocks and title are the gold text', () => {
    const { gold, result } = load(name);
    expect(result.plan.blocks.map((b) => b.text)).toEqual(gold.text);
    expect(result.plan.title).toBe(gold.title);
  });

  test('each block is in its gold language, and the page in the gold page language', () => {
    const { gold, result } = load(name);
    expect(result.plan.blocks.map((b) => b.lang)).toEqual(gold.blockLang);
    expect(result.plan.lang).toBe(gold.lang);
  });

  test('segments cover the sentences with speakable text within the utterance limit', () => {
    const { gold, result } = load(name);
    result.plan.blocks.forEach((block, i) => {
      expect(block.segments.length).toBeGreaterThan(0);
      for (const s of block.segments) {
        expect(s.spoken.trim().length).toBeGreaterThan(0);
        expect(s.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
        expect(s.lang).toBe(block.lang);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(block.text.length);
      }
      if (gold.sentences) {
        expect(block.segments.map((s) => block.text.slice(s.start, s.end))).toEqual(gold.sentences[i]);
      }
    });
  });
});
