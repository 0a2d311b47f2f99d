// The loader (lyssna.js) in real Chromium: no request before the reader's intent and afterwards only the
// player, from the loader's own directory (a cross-origin CDN folder here); the loader's button looks like
// the player's; a cold click still reads when the player is slow; a failed fetch says so and retries.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WIDGET_DIR } from '../../widget/demo/server.ts';
import { UA } from '../fakes/player-harness.ts';
import { htmlPages, type StaticServer, serveDirs } from '../support/static-server.ts';
import {
  installPageLog,
  pageLog,
  playerMounted,
  useWidgetSession,
  waitForLog,
  widgetReady,
} from './widget-support.ts';

/** Longer than any browser's transient user activation (5 s in Chrome and Firefox), with a margin. */
const SLOW_PLAYER_MS = 7_000;
/** The loader says "loading" after 400 ms of waiting. */
const LOADING_NOTICE_WAIT_MS = 1_000;
/** Time for anything a page might fetch on its own (idle callbacks, timers) to have happened. */
const SETTLE_MS = 1_500;
const CDN_DIR = '/cdn/lyssna/1.0/';

const session = useWidgetSession();
/** The widget's two files in a folder of another origin (a CDN), and a site page that embeds the loader from there. */
let cdn: StaticServer;
let site: StaticServer;
beforeAll(async () => {
  cdn = await serveDirs({ [CDN_DIR]: WIDGET_DIR }, { port: 0 });
  // A real server, not a Playwright route: Chromium lets only a loopback page load scripts from loopback.
  site = await serveDirs(
    {},
    {
      port: 0,
      routes: [
        htmlPages({
          '/cdn-page': `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,"></head>
<body><main><h1>Simhallen</h1><p>Simhallen stänger för renovering i juni. Den öppnar igen i augusti.</p></main>
<script src="${cdn.url}${CDN_DIR}lyssna.js" defer></script></body></html>`,
        }),
      ],
    },
  );
});
afterAll(async () => {
  await cdn?.close();
  await site?.close();
});

const launcher = (page: Page) => page.locator('lyssna-player >> button.launcher');
const started = (page: Page) => waitForLog(page, (l) => l.spoken.some((s) => s.started), 60_000, 'speech');

describe('what the loader fetches', () => {
  test('nothing before intent; then only the player, from the directory the loader came from', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    const loaderUrl = `${cdn.url}${CDN_DIR}lyssna.js`;
    const requests: string[] = [];
    page.on('request', (r) => r.url().startsWith('data:') || requests.push(r.url()));
    await page.goto(`${site.url}/cdn-page`);
    await widgetReady(page);
    // The API answers without the player, and calls that need none fetch nothing.
    expect(
      await page.evaluate(() => {
        const L = window.Lyssna!;
        L.pause();
        L.stop();
        L.close();
        return { status: L.status, plan: L.plan, version: L.version };
      }),
    ).toEqual({ status: 'idle', plan: null, version: '0.1.0' });
    await page.waitForTimeout(SETTLE_MS);
    expect(requests).toEqual([`${site.url}/cdn-page`, loaderUrl]);
    expect(await launcher(page).textContent()).toBe('Lyssna');

    // The pointer over the button is the first intent: the player comes from the loader's directory.
    await launcher(page).hover();
    await playerMounted(page);
    const after = requests.slice(2);
    expect(after.map((u) => new URL(u).pathname)).toEqual([`${CDN_DIR}lyssna-player.js`]);
    expect(after.every((u) => u.startsWith(`${cdn.url}${CDN_DIR}`))).toBe(true);
    expect(cdn.requests).toEqual([`${CDN_DIR}lyssna.js`, `${CDN_DIR}lyssna-player.js`]);
    // One button still, now the player's, and the click reads.
    expect(await page.locator('lyssna-player').count()).toBe(1);
    await launcher(page).click();
    const log = await started(page);
    expect(log.spoken[0]!.text).toBe('Simhallen');
    await page.evaluate(() => window.Lyssna?.stop());
    expect(requests.length).toBe(3);
    await page.close();
  });
});

