// Gold: every fixture page's blockLang, from its blocks and the languages the page declares (rule R7).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BlockKind } from '../../../src/core/plan.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { assignBlockLanguages, detectPageLanguage } from '../../../src/lang/block-langs.ts';
import type { BlockLangInput } from '../../../src/lang/types.ts';
import { loadHtml } from '../extract/load.ts';

interface Expected {
  lang: string;
  declaredLang: string;
  text: string[];
  blockLang: string[];
  declaredBlockLang?: string[];
}

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const expected = JSON.parse(readFileSync(join(PAGES, entry.name, 'expected.json'), 'utf8')) as Expected;
    return [entry.name, { ...expected, kinds: blockKinds(entry.name) }] as const;
  });

/**
 * What each block is (heading, table row…), as extraction finds it on the page: short lines follow their
 * section by kind (LINE_BLOCK_CHARS). The texts are the gold's (extract/fixtures.test.ts holds them equal).
 */
function blockKinds(name: string): BlockKind[] {
  const loaded = loadHtml(readFileSync(join(PAGES, name, 'page.html'), 'utf8'));
  const kinds = extractArticle(loaded.document).blocks.map((block) => block.kind);
  void loaded.close();
  return kinds;
}

/** The blocks as extraction hands them over: the lang in force, whether it differs from the page's, the kind. */
function inputs(page: Expected & { kinds: BlockKind[] }): BlockLangInput[] {
  return page.text.map((text, i) => {
    const declaredLang = page.declaredBlockLang?.[i] ?? page.declaredLang;
    return {
      text,
      declaredLang,
      ownLang: page.declaredBlockLang ? declaredLang !== page.declaredLang : false,
      kind: page.kinds[i],
    };
  });
}

describe('fixture pages', () => {
  test('the fixtures are there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  test.each(pages)('%s: blockLang exactly', (_, page) => {
    expect(assignBlockLanguages(inputs(page), page.declaredLang)).toEqual(page.blockLang);
  });

  test.each(pages)('%s: the page language is its lang', (_, page) => {
    expect(detectPageLanguage(inputs(page), page.blockLang)).toBe(page.lang);
  });

  test.each(pages)('%s: blockLang holds when the page declares nothing', (_, page) => {
    // No lang anywhere: detection alone, short blocks borrowing from their neighbours. Pages whose every
    // long block is clear must still come out right (mixed pages need the declarations, see (e)).
    const undeclared = page.text.map((text) => ({ text, declaredLang: null, ownLang: false }));
    const langs = assignBlockLanguages(undeclared, null);
    const agree = langs.filter((lang, i) => lang === page.blockLang[i]).length;
    expect(agree / langs.length).toBeGreaterThanOrEqual(0.9);
  });
});
