// Gold: every fixture page yields exactly its expected.json text (R1–R6) under happy-dom, with live ranges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import type { ExtractedArticle } from '../../../src/extract/types.ts';
import { coversWord, r6 } from '../../support/r6.ts';
import { type LoadedPage, loadHtml, squeeze, wordSpans } from './load.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

interface Gold {
  title: string;
  declaredLang: string;
  text: string[];
  mustNotContain: string[];
  declaredBlockLang?: string[];
}

const names = readdirSync(PAGES).sort();
const opened: LoadedPage[] = [];
const extracted = new Map<string, { gold: Gold; article: ExtractedArticle }>();

function page(name: string): { gold: Gold; article: ExtractedArticle } {
  let got = extracted.get(name);
  if (!got) {
    const loaded = loadHtml(readFileSync(join(PAGES, name, 'page.html'), 'utf8'));
    opened.push(loaded);
    const gold = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Gold;
    got = { gold, article: extractArticle(loaded.document) };
    extracted.set(name, got);
  }
  return got;
}

afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

describe('fixture pages under happy-dom', () => {
  test('there are fixture pages to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  test.each(names)('%s: blocks equal the gold text, in order', (name) => {
    const { gold, article } = page(name);
    expect(article.blocks.map((b) => b.text)).toEqual(gold.text);
  });

  test.each(names)('%s: title is the H1 and text[0]', (name) => {
    const { gold, article } = page(name);
    expect(article.title).toBe(gold.title);
    expect(article.blocks[0]?.text).toBe(gold.title);
  });

  test.each(names)('%s: no chrome string (mustNotContain) is read', (name) => {
    const { gold, article } = page(name);
    const leaked = gold.mustNotContain.filter((m) => article.blocks.some((b) => b.text.includes(m)));
    expect(leaked).toEqual([]);
  });

  test.each(names)('%s: declared languages come from the DOM', (name) => {
    const { gold, article } = page(name);
    expect(article.declaredLang).toBe(gold.declaredLang);
    if (gold.declaredBlockLang)
      expect(article.blocks.map((b) => b.declaredLang)).toEqual(gold.declaredBlockLang);
  });

  test.each(names)('%s: every word of every block maps to a live Range on the page text', (name) => {
    const { article } = page(name);
    for (const block of article.blocks) {
      for (const [s, e] of wordSpans(block.text)) {
        const range = block.toRange(s, e);
        expect(range, `${block.text} [${s},${e})`).not.toBeNull();
        const word = block.text.slice(s, e);
        const raw = r6(range!.toString());
        expect(coversWord(raw, word, block.skippedInside === true), `${raw} for ${word}`).toBe(true);
      }
    }
  });

  test.each(names)(
    '%s: a whole-block Range covers exactly the block (when nothing unread sits inside)',
    (name) => {
      const { article } = page(name);
      for (const block of article.blocks) {
        const range = block.toRange(0, block.text.length);
        expect(range).not.toBeNull();
        const raw = range!.toString();
        if (block.skippedInside) expect(squeeze(raw)).toContain(squeeze(block.text.split(' ')[0]!));
        else expect(squeeze(raw)).toBe(squeeze(block.text));
        // The range lives on the page's own nodes: it starts inside the block's element.
        expect(block.element.contains(range!.startContainer)).toBe(true);
      }
    },
  );
});

describe('ownLang marks languages set inside the article', () => {
  test('Somali heading (lang on the heading) and English section (lang on the section) set ownLang', () => {
    const { article } = page('andra-sprak-flersprakig');
    const by = (t: string) => article.blocks.find((b) => b.text === t)!;
    expect(by('Macluumaad ku qoran af-Soomaali')).toMatchObject({ declaredLang: 'so', ownLang: true });
    expect(by('Information in English')).toMatchObject({ declaredLang: 'en', ownLang: true });
    expect(by('Tietoa suomeksi')).toMatchObject({ declaredLang: 'sv', ownLang: false });
  });
});
