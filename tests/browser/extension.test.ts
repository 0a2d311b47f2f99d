// The built extension, unpacked in headless Chromium with the real Swedish voice: reading started the way a
// user starts it (toolbar, keyboard command, context menu — the same handlers their listeners call) speaks
// through chrome.tts in the worker, sentence by sentence, with the page highlight following; pause, resume
// and stop work; "read selection" reads only the selection; a click in the in-page player speaks with Web
// Speech instead; a page that runs the Lyssna widget is driven, not given a second player.

import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';
import { htmlPages, type StaticServer, serveDirs } from '../support/static-server.ts';
import {
  callWorker,
  clickInShadow,
  type ExtensionBrowser,
  installPageProbe,
  instrumentTts,
  kinds,
  launchWithExtension,
  probe,
  sleep,
  tabIdOf,
  tabOf,
  ttsLog,
  waitUntil,
} from './extension-support.ts';

/** Cold start of speech-dispatcher took up to 11 s here; a sentence takes 2–5 s with espeak-ng. */
const SPEECH_TIMEOUT_MS = 60_000;
/** Long enough for a stray utterance to show up if pause/stop did not hold. */
const SILENCE_CHECK_MS = 3_000;

/** A short Swedish page: a heading and three paragraphs of plain sentences (said exactly as written). */
const SENTENCES = {
  title: 'Snöröjning i Sjövik',
  p1: ['Kommunen plogar gatorna när det snöar mycket.', 'Gångvägar och cykelvägar plogas först.'],
  p2: ['Bussgatorna kommer sedan.', 'Bostadsgatorna plogas sist.'],
  p3: ['Du kan följa plogbilarna på kartan.', 'Ring kontaktcenter om något är fel.'],
};
const ALL = [SENTENCES.title, ...SENTENCES.p1, ...SENTENCES.p2, ...SENTENCES.p3];

