// The built widget (loader + player) in headless Chromium with the real Swedish voice: it reads the seed
// page's expected blocks in order with the sentence highlighted, works under a strict CSP, makes no request
// but its own two files, and loads once when included twice.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  installPageLog,
  normaliseText,
  openEmptyPage,
  pageLog,
  playerMounted,
  status,
  useWidgetSession,
  waitForLog,
  waitForStatus,
  widgetReady,
} from './widget-support.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pages');
/** The whole seed page at rate 2 takes ~40 s with espeak-ng; the first utterance may take 11 s to start. */
const READ_ALL_TIMEOUT_MS = 150_000;

interface PlanLike {
  blocks: { text: string; segments: { start: number; end: number; spoken: string }[] }[];
}

const firstWord = (s: string) => s.split(' ')[0] ?? '';
const lastWord = (s: string) => s.split(' ').at(-1) ?? '';
/** Every word of `needle` appears in `hay`, in order. */
function isSubsequence(needle: string[], hay: string[]): boolean {
  let i = 0;
  for (const w of hay) if (w === needle[i]) i++;
  return i === needle.length;
}

const session = useWidgetSession();

async function openPage(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await session.browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(installPageLog);
  await page.goto(`${session.server.url}${path}`);
  await widgetReady(page);
  return { page, requests };
}

const plan = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { Lyssna: { plan: PlanLike | null } }).Lyssna.plan,
  ) as Promise<PlanLike>;

describe('reading the seed page perstorp-delegationen', () => {
  test('speaks exactly the expected blocks, sentence by sentence, with the sentence highlighted', async () => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'perstorp-delegationen/expected.json'), 'utf8'),
    ) as {
      text: string[];
    };
    const before = session.server.requests.length;
    const { page, requests } = await openPage('/sidor/perstorp-delegationen/?rate=2');
    await page.click('lyssna-player >> button.launcher'); // a real click: Chrome's user activation for speak()
    await waitForStatus(page, 'ended', READ_ALL_TIMEOUT_MS);
    const p = await plan(page);
    const log = await pageLog(page);

    // The plan's blocks are the page's expected blocks, in order.
    expect(p.blocks.map((b) => b.text)).toEqual(expected.text);
    // Every sentence of them was spoken once, in order, and nothing else.
    const sentences = p.blocks.flatMap((b) => b.segments.map((s) => s.spoken));
    expect(log.spoken.map((s) => s.text)).toEqual(sentences);
    expect(log.spoken.every((s) => s.started)).toBe(true);
    expect(log.spoken.every((s) => s.rate === 2)).toBe(true);
    // When each utterance started, the page's sentence highlight held that sentence: the range starts and ends
    // with it and holds its words in order. (A range over a link also spans the link's visually hidden
    // "opens in a new window" text, which extraction skips and which paints nothing.)
    const display = p.blocks.flatMap((b) =>
      b.segments.map((s) => normaliseText(b.text.slice(s.start, s.end))),
    );
    log.spoken.forEach((s, i) => {
      const shown = normaliseText(s.highlightAtStart ?? '');
      const want = display[i]!;
      expect(shown.startsWith(firstWord(want)) && shown.endsWith(lastWord(want)), `${shown} ≠ ${want}`).toBe(
        true,
      );
      expect(isSubsequence(want.split(' '), shown.split(' ')), `${shown} ≠ ${want}`).toBe(true);
    });
    // The highlight is cleared at the end.
    expect(await page.evaluate(() => CSS.highlights.has('lyssna-sentence'))).toBe(false);
    // No request but the page and the widget's two files: the loader, and the player it fetched on the
    // click (data: images are not requests to anyone).
    const paths = requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).pathname);
    expect(paths).toEqual(['/sidor/perstorp-delegationen/', '/lyssna.js', '/lyssna-player.js']);
    // The server saw the same (plus Chromium's own favicon probe, which no page markup asks for).
    expect(session.server.requests.slice(before).filter((r) => r !== '/favicon.ico')).toEqual([
      '/sidor/perstorp-delegationen/',
      '/lyssna.js',
      '/lyssna-player.js',
    ]);
    await page.close();
  });
});

