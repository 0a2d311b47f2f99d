// Shared helpers for the extension's real-browser tests: the built extension loaded unpacked, the handlers
// the toolbar/keyboard/context-menu listeners call (run in the service worker), a log of what chrome.tts was
// asked to say, and probes of the page's highlight and Web Speech state in its main world.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { type LaunchedChromium, launchChromium } from '../support/chromium.ts';
import { addBackgroundHooks } from '../support/extension-hooks.ts';
import type { SpeechEnv } from '../support/speech-env.ts';

export const DIST = resolve('dist/extension');

/**
 * A real toolbar click, menu click or shortcut grants `activeTab` for the tab; a test cannot click Chrome's
 * toolbar, so the copy under test also holds the loopback origin the fixtures are served from, and exposes
 * the background's handlers (addBackgroundHooks). Those are the only differences from dist/extension (the
 * manifest test checks the shipped permissions).
 */
export function testCopyOfExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lyssna-ext-'));
  cpSync(DIST, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest));
  addBackgroundHooks(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ExtensionBrowser {
  browser: LaunchedChromium;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(speech: SpeechEnv): Promise<ExtensionBrowser> {
  const copy = testCopyOfExtension();
  const browser = await launchChromium({ speech, extensionPath: copy.dir });
  const worker = async () => {
    const existing = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await browser.context.waitForEvent('serviceworker'));
  };
  const first = await worker();
  const extensionId = new URL(first.url()).host;
  return {
    browser,
    extensionId,
    worker,
    async close() {
      await browser.close();
      copy.remove();
    },
  };
}

/** What chrome.tts was asked and what it reported, in the worker (installed once per worker life). */
export interface TtsLogEntry {
  kind: string;
  text?: string;
  t: number;
}

export async function instrumentTts(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { ttsLog?: unknown[]; ttsPatched?: boolean };
    g.ttsLog = [];
    if (g.ttsPatched) return;
    g.ttsPatched = true;
    const tts = chrome.tts as unknown as {
      speak(text: string, options: chrome.tts.TtsOptions): unknown;
      stop(): void;
    };
    const speak = tts.speak.bind(tts);
    const stop = tts.stop.bind(tts);
    const log = (e: object) => (g.ttsLog as object[]).push({ ...e, t: Date.now() });
    tts.speak = (text, options) => {
      log({ kind: 'speak', text });
      const onEvent = options.onEvent;
      return speak(text, {
        ...options,
        onEvent: (e) => {
          log({ kind: e.type, text });
          onEvent?.(e);
        },
      });
    };
    tts.stop = () => {
      log({ kind: 'stop' });
      stop();
    };
  });
}

export const ttsLog = (worker: Worker): Promise<TtsLogEntry[]> =>
  worker.evaluate(() => (globalThis as unknown as { ttsLog: TtsLogEntry[] }).ttsLog ?? []);

export const kinds = (log: TtsLogEntry[], kind: string): string[] =>
  log.filter((e) => e.kind === kind).map((e) => e.text ?? '');

/** The handlers the listeners call, as the service worker exposes them for tests. */
export type Handler = 'runTabCommand' | 'onAction' | 'onCommand' | 'onMenu';

export async function callWorker<T = unknown>(
  worker: Worker,
  handler: Handler,
  ...args: unknown[]
): Promise<T> {
  return worker.evaluate(
    ([name, a]) =>
      (globalThis as unknown as { lyssna: Record<string, (...x: unknown[]) => Promise<unknown>> }).lyssna[
        name as string
      ]!(...(a as unknown[])),
    [handler, args] as const,
  ) as Promise<T>;
}

export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const id = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** A tab object as chrome.action/commands/contextMenus listeners receive it. */
export async function tabOf(worker: Worker, page: Page): Promise<chrome.tabs.Tab> {
  const id = await tabIdOf(worker, page);
  return worker.evaluate((tabId) => chrome.tabs.get(tabId), id);
}

/**
 * In the page's main world: sample the sentence highlight and Web Speech's `speaking` flag every 25 ms.
 * The content script runs in an isolated world; what it highlights and speaks is visible here.
 */
export async function installPageProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { probe?: { highlights: string[]; webSpeechSpoke: boolean } };
    if (w.probe) return;
    const probe = { highlights: [] as string[], webSpeechSpoke: false };
    w.probe = probe;
    const text = (name: string) => {
      const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      const h = reg?.get(name);
      return h ? [...h].map((r) => r.toString()).join('') : null;
    };
    setInterval(() => {
      const t = text('lyssna-sentence');
      if (t && probe.highlights.at(-1) !== t) probe.highlights.push(t);
      if (window.speechSynthesis?.speaking) probe.webSpeechSpoke = true;
    }, 25);
  });
}

export interface Probe {
  highlights: string[];
  webSpeechSpoke: boolean;
  current: string | null;
}

export const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => {
    const w = window as unknown as { probe: { highlights: string[]; webSpeechSpoke: boolean } };
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const h = reg?.get('lyssna-sentence');
    return {
      highlights: [...w.probe.highlights],
      webSpeechSpoke: w.probe.webSpeechSpoke,
      current: h ? [...h].map((r) => r.toString()).join('') : null,
    };
  });

export async function waitUntil<T>(
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
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export { type AxeViolation, runAxe } from '../support/axe.ts';

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * For the test's eyes only: give the page's main world the closed shadow root of our `hostTag` element as
 * `host.shadowRoot` (the DevTools protocol sees closed roots; a page cannot). After this, page.evaluate and
 * axe look inside as they would in an open root. Attack steps run before it, so they see what a page sees.
 */
export async function revealClosedShadow(page: Page, hostTag: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      if (n.localName === hostTag && n.shadowRoots?.length) return n;
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    if (!host) throw new Error(`no ${hostTag} with a shadow root`);
    const resolve = async (backendNodeId: number) =>
      ((await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } }).object
        .objectId;
    await cdp.send('Runtime.callFunctionOn', {
      objectId: await resolve(host.backendNodeId),
      functionDeclaration:
        'function (r) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => r }); }',
      arguments: [{ objectId: await resolve(host.shadowRoots![0]!.backendNodeId) }],
    });
  } finally {
    await cdp.detach();
  }
}

/** A real (trusted) mouse click on `selector` inside our host's closed shadow root. */
export async function clickInShadow(page: Page, hostTag: string, selector: string): Promise<void> {
  await revealClosedShadow(page, hostTag);
  const box = await page.evaluate(
    ([tag, sel]) => {
      const r = document.querySelector(tag)?.shadowRoot?.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    [hostTag, selector] as const,
  );
  if (!box) throw new Error(`no ${selector} in ${hostTag}`);
  await page.mouse.click(box.x, box.y);
}