describe('the cold click', () => {
  test('a player slower than the click’s transient activation still starts reading (Chromium keeps sticky activation)', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    // Whether the click's transient activation was still live when the first speak() came.
    await page.addInitScript(() => {
      const w = window as unknown as { activeAtSpeak?: boolean };
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (u) => {
        w.activeAtSpeak ??= navigator.userActivation.isActive;
        speak(u);
      };
    });
    await page.route('**/lyssna-player.js*', async (route) => {
      await new Promise((r) => setTimeout(r, SLOW_PLAYER_MS));
      await route.continue();
    });
    await page.goto(`${session.server.url}/csp/`);
    await widgetReady(page);
    // A click with nothing before it (no hover, no focus): the player is fetched by the click itself.
    await launcher(page).evaluate((b) => (b as HTMLButtonElement).click());
    expect(await launcher(page).getAttribute('aria-busy')).toBe('true');
    await page.waitForTimeout(LOADING_NOTICE_WAIT_MS);
    expect(await page.locator('lyssna-player >> [role=status]').textContent()).toBe('Uppläsningen laddas …');
    // Nothing touches the page until the player is in (a test's evaluate() counts as a user gesture).
    await new Promise((r) => setTimeout(r, SLOW_PLAYER_MS + LOADING_NOTICE_WAIT_MS));
    const log = await started(page);
    expect(log.spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    expect(await page.evaluate(() => (window as unknown as { activeAtSpeak?: boolean }).activeAtSpeak)).toBe(
      false,
    );
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });

  test('a browser that wants the gesture itself (WebKit) asks for one more press, which then reads', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    // Chromium posing as Safari on iOS: the loader applies WebKit's rule (navigator.userActivation stays real).
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: UA.safariIos });
    await page.route('**/lyssna-player.js*', async (route) => {
      await new Promise((r) => setTimeout(r, SLOW_PLAYER_MS));
      await route.continue();
    });
    await page.goto(`${session.server.url}/csp/`);
    await widgetReady(page);
    await launcher(page).evaluate((b) => (b as HTMLButtonElement).click());
    // Nothing touches the page until the player is in and the click's activation is over.
    await new Promise((r) => setTimeout(r, SLOW_PLAYER_MS + LOADING_NOTICE_WAIT_MS));
    expect(await launcher(page).textContent()).toBe('Lyssna – tryck igen för att starta');
    expect((await pageLog(page)).spoken).toEqual([]);
    await launcher(page).click();
    expect((await started(page)).spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    await page.evaluate(() => window.Lyssna?.stop());
    await cdp.detach();
    await page.close();
  });
});

