// Shared helpers for the widget's real-browser tests: a speech log captured inside the page, focus and
// highlight probes, and axe-core runs over the document and the widget's shadow roots.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type DemoServer, startDemoServer } from '../../widget/demo/server.ts';
import { type AxeViolation, runAxe as runAxeIn } from '../support/axe.ts';
import { type LaunchedChromium, launchChromium } from '../support/chromium.ts';
import { type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';

/** One native utterance as the page saw it, with the sentence highlight at the moment it started. */
export interface SpokenEntry {
  text: string;
  lang: string;
  rate: number;
  started: boolean;
  highlightAtStart: string | null;
}

export interface PageLog {
  spoken: SpokenEntry[];
  events: { type: string; detail: unknown }[];
  cspViolations: string[];
}

/**
 * Installed before any page script: wraps speechSynthesis.speak so the test sees every utterance the widget
 * sends (text, language) and what `CSS.highlights` held when it started; records lyssna:* DOM events and CSP
 * violations.
 */
export function installPageLog(): void {
  const w = window as unknown as { lyssnaLog: PageLog };
  const log: PageLog = { spoken: [], events: [], cspViolations: [] };
  w.lyssnaLog = log;
  const highlightText = (): string | null => {
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const h = reg?.get('lyssna-sentence');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  };
  const synth = window.speechSynthesis;
  if (synth) {
    const speak = synth.speak.bind(synth);
    synth.speak = (u: SpeechSynthesisUtterance) => {
      const entry: SpokenEntry = {
        text: u.text,
        lang: u.lang,
        rate: u.rate,
        started: false,
        highlightAtStart: null,
      };
      log.spoken.push(entry);
      u.addEventListener('start', () => {
        entry.started = true;
        entry.highlightAtStart = highlightText();
      });
      speak(u);
    };
  }
  for (const type of ['statechange', 'segment', 'word', 'ended', 'error', 'open', 'close']) {
    document.addEventListener(`lyssna:${type}`, (e) => {
      log.events.push({ type, detail: (e as CustomEvent).detail });
    });
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    log.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

export const pageLog = (page: Page): Promise<PageLog> =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { lyssnaLog: PageLog }).lyssnaLog)));