const page = (body: string, head = '') =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Snöröjning</title>${head}</head><body>${body}</body></html>`;
const ARTICLE = `<main><h1>${SENTENCES.title}</h1>
<p id="p1">${SENTENCES.p1.join(' ')}</p>
<p id="p2">${SENTENCES.p2.join(' ')}</p>
<p id="p3">${SENTENCES.p3.join(' ')}</p></main>`;

const ROUTES: Record<string, string> = {
  '/ext/simple.html': page(ARTICLE),
  '/ext/with-widget.html': page(ARTICLE, '<script src="/widget/lyssna.js" defer></script>'),
};

let speech: SpeechEnv;
let ext: ExtensionBrowser;
let server: StaticServer;
/** Each test's page gets its own URL, so the worker finds exactly that tab. */
let pageCounter = 0;

beforeAll(async () => {
  speech = await startSpeechEnv();
  ext = await launchWithExtension(speech);
  server = await serveDirs(
    { '/widget/': 'dist/widget', '/pages/': join(import.meta.dirname, '../fixtures/pages') },
    { routes: [htmlPages(ROUTES)] },
  );
});

// A failed test must not leave a tab reading into the next one.
afterEach(async () => {
  for (const p of ext.browser.context.pages()) await p.close().catch(() => undefined);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await speech?.stop();
});

async function open(path: string): Promise<{ page: Page; worker: Worker; tabId: number }> {
  const page = await ext.browser.context.newPage();
  await page.goto(`${server.url}${path}?n=${++pageCounter}`);
  await installPageProbe(page);
  const worker = await ext.worker();
  await instrumentTts(worker);
  return { page, worker, tabId: await tabIdOf(worker, page) };
}

const status = async (worker: Worker, tabId: number) =>
  (
    await callWorker<{ ok: boolean; status: { status: string; engine: string | null; pageWidget: boolean } }>(
      worker,
      'runTabCommand',
      tabId,
      { name: 'status' },
    )
  ).status;

describe('reading through chrome.tts', () => {
  test('the toolbar action reads every sentence in order through chrome.tts, the page highlight following', async () => {
    const { page, worker, tabId } = await open('/ext/simple.html');
    const tab = await tabOf(worker, page);
    const recorder = speech.startRecording();
    const reply = await callWorker<{ ok: boolean }>(worker, 'onAction', tab);
    expect(reply.ok).toBe(true);

    const log = await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'end').length >= ALL.length,
      SPEECH_TIMEOUT_MS * 3,
      'all sentences',
    );
    const audio = await recorder.stop();
    expect(kinds(log, 'speak')).toEqual(ALL);
    expect(kinds(log, 'start')).toEqual(ALL);
    expect(kinds(log, 'end')).toEqual(ALL);
    expect(audio.voicedSeconds).toBeGreaterThan(3); // sound really came out of the null sink

    // The highlight the page saw, sentence after sentence (the heading's <br>-free text included).
    const seen = await probe(page);
    expect(seen.highlights).toEqual(ALL);
    expect(seen.webSpeechSpoke).toBe(false); // the page's Web Speech never spoke: chrome.tts did
    const s = await waitUntil(
      () => status(worker, tabId),
      (x) => x.status === 'ended',
      10_000,
      'ended',
    );
    expect(s.engine).toBe('chrome-tts');
    await page.close();
  });

  test('the keyboard command starts, pauses, resumes and stops; nothing is spoken while paused or after stop', async () => {
    const { page, worker, tabId } = await open('/ext/simple.html');
    const tab = await tabOf(worker, page);
    await callWorker(worker, 'onCommand', 'toggle-reading', tab);
    await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'start').length >= 2,
      SPEECH_TIMEOUT_MS,
      'second sentence',
    );

    await callWorker(worker, 'onCommand', 'toggle-reading', tab); // pause
    const paused = await waitUntil(
      () => status(worker, tabId),
      (s) => s.status === 'paused',
      10_000,
      'paused',
    );
    expect(paused.status).toBe('paused');
    const speaksAtPause = kinds(await ttsLog(worker), 'speak').length;
    await sleep(SILENCE_CHECK_MS);
    expect(kinds(await ttsLog(worker), 'speak').length).toBe(speaksAtPause);
    expect((await probe(page)).current).toBe(ALL[1]); // the paused sentence stays marked

    await callWorker(worker, 'onCommand', 'toggle-reading', tab); // resume: soft pause re-speaks that sentence
    const resumed = await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'start').length >= 4,
      SPEECH_TIMEOUT_MS,
      'resumed',
    );
    const starts = kinds(resumed, 'start');
    expect(starts.slice(0, 2)).toEqual(ALL.slice(0, 2));
    expect(starts[2]).toBe(ALL[1]);
    expect(starts[3]).toBe(ALL[2]);

    await callWorker(worker, 'onCommand', 'stop-reading', tab);
    await waitUntil(
      () => status(worker, tabId),
      (s) => s.status === 'idle',
      10_000,
      'stopped',
    );
    const speaksAtStop = kinds(await ttsLog(worker), 'speak').length;
    await sleep(SILENCE_CHECK_MS);
    expect(kinds(await ttsLog(worker), 'speak').length).toBe(speaksAtStop);
    expect((await probe(page)).current).toBeNull(); // highlight cleared
    await page.close();
  });

  test('"Lyssna på markerad text" reads only the selected sentences', async () => {
    const { page, worker } = await open('/ext/simple.html');
    const tab = await tabOf(worker, page);
    // Select the second paragraph's two sentences and the first sentence of the third.
    await page.evaluate(() => {
      const p2 = document.getElementById('p2')!.firstChild!;
      const p3 = document.getElementById('p3')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(p2, 0);
      range.setEnd(p3, p3.data.indexOf('Ring') - 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const expected = [...SENTENCES.p2, SENTENCES.p3[0]!];
    const reply = await callWorker<{ ok: boolean }>(
      worker,
      'onMenu',
      { menuItemId: 'lyssna-selection', frameId: 0, editable: false, pageUrl: page.url() },
      tab,
    );
    expect(reply.ok).toBe(true);
    const log = await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'end').length >= expected.length,
      SPEECH_TIMEOUT_MS * 2,
      'selection read',
    );
    await sleep(SILENCE_CHECK_MS);
    expect(kinds(await ttsLog(worker), 'speak')).toEqual(expected);
    expect(kinds(log, 'end')).toEqual(expected);
    expect((await probe(page)).highlights).toEqual(expected);
    await page.close();
  });

  test('"Lyssna härifrån" reads from the right-clicked paragraph to the end', async () => {
    const { page, worker, tabId } = await open('/ext/simple.html');
    const tab = await tabOf(worker, page);
    // The content script is already in the tab (the user used Lyssna here before): it sees the right-click.
    await callWorker(worker, 'runTabCommand', tabId, { name: 'status' });
    await page.click('#p2', { button: 'right', position: { x: 2, y: 4 } });
    await callWorker(
      worker,
      'onMenu',
      { menuItemId: 'lyssna-from-here', frameId: 0, editable: false, pageUrl: page.url() },
      tab,
    );
    const expected = [...SENTENCES.p2, ...SENTENCES.p3];
    const log = await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'end').length >= expected.length,
      SPEECH_TIMEOUT_MS * 2,
      'from here',
    );
    expect(kinds(log, 'speak')).toEqual(expected);
    await page.close();
  });
});

describe('which engine speaks', () => {
  test('a click in the in-page player speaks with Web Speech, and chrome.tts stays silent', async () => {
    const { page, worker, tabId } = await open('/ext/simple.html');
    const tab = await tabOf(worker, page);
    // Start from the toolbar (chrome.tts), then stop: the in-page player stays open with its play button.
    await callWorker(worker, 'onAction', tab);
    await waitUntil(
      () => ttsLog(worker),
      (l) => kinds(l, 'start').length >= 1,
      SPEECH_TIMEOUT_MS,
      'first sentence',
    );
    await callWorker(worker, 'onCommand', 'stop-reading', tab);
    await waitUntil(
      () => status(worker, tabId),
      (s) => s.status === 'idle',
      10_000,
      'stopped',
    );
    const ttsSpeaks = kinds(await ttsLog(worker), 'speak').length;

    await clickInShadow(page, 'lyssna-ext-player', 'button.play'); // a real click: user activation
    const seen = await waitUntil(
      () => probe(page),
      (p) => p.webSpeechSpoke && p.current !== null,
      SPEECH_TIMEOUT_MS,
      'web speech',
    );
    expect(seen.webSpeechSpoke).toBe(true);
    const s = await waitUntil(
      () => status(worker, tabId),
      (x) => x.engine === 'web-speech',
      10_000,
      'engine',
    );
    expect(s.engine).toBe('web-speech');
    expect(kinds(await ttsLog(worker), 'speak').length).toBe(ttsSpeaks);
    await clickInShadow(page, 'lyssna-ext-player', 'button.play'); // pause again
    await page.close();
  });

  test('a page that runs the Lyssna widget is driven through it, with no second player', async () => {
    const { page, worker, tabId } = await open('/ext/with-widget.html');
    await page.waitForFunction(() => document.querySelector('lyssna-player') !== null);
    const events: string[] = [];
    await page.exposeFunction('reportWidgetEvent', (e: string) => events.push(e));
    await page.evaluate(() =>
      document.addEventListener('lyssna:statechange', (e) =>
        (window as unknown as { reportWidgetEvent(s: string): void }).reportWidgetEvent(
          (e as CustomEvent<{ status: string }>).detail.status,
        ),
      ),
    );
    const reply = await callWorker<{ ok: boolean; status: { pageWidget: boolean } }>(
      worker,
      'runTabCommand',
      tabId,
      { name: 'toggle' },
    );
    expect(reply.status.pageWidget).toBe(true);
    // The widget reacted (its own state machine moved), and the extension added no player of its own.
    await waitUntil(
      async () => events,
      (e) => e.length > 0,
      15_000,
      'widget state change',
    );
    expect(await page.evaluate(() => document.querySelectorAll('lyssna-player').length)).toBe(1);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('lyssna-ext-player, [data-lyssna-extension]').length,
      ),
    ).toBe(0);
    expect(kinds(await ttsLog(worker), 'speak')).toEqual([]);
    await page.evaluate(() => (window as unknown as { Lyssna: { stop(): void } }).Lyssna.stop());
    await page.close();
  });
});
