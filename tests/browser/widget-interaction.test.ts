// How readers and site owners drive the built widget in real Chromium with the real voice: click a paragraph
// to read from there, read a selection, SPA route changes, the JS API, saved settings, the lexicon, word
// highlight (with a fake voice that reports words, which Linux voices do not), a missing voice.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  type FakeWordLog,
  installFakeWordSpeech,
  installPageLog,
  normaliseText,
  pageLog,
  playerMounted,
  status,
  useWidgetSession,
  waitForLog,
  waitForStatus,
  widgetReady,
} from './widget-support.ts';

const session = useWidgetSession();

const open = session.open;

const started = (page: Page, n = 1) =>
  waitForLog(page, (l) => l.spoken.filter((s) => s.started).length >= n, 60_000, `${n} started`);

describe('click to read', () => {
  test('with the player open, clicking a sentence reads from that sentence', async () => {
    const page = await open('/csp/');
    await page.click('lyssna-player >> button.launcher');
    await started(page);
    const target = page.locator('main p').nth(1); // "Den nya taxan ska göra det lättare… Hushåll som sorterar…"
    const box = (await target.boundingBox())!;
    const before = (await pageLog(page)).spoken.length;
    // Click near the end of the paragraph's first line: inside its first sentence.
    await page.mouse.click(box.x + 20, box.y + 5);
    const log = await waitForLog(page, (l) => l.spoken.length > before, 30_000, 'click');
    expect(log.spoken.at(-1)!.text).toBe('Den nya taxan ska göra det lättare att sortera rätt.');
    await waitForLog(page, (l) => l.spoken.at(-1)!.started, 30_000, 'start');
    expect(normaliseText((await pageLog(page)).spoken.at(-1)!.highlightAtStart ?? '')).toBe(
      'Den nya taxan ska göra det lättare att sortera rätt.',
    );
    // Links keep working as links: a click on one does not start reading.
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });

  test('with the player closed, clicks do nothing', async () => {
    const page = await open('/csp/');
    await page.click('main p');
    await page.waitForTimeout(500);
    expect((await pageLog(page)).spoken).toEqual([]);
    await page.close();
  });
});