describe('other intents', () => {
  test('the owner’s shortcut fetches the player and starts reading', async () => {
    const page = await session.open('/csp/?shortcut=alt%2Bshift%2Bl');
    await page.keyboard.press('Alt+Shift+L');
    expect((await started(page)).spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    // The player's own shortcut handling took over: the same keys now pause.
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => page.evaluate(() => window.Lyssna?.status)).toBe('paused');
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});

describe('a failed fetch', () => {
  test('404, then blocked: a clear message on the button, the page untouched; the press retries', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let attempt = 0;
    await page.route('**/lyssna-player.js*', (route) => {
      attempt++;
      if (attempt === 1) return route.fulfill({ status: 404, body: 'Not found' });
      if (attempt === 2) return route.abort('blockedbyclient');
      return route.continue();
    });
    await page.goto(`${session.server.url}/csp/`);
    await widgetReady(page);
    const main = await page.locator('main').innerHTML();
    for (const round of [1, 2]) {
      // A press with no pointer before it, so each press is exactly one attempt.
      await launcher(page).evaluate((b) => (b as HTMLButtonElement).click());
      await expect
        .poll(() => launcher(page).textContent())
        .toBe('Lyssna – kunde inte laddas. Tryck för att försöka igen');
      expect(await page.locator('lyssna-player >> [role=status]').textContent()).toBe(
        'Uppläsningen kunde inte laddas. Kontrollera anslutningen och tryck för att försöka igen.',
      );
      expect(await launcher(page).getAttribute('aria-busy')).toBeNull();
      expect(attempt, `round ${round}`).toBe(round);
    }
    // Hovering again does not retry on its own: only the reader's press does.
    await page.mouse.move(0, 0);
    await launcher(page).hover();
    await page.waitForTimeout(300);
    expect(attempt).toBe(2);
    expect(await page.locator('main').innerHTML()).toBe(main);
    const log = await pageLog(page);
    expect(
      log.events.filter((e) => e.type === 'error').map((e) => (e.detail as { code: string }).code),
    ).toEqual(['player-load-failed', 'player-load-failed']);
    await launcher(page).evaluate((b) => (b as HTMLButtonElement).click());
    expect((await started(page)).spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    expect(errors).toEqual([]);
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});

describe('the same button before and after the player', () => {
  /** The launcher's look and place, as the reader sees it. */
  const look = (page: Page) =>
    launcher(page).evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return {
        name: b.textContent,
        expanded: b.getAttribute('aria-expanded'),
        lang: (b.getRootNode() as ShadowRoot).host.getAttribute('lang'),
        box: [r.left, r.top, r.width, r.height].map(Math.round),
        style: [
          'background-color',
          'color',
          'border-top-color',
          'border-top-width',
          'border-top-style',
          'border-radius',
          'padding',
          'font-family',
          'font-size',
          'font-weight',
          'line-height',
          'gap',
          'cursor',
        ].map((p) => `${p}: ${s.getPropertyValue(p)}`),
      };
    });

  test.each([
    ['/csp/', 'default'],
    ['/csp/?theme=dark&color=%23b91c1c&position=top-left', 'dark, own colour, top left'],
    ['/egen-knapp/', 'inline in the owner’s [data-lyssna-button]'],
    ['/sidor/english-moving-to/', 'English page'],
  ])('%s (%s)', async (path) => {
    const page = await session.open(path);
    await page.mouse.move(0, 0);
    const before = await look(page);
    await launcher(page).focus(); // focus is an intent too: the player's button takes the focus over
    await playerMounted(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('LYSSNA-PLAYER');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const after = await look(page);
    expect(after).toEqual(before);
    await page.close();
  });
});

describe('a page in another encoding', () => {
  test('on a windows-1252 page whose server sends no charset for scripts, the Swedish words stay whole', async () => {
    // Many older municipal sites are served as windows-1252; a classic script without a charset is decoded
    // in the page's encoding, so the built files must be ASCII (vite.config.ts) for "Föregående" to survive.
    const page = await session.browser.context.newPage();
    await page.addInitScript(installPageLog);
    const base = `${session.server.url}/latin1/`;
    await page.route(`${base}**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice('/latin1/'.length);
      if (name === '') {
        return route.fulfill({
          contentType: 'text/html; charset=windows-1252',
          body: Buffer.from(
            '<!doctype html><html lang="sv"><head><title>Kommun</title></head><body><main><h1>Simhallen</h1>' +
              '<p>Simhallen st\xe4nger i juni. Den \xf6ppnar igen i augusti.</p></main>' +
              '<script src="lyssna.js" defer></script></body></html>',
            'latin1',
          ),
        });
      }
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(WIDGET_DIR, name)) });
    });
    await page.goto(base);
    await widgetReady(page);
    await launcher(page).click();
    await playerMounted(page);
    const names = await page.evaluate(() => {
      const root = document.querySelector('lyssna-player')!.shadowRoot!;
      return [
        root.querySelector('.prev-block')?.getAttribute('aria-label'),
        root.querySelector('.panel')?.getAttribute('aria-label'),
      ];
    });
    expect(names).toEqual(['Föregående stycke', 'Uppläsning']);
    await waitForLog(page, (l) => l.spoken.some((s) => s.text.includes('stänger')), 60_000, 'the paragraph');
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  });
});
