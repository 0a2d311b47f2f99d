// Launches Debian's Firefox ESR for real-browser tests: puppeteer-core over WebDriver BiDi, headless, with
// speech-dispatcher playing into the private PulseAudio null sink (without a sink `end` never arrives).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
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
  // Extensions run in private windows only when allowed; a temporary add-on needs no signature.
  'xpinstall.signatures.required': false,
};

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab with `init` run before any page script. */
  newPage(init?: () => void): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX_PATH);
}

export async function launchFirefox(options: { speech?: SpeechEnv } = {}): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    env: options.speech?.env ?? process.env,
    extraPrefsFirefox: PREFS,
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
