// Freeze benchmark: pages built to freeze a tab (20,000 paragraphs, one 2 MB paragraph, a 1 MB lexicon
// value) with the widget in real Chromium and a fast fake voice: the longest main-thread task from the hover
// before the click until a few seconds into reading, and the time from the click to the first speak().
// Run: `npx tsx tests/bench/freeze.bench.ts` (after `npx vite build --mode widget`). Prints; never asserts.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { WIDGET_JS } from '../../widget/demo/server.ts';
import { launchChromium } from '../support/chromium.ts';
import { htmlPages, serveDirs } from '../support/static-server.ts';
import { type Bench, bench, fakeSpeech, longTaskObserver } from './page-probes.ts';

/** The issue's goals, printed beside the numbers. */
const GOAL_LONG_TASK_MS = 50;
/** Reading is watched this long after the first speak(): the idle fill of the plan runs meanwhile. */
const READ_FOR_MS = 4_000;
/** The fake voice "speaks" each utterance this long. */
const FAKE_UTTERANCE_MS = 5;
const PARAGRAPHS = 20_000;
const BIG_PARAGRAPH_CHARS = 2_000_000;
const BIG_LEXICON_VALUE_CHARS = 1_000_000;
const LOAD_TIMEOUT_MS = 180_000;

/** tsx (esbuild, keepNames) wraps functions in `__name(...)`: page-side copies of them need the helper too. */
const NAME_SHIM = { content: 'globalThis.__name = (f) => f;' };

const SENTENCE = 'Kommunen plogar gatorna när det snöar mycket, kl. 7 t.ex. på Storgatan 12.';
const page = (body: string, scriptAttrs = '') =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Frysning</title></head><body>${body}` +
  `<script src="/widget/lyssna.js" defer ${scriptAttrs}></script></body></html>`;

function manyParagraphs(): string {
  const ps: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) ps.push(`<p>Stycke ${i}. ${SENTENCE} Gångvägar plogas först.</p>`);
  return page(`<main><h1>Tjugotusen stycken</h1>${ps.join('')}</main>`);
}

function bigParagraph(): string {
  const text = `${SENTENCE} `.repeat(Math.ceil(BIG_PARAGRAPH_CHARS / (SENTENCE.length + 1)));
  return page(`<main><h1>Ett stycke på två megabyte</h1><p>${text}</p></main>`);
}

function bigLexicon(): string {
  const lexicon = JSON.stringify({
    Kommunen: 'kommunen '.repeat(BIG_LEXICON_VALUE_CHARS / 9),
    Storgatan: 'Storgatan',
  });
  const body = `<main><h1>Ett stort uttalslexikon</h1>${`<p>${SENTENCE}</p>`.repeat(20)}</main>`;
  return page(body, `data-lexicon='${lexicon.replace(/'/g, '&#39;')}'`);
}

async function measure(
  p: Page,
  url: string,
): Promise<{ longest: number; firstSpeak: number; spoken: number }> {
  await p.addInitScript(NAME_SHIM);
  await p.addInitScript(fakeSpeech, FAKE_UTTERANCE_MS);
  await p.addInitScript(longTaskObserver);
  await p.goto(url, { timeout: LOAD_TIMEOUT_MS });
  await p.waitForFunction(() => typeof window.Lyssna?.play === 'function', null, {
    timeout: LOAD_TIMEOUT_MS,
  });
  await p.waitForTimeout(1_000); // page load's own tasks (parsing 2 MB of HTML) are not Lyssna's
  await p.evaluate(() => ((window as unknown as { bench: Bench }).bench.longTasks = []));
  await p.click('lyssna-player >> button.launcher', { timeout: LOAD_TIMEOUT_MS }); // hover, then click
  await p.waitForFunction(() => (window as unknown as { bench: Bench }).bench.speakAt.length > 0, null, {
    timeout: LOAD_TIMEOUT_MS,
  });
  await p.waitForTimeout(READ_FOR_MS);
  const b = await bench(p);
  await p.evaluate(() => window.Lyssna?.stop());
  return {
    longest: Math.max(0, ...b.longTasks.map((t) => t.duration)),
    firstSpeak: b.speakAt[0]! - b.clickAt,
    spoken: b.speakAt.length,
  };
}

async function main(): Promise<void> {
  console.log('Freeze benchmark (widget, real Chromium, fake voice)');
  if (!existsSync(WIDGET_JS)) {
    console.log('dist/widget/lyssna.js is absent: run `npx vite build --mode widget` first.');
    return;
  }
  const server = await serveDirs(
    { '/widget/': dirname(WIDGET_JS) },
    {
      routes: [
        htmlPages({
          '/many.html': manyParagraphs(),
          '/big.html': bigParagraph(),
          '/lexicon.html': bigLexicon(),
        }),
      ],
    },
  );
  const browser = await launchChromium();
  try {
    console.log(
      `\n  ${'page'.padEnd(34)}${'longest task'.padStart(14)}${'click → speak'.padStart(16)}${'spoken'.padStart(8)}   goal: no task > ${GOAL_LONG_TASK_MS} ms`,
    );
    for (const [label, path] of [
      [`${PARAGRAPHS.toLocaleString('en')} paragraphs`, '/many.html'],
      ['one 2 MB paragraph', '/big.html'],
      ['a 1 MB lexicon value', '/lexicon.html'],
    ] as const) {
      const p = await browser.context.newPage();
      try {
        const r = await measure(p, `${server.url}${path}`);
        const longest = r.longest === 0 ? `< ${GOAL_LONG_TASK_MS} ms` : `${r.longest.toFixed(0)} ms`;
        console.log(
          `  ${label.padEnd(34)}${longest.padStart(14)}${`${r.firstSpeak.toFixed(0)} ms`.padStart(16)}${String(r.spoken).padStart(8)}`,
        );
      } catch (err) {
        console.log(`  ${label.padEnd(34)} failed: ${String(err).split('\n')[0]}`);
      } finally {
        await p.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
