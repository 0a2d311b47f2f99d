// Gold: every fixture page's blockLang, from its blocks and the languages the page declares (rule R7).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assignBlockLanguages, detectPageLanguage } from '../../../src/lang/block-langs.ts';
import type { BlockLangInput } from '../../../src/lang/types.ts';

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
    return [entry.name, expected] as const;
  });

/** The blocks as extraction hands them over: the lang in force, and whether it differs from the page's. */
function inputs(page: Expected): BlockLangInput[] {
  return page.text.map((text, i) => {
    const declaredLang = page.declaredBlockLang?.[i] ?? page.declaredLang;
    return {
      text,
      declaredLang,
      ownLang: page.declaredBlockLang ? declaredLang !== page.declaredLang : false,
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
