// Gold in a real browser: every fixture page, loaded in headless Chromium with its CSS and scripts, yields
// exactly its expected.json text with computed styles ON, and every block's ranges land on the live text;
// and the CLI (src/cli/input.ts's parser) reads the same blocks as Chromium does, never none.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/cli/input.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { type LaunchedChromium, launchChromium } from '../support/chromium.ts';
import { type StaticServer, serveDirs } from '../support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const names = readdirSync(PAGES).sort();

interface Gold {
  title: string;
  text: string[];
  mustNotContain: string[];
  declaredBlockLang?: string[];
}

interface InPage {
  computed: boolean;
  title: string;
  error: string | null;
  blocks: {
    text: string;
    declaredLang: string | null;
    skippedInside: boolean;
    whole: string | null;
    startsInElement: boolean;
    words: { want: string; got: string | null }[];
  }[];
}

let tmp: string;
let browser: LaunchedChromium;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  // Bundle the extractor as one classic script (IIFE) that sets window.LyssnaExtract.
  tmp = mkdtempSync(join(tmpdir(), 'lyssna-extract-'));
  const entry = join(tmp, 'entry.ts');
  writeFileSync(
    entry,
    `export { extractArticle } from ${JSON.stringify(join(ROOT, 'src/extract/index.ts'))};\n` +
      `export { hasLayout } from ${JSON.stringify(join(ROOT, 'src/extract/visibility.ts'))};\n`,
  );
  mkdirSync(join(tmp, 'lib'));
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir: join(tmp, 'lib'),
      emptyOutDir: true,
      minify: false,
      target: 'es2020',
      lib: { entry, name: 'LyssnaExtract', formats: ['iife'], fileName: () => 'extract.js' },
    },
  });
  server = await serveDirs({ '/pages': PAGES, '/lib': join(tmp, 'lib') });
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function extractIn(name: string): Promise<InPage> {
  await page.goto(`${server.url}/pages/${name}/page.html`);
  await page.addScriptTag({ url: `${server.url}/lib/extract.js` });
  return page.evaluate(() => {
    type Lib = {
      extractArticle: typeof import('../../src/extract/index.ts').extractArticle;
      hasLayout: (d: Document) => boolean;
    };
    const lib = (window as unknown as { LyssnaExtract: Lib }).LyssnaExtract;
    const article = lib.extractArticle(document); // default options: computed styles auto-detected
    return {
      computed: lib.hasLayout(document),
      title: article.title,
      error: article.error ?? null,
      blocks: article.blocks.map((b) => {
        const whole = b.toRange(0, b.text.length);
        const words: { want: string; got: string | null }[] = [];
        const re = /\S+/g;
        for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
          words.push({ want: m[0], got: b.toRange(m.index, m.index + m[0].length)?.toString() ?? null });
        }
        return {
          text: b.text,
          declaredLang: b.declaredLang,
          skippedInside: b.skippedInside ?? false,
          whole: whole?.toString() ?? null,
          startsInElement: whole ? b.element.contains(whole.startContainer) : false,
          words,
        };
      }),
    };
  });
}

const r6 = (s: string) =>
  s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .normalize('NFC');

/** Each fixture's extraction in Chromium, kept for the CLI parity check (one page load per fixture). */
const seen = new Map<string, InPage>();

describe('fixture pages in headless Chromium (computed styles on)', () => {
  test.each(names)('%s', async (name) => {
    const gold = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Gold;
    const got = await extractIn(name);
    seen.set(name, got);
    expect(got.computed).toBe(true);
    expect(got.error).toBeNull();
    expect(got.blocks.map((b) => b.text)).toEqual(gold.text);
    expect(got.title).toBe(gold.title);
    const leaked = gold.mustNotContain.filter((m) => got.blocks.some((b) => b.text.includes(m)));
    expect(leaked).toEqual([]);
    if (gold.declaredBlockLang) expect(got.blocks.map((b) => b.declaredLang)).toEqual(gold.declaredBlockLang);
    for (const b of got.blocks) {
      for (const w of b.words) expect(w.got === null ? null : r6(w.got), b.text).toBe(w.want);
      expect(b.whole).not.toBeNull();
      expect(b.startsInElement).toBe(true);
      const squeeze = (s: string) => r6(s).replace(/ /g, '');
      if (!b.skippedInside) expect(squeeze(b.whole!)).toBe(squeeze(b.text));
    }
  });
});

describe('the CLI sees what Chromium sees', () => {
  test.each(names)('%s: the CLI parser gives the same blocks as Chromium', async (name) => {
    const html = readFileSync(join(PAGES, name, 'page.html'), 'utf8');
    const got = seen.get(name) ?? (await extractIn(name));
    const cli = extractArticle(parseDocument(html), { computedStyle: false }).blocks.map((b) => b.text);
    expect(got.blocks.length).toBeGreaterThan(0);
    expect(cli).toEqual(got.blocks.map((b) => b.text));
  });
});