describe('strict Content-Security-Policy', () => {
  test('style-src self blocks <style> and style attributes but not adopted constructed sheets', async () => {
    const { page } = await openPage('/csp/');
    const probe = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = '#csp-probe-a{color:rgb(1, 2, 3)}';
      document.head.append(style);
      const a = document.createElement('p');
      a.id = 'csp-probe-a';
      a.setAttribute('style', 'background-color: rgb(4, 5, 6)');
      document.body.append(a);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('#csp-probe-b{color:rgb(7, 8, 9)}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const b = document.createElement('p');
      b.id = 'csp-probe-b';
      document.body.append(b);
      await new Promise((r) => setTimeout(r, 100));
      const result = {
        styleElement: getComputedStyle(a).color,
        styleAttribute: getComputedStyle(a).backgroundColor,
        adopted: getComputedStyle(b).color,
      };
      a.remove();
      b.remove();
      style.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      return result;
    });
    expect(probe.styleElement).not.toBe('rgb(1, 2, 3)');
    expect(probe.styleAttribute).not.toBe('rgb(4, 5, 6)');
    expect(probe.adopted).toBe('rgb(7, 8, 9)');
    // Those two blocked probes were reported; clear them so the widget's own run starts clean.
    const probes = await pageLog(page);
    expect(probes.cspViolations.length).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => {
      (window as unknown as { lyssnaLog: { cspViolations: string[] } }).lyssnaLog.cspViolations = [];
    });

    // The widget under the policy: styled, speaking, highlighting, with no violation reported.
    const launcherBg = await page
      .locator('lyssna-player >> button.launcher')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(launcherBg).toBe('rgb(29, 78, 216)'); // the widget's own stylesheet applied
    await page.click('lyssna-player >> button.launcher');
    const log = await waitForLog(page, (l) => l.spoken.some((s) => s.started), 60_000, 'first utterance');
    expect(log.spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    expect(normaliseText(log.spoken[0]!.highlightAtStart ?? '')).toBe('Ny avfallstaxa från januari 2026');
    // Drawn, not only registered: the adopted rules (root rules, which Chromium inherits down the tree) give
    // the page's text the sentence colour (#fff59d). The sheet arrives a task after the first sentence.
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelectorAll('main p')[1]!, '::highlight(lyssna-sentence)')
          .backgroundColor === 'rgb(255, 245, 157)',
      null,
      { timeout: 5_000 },
    );
    expect(
      await page.evaluate(() =>
        [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      ),
    ).toContain(':root::highlight(lyssna-sentence)'); // Chromium inherits them: the root rules stay
    // The selection button positions itself through a constructed sheet, not a style attribute.
    await page.evaluate(() => {
      const p = document.querySelector('main p')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await page.waitForFunction(
      () => document.querySelector('lyssna-selection')?.hasAttribute('hidden') === false,
    );
    await page.evaluate(() => window.Lyssna?.stop());
    expect((await pageLog(page)).cspViolations).toEqual([]);
    await page.close();
  });
});

describe('embedding', () => {
  test('the script included twice gives one widget', async () => {
    const page = await session.browser.context.newPage();
    await page.route(`${session.server.url}/twice`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Två gånger</title>
<script src="/lyssna.js" defer></script></head><body><main><h1>Rubrik</h1><p>En mening att läsa.</p></main>
<script src="/lyssna.js" defer></script></body></html>`,
      }),
    );
    const players: string[] = [];
    page.on('request', (r) => r.url().includes('lyssna-player') && players.push(r.url()));
    await page.goto(`${session.server.url}/twice`);
    await widgetReady(page);
    await page.waitForTimeout(300);
    expect(await page.locator('lyssna-player').count()).toBe(1);
    // The pointer on the button fetches the player once; it replaces the loader's button with its own.
    await page.hover('lyssna-player >> button.launcher');
    await playerMounted(page);
    await page.waitForTimeout(300);
    expect(await page.locator('lyssna-player').count()).toBe(1);
    expect(await page.locator('lyssna-selection').count()).toBe(1);
    expect(players.length).toBe(1);
    await page.close();
  });

  test('a page with nothing to read gives a button that says so', async () => {
    const page = await openEmptyPage(session);
    await page.click('lyssna-player >> button.launcher');
    await expect
      .poll(() => page.locator('lyssna-player >> button.launcher').textContent())
      .toBe('Lyssna – ingen text att läsa upp');
    expect(await page.locator('lyssna-player >> .message').textContent()).toContain(
      'Den här sidan har ingen text som kan läsas upp.',
    );
    expect(await status(page)).toBe('idle');
    await page.close();
  });

  test('without speechSynthesis the button explains instead of breaking', async () => {
    const page = await session.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      delete (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance;
    });
    await page.goto(`${session.server.url}/sidor/perstorp-delegationen/`);
    await widgetReady(page);
    expect(await page.locator('lyssna-player >> button.launcher').textContent()).toBe(
      'Lyssna – fungerar inte i den här webbläsaren',
    );
    await page.click('lyssna-player >> button.launcher');
    expect(await page.locator('lyssna-player >> .message').textContent()).toContain(
      'Den här webbläsaren kan inte läsa upp text.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
