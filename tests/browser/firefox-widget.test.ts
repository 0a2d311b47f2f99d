// The built widget in headless Firefox ESR with the real Swedish voice (speech-dispatcher + espeak-ng): it
// reads the seed page's expected blocks in order with the sentence highlighted and the plain "Swedish" voice
// (not one of its ~100 variants), passes axe, and keeps working under the strict-CSP page.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../../widget/demo/server.ts';
import { runAxe } from '../support/axe.ts';
import { type LaunchedFirefox, launchFirefox, pollUntil } from '../support/firefox.ts';
import { type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';
import { installPageLog, normaliseText, type PageLog } from './widget-support.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pages');
/** The seed page at rate 2 takes ~40 s with espeak-ng; the first utterance may take seconds to start. */
const READ_ALL_TIMEOUT_MS = 150_000;
const LAUNCHER = 'lyssna-player >>> button.launcher';

interface PlanLike {
  blocks: { text: string; segments: { start: number; end: number; spoken: string }[] }[];
}

/** Installed after installPageLog: the native voice each utterance was given. */
function installVoiceLog(): void {
  const w = window as unknown as { lyssnaVoices: (string | null)[] };
  w.lyssnaVoices = [];
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (u: SpeechSynthesisUtterance) => {
    w.lyssnaVoices.push(u.voice ? `${u.voice.name}|${u.voice.lang}` : null);
    speak(u);
  };
}

let speech: SpeechEnv;
let firefox: LaunchedFirefox;
let server: DemoServer;

beforeAll(async () => {
  speech = await startSpeechEnv();
  firefox = await launchFirefox({ speech });
  server = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await speech?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await firefox.newPage(installPageLog);
  await page.evaluateOnNewDocument(installVoiceLog);
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(
    () => typeof (window as unknown as { Lyssna?: { play?: unknown } }).Lyssna?.play === 'function',
  );
  return page;
}

const pageLog = (page: Page): Promise<PageLog> =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { lyssnaLog: PageLog }).lyssnaLog)));
const status = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { Lyssna: { status: string } }).Lyssna.status);
/**
 * axe over the widget's own shadow trees (the fixture page's own markup is not ours to fix). The runner is
 * typed for Playwright; both pages' evaluate(fn | source, arg) behave alike.
 */
const axe = (page: Page) => runAxe(page as unknown as PlaywrightPage, ['lyssna-player', 'lyssna-selection']);

const firstWord = (s: string) => s.split(' ')[0] ?? '';
const lastWord = (s: string) => s.split(' ').at(-1) ?? '';

describe('Firefox: the widget reads the seed page perstorp-delegationen', () => {
  test('every expected block in order, each sentence once, highlighted, with the plain Swedish voice; axe clean', async () => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'perstorp-delegationen/expected.json'), 'utf8'),
    ) as {
      text: string[];
    };
    const page = await open('/sidor/perstorp-delegationen/?rate=2');
    const recorder = speech.startRecording();
    await page.click(LAUNCHER);
    await pollUntil(
      () => pageLog(page),
      (l) => l.spoken.some((s) => s.started),
      60_000,
      'first utterance',
    );
    // axe while reading: the open player, the highlight and the page together.
    expect(await axe(page)).toEqual([]);
    await pollUntil(
      () => status(page),
      (s) => s === 'ended' || s === 'error',
      READ_ALL_TIMEOUT_MS,
      'the end',
    );
    const audio = await recorder.stop();
    expect(await status(page)).toBe('ended');

    const plan = (await page.evaluate(
      () => (window as unknown as { Lyssna: { plan: PlanLike | null } }).Lyssna.plan,
    )) as PlanLike;
    const log = await pageLog(page);
    expect(plan.blocks.map((b) => b.text)).toEqual(expected.text);
    const sentences = plan.blocks.flatMap((b) => b.segments.map((s) => s.spoken));
    expect(log.spoken.map((s) => s.text)).toEqual(sentences);
    expect(log.spoken.every((s) => s.started && s.rate === 2 && s.lang.startsWith('sv'))).toBe(true);
    // Firefox lists ~100 Swedish espeak-ng variants ("Swedish+Hugo" …), none marked default: the plain one reads.
    const voices = await page.evaluate(() => (window as unknown as { lyssnaVoices: string[] }).lyssnaVoices);
    expect(new Set(voices)).toEqual(new Set(['Swedish|sv']));
    // The sentence highlight (CSS Custom Highlight API) held each sentence as it started.
    const display = plan.blocks.flatMap((b) =>
      b.segments.map((s) => normaliseText(b.text.slice(s.start, s.end))),
    );
    log.spoken.forEach((s, i) => {
      const shown = normaliseText(s.highlightAtStart ?? '');
      const want = display[i]!;
      expect(shown.startsWith(firstWord(want)) && shown.endsWith(lastWord(want)), `${shown} ≠ ${want}`).toBe(
        true,
      );
    });
    expect(await page.evaluate(() => CSS.highlights.has('lyssna-sentence'))).toBe(false);
    // Real sound went into the null sink: at rate 2 espeak-ng voices well over 10 s of this page.
    expect(audio.voicedSeconds).toBeGreaterThan(10);
    // The settings panel's voice menu: Firefox's 102 Swedish voices collapse behind the plain one.
    await page.click('lyssna-player >>> button.settings-btn');
    const menu = await pollUntil(
      () => page.$$eval('lyssna-player >>> #lyssna-voice-sv option', (os) => os.map((o) => o.textContent)),
      (names) => names.length > 1,
      20_000,
      'the voice menu',
    );
    expect(menu.slice(1)).toEqual(['Swedish']);
    // The ended player with its settings open is accessible too.
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});

describe('Firefox: strict Content-Security-Policy', () => {
  test('styled, speaking and highlighting under script-src/style-src self, with no violation', async () => {
    const page = await open('/csp/');
    const launcherBg = await page.$eval(LAUNCHER, (el) => getComputedStyle(el).backgroundColor);
    expect(launcherBg).toBe('rgb(29, 78, 216)'); // the widget's constructed stylesheet applied
    await page.click(LAUNCHER);
    const log = await pollUntil(
      () => pageLog(page),
      (l) => l.spoken.some((s) => s.started),
      60_000,
      'first utterance',
    );
    expect(log.spoken[0]!.text).toBe('Ny avfallstaxa från januari 2026');
    expect(normaliseText(log.spoken[0]!.highlightAtStart ?? '')).toBe('Ny avfallstaxa från januari 2026');
    // Drawn, not only registered: the adopted rules style the page's text in the sentence colour (#fff59d).
    // Firefox does not inherit highlight styles, so this also proves the switch from root rules to rules for
    // every element (a frame after the sheet arrives, which is a task after the first sentence).
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelectorAll('main p')[1]!, '::highlight(lyssna-sentence)')
          .backgroundColor === 'rgb(255, 245, 157)',
      { timeout: 5_000 },
    );
    await page.evaluate(() => (window as unknown as { Lyssna: { stop(): void } }).Lyssna.stop());
    expect((await pageLog(page)).cspViolations).toEqual([]);
    await page.close();
  });
});