describe('reading the selection', () => {
  test('selecting text shows a "Lyssna" button that reads only the selection', async () => {
    const page = await open('/csp/');
    // The selection button comes with the player, which the reader's first intent fetches (here: the pointer
    // over the Lyssna button); a selection alone is no request to listen.
    await page.hover('lyssna-player >> button.launcher');
    await playerMounted(page);
    // Select "Hushåll som sorterar … samma kärl." (the second sentence of the second paragraph) with the mouse.
    await page.evaluate(() => {
      const p = document.querySelectorAll('main p')[1]!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('Hushåll');
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, text.data.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const button = page.locator('lyssna-selection >> button');
    await button.waitFor({ state: 'visible' });
    expect(await button.textContent()).toBe('Lyssna på markerad text');
    await button.click();
    await waitForStatus(page, 'ended', 60_000);
    const log = await pageLog(page);
    expect(log.spoken.map((s) => s.text)).toEqual([
      'Hushåll som sorterar ut matavfall betalar mindre än hushåll som lägger allt i samma kärl.',
    ]);
    expect(normaliseText(log.spoken[0]!.highlightAtStart ?? '')).toBe(
      'Hushåll som sorterar ut matavfall betalar mindre än hushåll som lägger allt i samma kärl.',
    );
    // The next play reads the whole page again.
    await page.click('lyssna-player >> button.play');
    await waitForLog(page, (l) => l.spoken.length >= 2, 30_000, 'page after selection');
    expect((await pageLog(page)).spoken[1]!.text).toBe('Ny avfallstaxa från januari 2026');
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});

describe('single-page apps', () => {
  test('a route change stops speech, and the next play reads the new view', async () => {
    const page = await open('/spa/');
    await page.click('lyssna-player >> button.launcher');
    await started(page);
    expect((await pageLog(page)).spoken[0]!.text).toBe('Biblioteket har öppet hela sommaren');
    await page.click('a[data-route=simhall]'); // pushState + new content
    await waitForStatus(page, 'idle', 10_000);
    expect(await page.locator('lyssna-player >> .message').textContent()).toContain('Sidan har ändrats');
    const count = (await pageLog(page)).spoken.length;
    await page.waitForTimeout(1500);
    expect((await pageLog(page)).spoken.length).toBe(count); // silence after the route change
    await page.click('lyssna-player >> button.play');
    const log = await waitForLog(page, (l) => l.spoken.length > count, 30_000, 'new view');
    expect(log.spoken[count]!.text).toBe('Simhallen stänger för renovering');
    // Back button: popstate → stop again.
    await page.goBack();
    await waitForStatus(page, 'idle', 10_000);
    await page.close();
  });
});

describe('the JS API and DOM events', () => {
  test("an owner's own button reads one section; events report the states", async () => {
    const page = await open('/egen-knapp/');
    // The marked element holds the button inline instead of the floating one.
    expect(await page.locator('[data-lyssna-button] > lyssna-player').count()).toBe(1);
    expect(await page.locator('lyssna-player').getAttribute('placement')).toBe('inline');
    await page.click('#las-avgifter');
    await waitForStatus(page, 'ended', 60_000);
    const log = await pageLog(page);
    expect(log.spoken.map((s) => s.text)).toEqual([
      'Avgifter',
      'Avgiften beror på hushållets inkomst.',
      expect.stringMatching(/^Den är som högst/),
    ]);
    const states = log.events
      .filter((e) => e.type === 'statechange')
      .map((e) => (e.detail as { status: string }).status);
    expect(states).toContain('playing');
    expect(states.at(-1)).toBe('ended');
    expect(log.events.filter((e) => e.type === 'segment').length).toBe(3);
    expect(await page.locator('#status').textContent()).toBe('Status: ended');
    await page.close();
  });
});

describe('settings', () => {
  test('speed and highlight choices persist per site; blocked storage still works for the visit', async () => {
    const page = await open('/csp/');
    await page.click('lyssna-player >> button.launcher');
    await page.click('lyssna-player >> button.play'); // pause
    await page.selectOption('lyssna-player >> #lyssna-speed', '1.5');
    await page.click('lyssna-player >> button.settings-btn');
    await page.click('lyssna-player >> label[for=lyssna-wordHighlight]');
    await page.selectOption('lyssna-player >> #lyssna-sentenceColor', 'green');
    await page.evaluate(() => window.Lyssna?.stop());
    await page.reload();
    await widgetReady(page);
    await page.click('lyssna-player >> button.launcher');
    const log = await started(page);
    expect(log.spoken[0]!.rate).toBe(1.5);
    expect(await page.locator('lyssna-player >> #lyssna-speed').inputValue()).toBe('1.5');
    // The highlight rules (adopted a task after the first sentence) carry the green preset, #c8f7c5.
    const bg = await page.waitForFunction(() => {
      const sheet = [...document.adoptedStyleSheets].find((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('lyssna-sentence')),
      );
      return sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : false;
    });
    expect(await bg.jsonValue()).toContain('rgb(200, 247, 197)');
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();

    const blocked = await open('/csp/', () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await blocked.click('lyssna-player >> button.launcher');
    await started(blocked);
    await blocked.selectOption('lyssna-player >> #lyssna-speed', '0.75');
    expect(await blocked.locator('lyssna-player >> #lyssna-speed').inputValue()).toBe('0.75');
    expect(await status(blocked)).not.toBe('error');
    await blocked.evaluate(() => window.Lyssna?.stop());
    await blocked.close();
    const cleanup = await open('/csp/');
    await cleanup.evaluate(() => localStorage.clear()); // later tests start from the defaults
    await cleanup.close();
  });
});

describe('word highlight', () => {
  test('with a voice that reports word boundaries, the word being said is highlighted on the page', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installFakeWordSpeech, 30);
    // Settings persist per site: start from the defaults (word highlight on) whatever ran before.
    await page.addInitScript(() => localStorage.removeItem('lyssna:settings:v1'));
    await page.goto(`${session.server.url}/csp/`);
    await widgetReady(page);
    await page.click('lyssna-player >> button.launcher');
    await waitForStatus(page, 'ended', 30_000);
    const { words } = await page.evaluate(
      () => (window as unknown as { lyssnaWords: FakeWordLog }).lyssnaWords,
    );
    expect(words.length).toBeGreaterThan(50);
    // Every boundary put exactly its word under the word highlight (the voice says "1850" where the page
    // shows "1 850": the highlight covers the displayed number).
    const squeeze = (t: string | null) => t?.replace(/\s+/g, '') ?? null;
    const wrong = words.filter((w) => squeeze(w.highlighted) !== squeeze(w.said));
    expect(wrong).toEqual([]);
    await page.close();
  });

  test('English pages get the English UI', async () => {
    const page = await open('/sidor/english-moving-to/');
    expect(await page.locator('lyssna-player >> button.launcher').textContent()).toBe('Listen');
    expect(await page.locator('lyssna-player').getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('auto-scroll', () => {
  test('follows the sentence down the page, stops when the reader scrolls, and "Följ texten" brings it back', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installFakeWordSpeech, 15);
    await page.addInitScript(() => localStorage.removeItem('lyssna:settings:v1'));
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${session.server.url}/sidor/budget-lang-artikel/`);
    await widgetReady(page);
    await page.click('lyssna-player >> button.launcher');
    // Reading moves down the article: the page follows.
    await page.waitForFunction(() => window.scrollY > 1500, null, { timeout: 60_000 });
    const follow = page.locator('lyssna-player >> button.follow');
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    // The reader scrolls back up with the wheel: following stops and the page stays where they put it.
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, -1200);
    await expect.poll(() => follow.getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(500); // the wheel's own smooth scroll settles
    const parked = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.scrollY)).toBe(parked);
    expect(await status(page)).toBe('playing');
    // "Följ texten": back to the sentence being read.
    await follow.click();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(parked);
    const inView = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
        'lyssna-sentence',
      );
      const r = h ? [...h][0]!.getBoundingClientRect() : null;
      return r ? r.top >= 0 && r.bottom <= innerHeight : false;
    });
    expect(inView).toBe(true);
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});

describe("the owner's lexicon", () => {
  test('data-lexicon with a URL: fetched once, with the player, and spoken from the first (cold) click', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${session.server.url}/csp/?lexicon=/demo/uttal.json`);
    await widgetReady(page);
    await page.waitForTimeout(300);
    expect(requests.filter((r) => r !== '/demo/demo.css')).toEqual(['/csp/', '/lyssna.js']);
    await page.click('lyssna-player >> button.launcher');
    const log = await waitForLog(page, (l) => l.spoken.length >= 2, 60_000, 'two sentences');
    expect(log.spoken[0]!.text).toBe('Ny avfalls-taxa från januari 2026');
    expect(log.spoken[1]!.text).toBe('kommunfull-mäktige har beslutat om en ny avfalls-taxa.');
    // The player and the lexicon are fetched side by side, once each.
    expect(requests.filter((r) => r !== '/demo/demo.css').sort()).toEqual([
      '/csp/',
      '/demo/uttal.json',
      '/lyssna-player.js',
      '/lyssna.js',
    ]);
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});

describe('no voice for the language', () => {
  test('a plain Swedish message names what to install, and offers the Norwegian voice', async () => {
    const page = await open('/csp/', () => {
      // This browser "has no Swedish voice": hide them from the page (all other voices stay).
      const get = speechSynthesis.getVoices.bind(speechSynthesis);
      speechSynthesis.getVoices = () => get().filter((v) => !v.lang.toLowerCase().startsWith('sv'));
    });
    await page.click('lyssna-player >> button.launcher');
    const message = page.locator('lyssna-player >> .message');
    await message.waitFor({ state: 'visible', timeout: 60_000 });
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('Det finns ingen röst för svenska på den här enheten.');
    for (const platform of ['Windows', 'macOS', 'Android', 'iPhone och iPad', 'Linux'])
      expect(text).toContain(platform);
    const offer = page.locator('lyssna-player >> .message button');
    await offer.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await offer.textContent()).toMatch(/^Använd rösten .*Norwegian.* \(norska\)$/i);
    const before = (await pageLog(page)).spoken.length;
    await offer.click();
    const log = await waitForLog(
      page,
      (l) => l.spoken.slice(before).some((s) => s.lang.startsWith('nb')),
      30_000,
      'nb',
    );
    expect(log.spoken.at(-1)!.lang.startsWith('nb')).toBe(true);
    await page.evaluate(() => window.Lyssna?.stop());
    await page.evaluate(() => localStorage.clear()); // the stand-in voice is remembered for the site
    await page.close();
  });
});