export async function waitForLog(
  page: Page,
  predicate: (log: PageLog) => boolean,
  timeout = 120_000,
  what = 'condition',
): Promise<PageLog> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const log = await pageLog(page);
    if (predicate(log)) return log;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last spoken: ${JSON.stringify(log.spoken.slice(-3))}`);
    }
    await page.waitForTimeout(100);
  }
}

export const status = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { Lyssna: { status: string } }).Lyssna.status);

export async function waitForStatus(page: Page, wanted: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (s) => (window as unknown as { Lyssna?: { status: string } }).Lyssna?.status === s,
    wanted,
    {
      timeout,
    },
  );
}

export async function widgetReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { Lyssna?: { play?: unknown } }).Lyssna?.play === 'function',
  );
}

/**
 * The player has taken the loader's place. The loader draws a look-alike launcher under the same host tag, and
 * removes it when the player mounts: a locator resolved before that reads a detached element (empty styles).
 * The player's selection button is the one element only the player adds.
 */
export const playerMounted = (page: Page): Promise<void> =>
  page.locator('lyssna-selection').waitFor({ state: 'attached' });

/** Where focus is: the host element's tag, and inside our shadow root the focused control's class and name. */
export interface FocusInfo {
  host: string | null;
  inner: string | null;
  name: string | null;
}
export const focusInfo = (page: Page): Promise<FocusInfo> =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement ?? null;
    return {
      host: a ? a.tagName.toLowerCase() : null,
      inner: inner ? (inner.getAttribute('class') ?? inner.tagName.toLowerCase()) : null,
      name: inner ? (inner.getAttribute('aria-label') ?? inner.textContent?.trim() ?? null) : null,
    };
  });

/** The widget's own shadow hosts: the player and the selection button. */
const WIDGET_HOSTS = ['lyssna-player', 'lyssna-selection'];

/** axe-core over the whole document (open shadow roots included) or only over the widget's hosts. */
export function runAxe(page: Page, scope: 'document' | 'widget' = 'document'): Promise<AxeViolation[]> {
  return runAxeIn(page, scope === 'document' ? undefined : WIDGET_HOSTS);
}

/** Collapse whitespace and drop soft hyphens, as extraction does, to compare a DOM range's text with a block's. */
export const normaliseText = (s: string): string =>
  s
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** What the fake voice saw: per word boundary it fired, the word it meant and the page's word highlight then. */
export interface FakeWordLog {
  words: { said: string; highlighted: string | null }[];
}

/**
 * A speechSynthesis with word boundaries, like Windows and macOS voices (Linux's has none): one Swedish voice;
 * each utterance fires start, a `boundary` per word every `msPerWord`, then end. After each boundary it
 * records the page's `lyssna-word` highlight. Installed before page scripts (addInitScript).
 */
export function installFakeWordSpeech(msPerWord: number): void {
  const log: FakeWordLog = { words: [] };
  (window as unknown as { lyssnaWords: FakeWordLog }).lyssnaWords = log;
  const voice = {
    name: 'Test Svenska',
    lang: 'sv-SE',
    voiceURI: 'test-sv',
    localService: true,
    default: true,
  };
  let current: SpeechSynthesisUtterance | null = null;
  const fire = (u: SpeechSynthesisUtterance, type: string, charIndex = 0, charLength = 0) =>
    u.dispatchEvent(
      new SpeechSynthesisEvent(type, { utterance: u, charIndex, charLength, elapsedTime: 0, name: 'word' }),
    );
  const wordHighlight = (): string | null => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('lyssna-word');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  };
  const synth = {
    getVoices: () => [voice],
    speak(u: SpeechSynthesisUtterance) {
      current = u;
      const words = [...u.text.matchAll(/\S+/g)];
      setTimeout(() => {
        if (current !== u) return;
        fire(u, 'start');
        words.forEach((m, i) => {
          setTimeout(
            () => {
              if (current !== u) return;
              fire(u, 'boundary', m.index, m[0].length);
              log.words.push({ said: m[0], highlighted: wordHighlight() });
            },
            i * msPerWord + 1,
          );
        });
        setTimeout(() => current === u && fire(u, 'end'), words.length * msPerWord + 5);
      }, 0);
    },
    cancel() {
      const u = current;
      current = null;
      if (u) setTimeout(() => fire(u, 'error'), 0);
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // A page cannot construct a SpeechSynthesisVoice: let utterances hold the fake one.
  const voices = new WeakMap<object, unknown>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return voices.get(this) ?? null;
    },
    set(v: unknown) {
      voices.set(this, v);
    },
  });
}

export type { AxeViolation };

/** A demo-origin page with nothing readable (only a nav) that embeds the widget, ready to use. */
export async function openEmptyPage(session: WidgetSession): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.route(`${session.server.url}/empty`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Tom</title></head>
<body><nav><a href="/">Start</a></nav><script src="/lyssna.js" defer></script></body></html>`,
    }),
  );
  await page.goto(`${session.server.url}/empty`);
  await widgetReady(page);
  return page;
}

export interface WidgetSession {
  browser: LaunchedChromium;
  server: DemoServer;
  /** A new tab on a demo path, with the speech log installed (and `init` run) before the page's scripts. */
  open(path: string, init?: () => void): Promise<Page>;
}

/** One Chromium with real voices and the demo server for a test file, started before its tests, stopped after. */
export function useWidgetSession(): WidgetSession {
  let speech: SpeechEnv | undefined;
  const session = {
    async open(path: string, init?: () => void): Promise<Page> {
      const page = await session.browser.context.newPage();
      await page.addInitScript(installPageLog);
      if (init) await page.addInitScript(init);
      await page.goto(`${session.server.url}${path}`);
      await widgetReady(page);
      return page;
    },
  } as WidgetSession;
  beforeAll(async () => {
    speech = await startSpeechEnv();
    session.browser = await launchChromium({ speech });
    session.server = await startDemoServer({ port: 0 });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    await speech?.stop();
  });
  return session;
}
