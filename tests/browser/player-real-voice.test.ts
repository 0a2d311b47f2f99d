// Proof with a real voice: the built core reads three Swedish paragraphs through speech-dispatcher/espeak-ng
// in headless Chromium — in order, exactly once, pause/resume without repeats, stop is final, sound was made.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LaunchedChromium, launchChromium } from '../support/chromium.ts';
import { type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';
import { type StaticServer, serveDirs } from '../support/static-server.ts';

interface LogEntry {
  t: number;
  kind: 'speak' | 'start' | 'end' | 'error' | 'cancel';
  text?: string;
  code?: string;
}
interface Snapshot {
  log: LogEntry[];
  events: { type: string; status?: string; block?: number; segment?: number }[];
  sentences: string[];
}

/** Cold start of speech-dispatcher took up to 11 s here; whole-text reading at rate 1 takes ~20 s. */
const READ_ALL_TIMEOUT_MS = 120_000;
/** Speech-dispatcher/espeak-ng speaks roughly 12–15 characters a second at rate 1. */
const MIN_CHARS_PER_VOICED_SECOND = 5;
const MAX_CHARS_PER_VOICED_SECOND = 40;

let speech: SpeechEnv;
let browser: LaunchedChromium;
let server: StaticServer;

const snapshot = (page: Page) =>
  page.evaluate(() => {
    const t = (window as unknown as { lyssnaTest: Snapshot }).lyssnaTest;
    return JSON.parse(JSON.stringify({ log: t.log, events: t.events, sentences: t.sentences })) as Snapshot;
  });

async function waitFor(page: Page, predicate: (s: Snapshot) => boolean, timeout = READ_ALL_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await snapshot(page);
    if (predicate(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out; log: ${JSON.stringify(s.log.slice(-6))}`);
    await page.waitForTimeout(100);
  }
}

const kinds = (s: Snapshot, kind: LogEntry['kind']) =>
  s.log.filter((e) => e.kind === kind).map((e) => e.text);

async function openPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/pages/player.html`);
  await page.waitForFunction(() => 'lyssnaTest' in window);
  return page;
}

beforeAll(async () => {
  speech = await startSpeechEnv();
  browser = await launchChromium({ speech });
  server = await serveDirs({ '/lib/': 'dist/lib', '/pages/': join(import.meta.dirname, 'pages') });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await speech?.stop();
});

describe('the built core with the real Swedish voice', () => {
  test('reads every sentence in order, exactly once, and the sink carries speech of matching length', async () => {
    const recorder = speech.startRecording();
    const page = await openPage();
    await page.click('#play'); // a real click: the user activation Chrome wants before speak()
    const done = await waitFor(page, (s) => s.events.some((e) => e.type === 'ended'));
    const audio = await recorder.stop();

    expect(kinds(done, 'start')).toEqual(done.sentences);
    expect(kinds(done, 'end')).toEqual(done.sentences);
    expect(done.log.filter((e) => e.kind === 'error')).toEqual([]);
    const states = done.events.filter((e) => e.type === 'state').map((e) => e.status);
    expect(states).toContain('playing');
    expect(states.at(-1)).toBe('ended');

    const chars = done.sentences.join(' ').length;
    expect(audio.voicedSeconds).toBeGreaterThan(chars / MAX_CHARS_PER_VOICED_SECOND);
    expect(audio.voicedSeconds).toBeLessThan(chars / MIN_CHARS_PER_VOICED_SECOND);
    await page.close();
  });

  test('pause then resume continues from the paused sentence without repeating earlier ones', async () => {
    const page = await openPage();
    await page.click('#play');
    // Pause while the third sentence is being spoken.
    const before = await waitFor(page, (s) => kinds(s, 'start').length >= 3);
    const pausedAt = kinds(before, 'start')[2];
    await page.evaluate(() =>
      (window as unknown as { lyssnaTest: { player: { pause(): void } } }).lyssnaTest.player.pause(),
    );
    await page.waitForTimeout(1500);
    const paused = await snapshot(page);
    expect(paused.events.filter((e) => e.type === 'state').at(-1)?.status).toBe('paused');
    const startsWhilePaused = kinds(paused, 'start').length;
    await page.waitForTimeout(1500);
    expect(kinds(await snapshot(page), 'start').length).toBe(startsWhilePaused); // silent while paused

    await page.evaluate(() =>
      (window as unknown as { lyssnaTest: { player: { resume(): void } } }).lyssnaTest.player.resume(),
    );
    const done = await waitFor(page, (s) => s.events.some((e) => e.type === 'ended'));
    const starts = kinds(done, 'start');
    const ends = kinds(done, 'end');
    // Every sentence ended exactly once, in order; only the paused sentence may start twice (soft pause).
    expect(ends).toEqual(done.sentences);
    const resumedFrom = starts[3];
    expect(resumedFrom && pausedAt?.endsWith(resumedFrom)).toBe(true);
    expect([...starts.slice(0, 3), ...starts.slice(4)]).toEqual(done.sentences);
    await page.close();
  });

  test('stop stops: nothing is spoken after it', async () => {
    const page = await openPage();
    await page.click('#play');
    await waitFor(page, (s) => kinds(s, 'start').length >= 2);
    await page.evaluate(() =>
      (window as unknown as { lyssnaTest: { player: { stop(): void } } }).lyssnaTest.player.stop(),
    );
    const atStop = await snapshot(page);
    await page.waitForTimeout(4000);
    const later = await snapshot(page);
    expect(kinds(later, 'speak').length).toBe(kinds(atStop, 'speak').length);
    expect(kinds(later, 'start').length).toBe(kinds(atStop, 'start').length);
    expect(later.events.filter((e) => e.type === 'state').at(-1)?.status).toBe('idle');
    await page.close();
  });
});
