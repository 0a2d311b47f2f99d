// Launches Debian's Firefox ESR for real-browser tests: puppeteer-core over WebDriver BiDi, headless, with
// speech-dispatcher playing into the private PulseAudio null sink (without a sink `end` never arrives).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/extension/firefox-manifest.ts';
import { addBackgroundHooks } from './extension-hooks.ts';
import type { SpeechEnv } from './speech-env.ts';

export const FIREFOX_PATH = process.env.LYSSNA_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Prefs for a quiet, closed-network test profile. Firefox speaks without a user gesture (no pref needed);
 * these only stop it dialling out or showing first-run pages.
 */
const PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // A temporary add-on needs no signature anyway; this keeps an unsigned test copy installable.
  'xpinstall.signatures.required': false,
};

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab with `init` run before any page script. */
  newPage(init?: () => void): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(
  options: { speech?: SpeechEnv; prefs?: Record<string, unknown> } = {},
): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    env: options.speech?.env ?? process.env,
    extraPrefsFirefox: { ...PREFS, ...options.prefs },
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    browser,
    async newPage(init) {
      const page = await browser.newPage();
      if (init) await page.evaluateOnNewDocument(init);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** Poll `read` until `predicate` holds; the error names what was awaited and the last value. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  predicate: (v: T) => boolean,
  timeout: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (predicate(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The Firefox package under test. */
export const FIREFOX_DIST = resolve('dist/firefox');
/** A fixed moz-extension:// UUID (Firefox picks a random one per profile otherwise). */
export const EXTENSION_UUID = '5f0c4e2a-1b7d-4c8e-9a3f-2d6b8e1c7a90';
const POPUP_PATH = 'src/extension/popup/popup.html';
/** The content script @crxjs emits, which the background injects on demand. */
const CONTENT_SCRIPT = 'src/extension/content.js';

/**
 * Runs first in the content script's isolated world (test copy only): reports each utterance the extension
 * hands Firefox's Web Speech, and its start, to the page as DOM events, since a page cannot see what an
 * isolated world speaks.
 */
const SPOKEN_LOG_PRELUDE = `(() => {
  if (window.__lyssnaTestLog) return;
  window.__lyssnaTestLog = true;
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  const tell = (type, detail) => window.dispatchEvent(new CustomEvent(type, { detail }));
  synth.speak = (u) => {
    const text = u.text;
    tell('lyssna-test-speak', JSON.stringify({ text, voice: u.voice ? u.voice.name : null }));
    u.addEventListener('start', () => tell('lyssna-test-start', text));
    speak(u);
  };
})();
`;

/**
 * The test copy of the Firefox package, and the only differences from dist/firefox:
 * - host access to the loopback origin the pages are served from (a real toolbar, menu or shortcut use grants
 *   `activeTab`; a page opened by the test was never invoked on);
 * - a background script that opens the toolbar popup's page in a tab: WebDriver BiDi may not navigate to
 *   moz-extension:// URLs and headless Firefox has no toolbar to click;
 * - the background's handlers exposed for the test (addBackgroundHooks);
 * - the spoken-text log above, run before the content script.
 */
export function firefoxTestCopy(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lyssna-ff-ext-'));
  cpSync(FIREFOX_DIST, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    host_permissions?: string[];
    background: { scripts: string[] };
  };
  manifest.host_permissions = ['http://127.0.0.1/*'];
  manifest.background.scripts.push('test-open-popup.js');
  writeFileSync(file, JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'test-open-popup.js'),
    `chrome.tabs.create({ url: chrome.runtime.getURL('${POPUP_PATH}?tab=none') });\n`,
  );
  addBackgroundHooks(dir);
  const content = join(dir, CONTENT_SCRIPT);
  writeFileSync(content, SPOKEN_LOG_PRELUDE + readFileSync(content, 'utf8'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FirefoxWithExtension extends LaunchedFirefox {
  /** The popup page in its own tab (opened by the test copy's background script). */
  popup: Page;
  /** Point the popup page at a tab, as if its toolbar button was pressed there: it starts reading. */
  openPopupFor(tabId: number): Promise<void>;
  /** Call a background handler the listeners call (toolbar, menu, commands), in the background page. */
  background<T>(
    handler: 'runTabCommand' | 'onAction' | 'onCommand' | 'onMenu',
    ...args: unknown[]
  ): Promise<T>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
}

export async function launchFirefoxWithExtension(speech: SpeechEnv): Promise<FirefoxWithExtension> {
  const launched = await launchFirefox({
    speech,
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  const copy = firefoxTestCopy();
  await launched.browser.installExtension(copy.dir);
  const popupUrl = `moz-extension://${EXTENSION_UUID}/${POPUP_PATH}`;
  let popup: Page | undefined;
  const deadline = Date.now() + 30_000;
  while (!popup) {
    for (const p of await launched.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(popupUrl)) popup = p;
    }
    if (!popup && Date.now() > deadline) throw new Error('the popup page did not open');
    if (!popup) await new Promise((r) => setTimeout(r, 200));
  }
  const ext: FirefoxWithExtension = {
    ...launched,
    popup,
    async openPopupFor(tabId) {
      await popup.evaluate((id) => {
        location.search = `?tab=${id}`;
      }, tabId);
      await popup.waitForFunction((id) => location.search === `?tab=${id}`, {}, tabId);
      // Its buttons work once it has shown the tab's first status.
      await popup.waitForFunction(() => (document.getElementById('state')?.textContent ?? '') !== '', {
        timeout: 30_000,
      });
    },
    background<T>(handler: string, ...args: unknown[]) {
      return popup.evaluate(
        async (name, a) => {
          type Hooks = Record<string, (...x: unknown[]) => Promise<unknown>>;
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          const bg = (await api.runtime.getBackgroundPage()) as unknown as { lyssna: Hooks };
          return JSON.parse(JSON.stringify(await bg.lyssna[name]!(...a)));
        },
        handler,
        args,
      ) as Promise<T>;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await popup.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      );
      if (id === undefined) throw new Error(`no tab for ${url}`);
      return id;
    },
    async close() {
      await launched.close();
      copy.remove();
    },
  };
  return ext;
}
