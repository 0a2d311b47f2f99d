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
import { coversWord, r6 } from '../support/r6.ts';
import { htmlPages, type StaticServer, serveDirs } from '../support/static-server.ts';

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

/**
 * Twelve ways to hide text from sighted readers, each around a phone number nobody sees, and disclosures
 * folded by their own toggle (a <details>, an aria-controls panel collapsed with height:0), which are read.
 */
const TRICKS_HIDDEN: [string, string][] = [
  ['display:none', 'style="display:none"'],
  ['visibility:hidden', 'style="visibility:hidden"'],
  ['visually hidden (sr-only)', 'class="sr-only"'],
  ['opacity:0', 'style="opacity:0"'],
  ['white on white', 'style="color:#fff;background:#fff"'],
  ['color:transparent', 'style="color:transparent"'],
  ['font-size:0', 'style="font-size:0"'],
  ['transform:scale(0)', 'style="transform:scale(0)"'],
  ['height:0;overflow:hidden', 'style="height:0;overflow:hidden"'],
  ['clip-path:inset(50%)', 'style="clip-path:inset(50%)"'],
  ['text-indent:-9999px', 'style="text-indent:-9999px"'],
  ['position:relative;left:-9999px', 'style="position:relative;left:-9999px"'],
];
const TRICKS = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Dolt</title>
<style>body{background:#fff;color:#222}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
#panel{height:0;overflow:hidden}.row{font-size:0}.row span{font-size:16px}</style></head><body><main>
<h1>Synlig rubrik</h1><p>Det här stycket syns och läses upp.</p>
${TRICKS_HIDDEN.map(([name, attrs], i) => `<p ${attrs}>Dolt trick ${i + 1} (${name}): ring 0900-00000${i}.</p>`).join('\n')}
<p class="row"><span>Raden syns trots font-size 0 runt den.</span></p>
<p style="color:#fff;background:#1d4ed8">Vit text på blå bakgrund syns.</p>
<details><summary>Öppettider</summary><p>Vardagar klockan åtta till fem.</p></details>
<button type="button" aria-expanded="false" aria-controls="panel">Avgifter</button>
<div id="panel"><p>Avgiften är femhundra kronor.</p></div>
</main></body></html>`;

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
  server = await serveDirs(
    { '/pages': PAGES, '/lib': join(tmp, 'lib') },
    { routes: [htmlPages({ '/tricks.html': TRICKS })] },
  );
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
      for (const w of b.words) {
        expect(w.got, b.text).not.toBeNull();
        expect(coversWord(r6(w.got!), w.want, b.skippedInside), `${w.got} for ${w.want}`).toBe(true);
      }
      expect(b.whole).not.toBeNull();
      expect(b.startsInElement).toBe(true);
      const squeeze = (s: string) => r6(s).replace(/ /g, '');
      if (!b.skippedInside) expect(squeeze(b.whole!)).toBe(squeeze(b.text));
    }
  });
});

describe('text the reader cannot see, in headless Chromium', () => {
  test('all twelve hiding tricks are skipped; visible and folded text is read', async () => {
    await page.goto(`${server.url}/tricks.html`);
    await page.addScriptTag({ url: `${server.url}/lib/extract.js` });
    const texts = await page.evaluate(() => {
      const lib = (
        window as unknown as {
          LyssnaExtract: { extractArticle(d: Document): { blocks: { text: string }[] } };
        }
      ).LyssnaExtract;
      return lib.extractArticle(document).blocks.map((b) => b.text);
    });
    expect(texts.filter((t) => t.includes('Dolt trick'))).toEqual([]);
    expect(texts).toEqual([
      'Synlig rubrik',
      'Det här stycket syns och läses upp.',
      'Raden syns trots font-size 0 runt den.',
      'Vit text på blå bakgrund syns.',
      'Öppettider',
      'Vardagar klockan åtta till fem.',
      'Avgifter',
      'Avgiften är femhundra kronor.',
    ]);
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
