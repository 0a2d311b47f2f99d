// Lyssna röster in real Chromium: the engine extension loaded unpacked (without speech-dispatcher, which hangs
// engine voices here), audio into the private PulseAudio null sink. A plain page sees its voices; the widget
// reads the seed page with it, sentence by sentence, the word highlight on the spoken word; pause, resume and
// stop work; Arabic and Tigrinya make audio of plausible length. One browser for the whole file.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../../widget/demo/server.ts';
import { type LaunchedChromium, launchChromium } from '../support/chromium.ts';
import { type Recorder, type SpeechEnv, startSpeechEnv } from '../support/speech-env.ts';
import { installPageLog, pageLog, waitForStatus, widgetReady } from './widget-support.ts';

const VOICES_DIST = resolve('dist/voices');
/** The Lyssna extension too: its chrome.tts path must get the engine's word boundaries as well. */
const LYSSNA_DIST = resolve('dist/extension');
const FIXTURES = join(import.meta.dirname, '../fixtures/pages');
/** The seed page at rate 2 is ~35 s of eSpeak NG speech; the first sentence waits for the engine to load. */
const READ_ALL_TIMEOUT_MS = 150_000;
/** eSpeak NG speaks ~2.5 words per second at its default rate: a 4–5 word sentence is 1–4 s of sound. */
const SHORT_SENTENCE_SECONDS = { min: 0.8, max: 6 };

let speech: SpeechEnv;
let browser: LaunchedChromium;
let server: DemoServer;

beforeAll(async () => {
  speech = await startSpeechEnv();
  browser = await launchChromium({
    speech,
    speechDispatcher: false,
    extensionPath: [VOICES_DIST, LYSSNA_DIST],
  });
  server = await startDemoServer({ port: 0 });
});

// Chrome's speech queue is global: a test that failed while paused would leave every later utterance queued.
afterEach(async () => {
  await (await workerOf('Lyssna')).evaluate(() => chrome.tts.resume());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await speech?.stop();
});

/** Per word boundary the page heard: the word the utterance's text has there, and the word highlight. */
interface WordLog {
  words: { said: string; highlighted: string | null }[];
}

/** Installed before page scripts: logs every word boundary and the `lyssna-word` highlight right after it. */
function installWordLog(): void {
  const log: WordLog = { words: [] };
  (window as unknown as { lyssnaWordLog: WordLog }).lyssnaWordLog = log;
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (u: SpeechSynthesisUtterance) => {
    u.addEventListener('boundary', (e) => {
      if (e.name !== 'word') return;
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
        'lyssna-word',
      );
      log.words.push({
        said: u.text.slice(e.charIndex, e.charIndex + (e.charLength || 1)),
        highlighted: h ? [...h].map((r) => r.toString()).join('') : null,
      });
    });
    speak(u);
  };
}

/** The service worker of the extension whose manifest has this short_name. */
async function workerOf(shortName: string): Promise<Worker> {
  for (;;) {
    for (const w of browser.context.serviceWorkers()) {
      const name = await w.evaluate(() => chrome.runtime.getManifest().short_name).catch(() => null);
      if (name === shortName) return w;
    }
    await browser.context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
  }
}

/** A demo-origin page with nothing on it, clicked once so it may speak. */
async function plainPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/`);
  await page.mouse.click(5, 5);
  await page.waitForFunction(() => speechSynthesis.getVoices().some((v) => v.name.startsWith('Lyssna')));
  return page;
}

interface Heard {
  type: string;
  t: number;
  charIndex?: number;
  charLength?: number;
  error?: string;
}

/**
 * In the page: speak `text` with the Lyssna voice for `lang`; `script` lists actions at moments (after the
 * n-th word, or after the previous action + ms). Resolves with every event once the utterance is over.
 */
function speakInPage(
  page: Page,
  text: string,
  lang: string,
  script: { afterWord?: number; afterMs?: number; call: 'pause' | 'resume' | 'cancel' }[] = [],
): Promise<Heard[]> {
  return page.evaluate(
    ([text, lang, script]) =>
      new Promise<Heard[]>((resolveAll) => {
        const t0 = performance.now();
        const heard: Heard[] = [];
        (window as unknown as { heard: Heard[] }).heard = heard; // for tests that act while it speaks
        const voice = speechSynthesis
          .getVoices()
          .find((v) => v.name.startsWith('Lyssna') && v.lang.toLowerCase().startsWith(lang));
        const u = new SpeechSynthesisUtterance(text);
        if (voice) u.voice = voice;
        u.lang = lang;
        let words = 0;
        let step = 0;
        const finish = () => setTimeout(() => resolveAll(heard), 800); // late events would show up here
        const run = () => {
          const action = script[step];
          if (!action) return;
          step++;
          speechSynthesis[action.call]();
          heard.push({ type: `called ${action.call}`, t: performance.now() - t0 });
          const next = script[step];
          if (next?.afterMs !== undefined) setTimeout(run, next.afterMs);
        };
        const log = (type: string, e: SpeechSynthesisEvent) =>
          heard.push({ type, t: performance.now() - t0, charIndex: e.charIndex, charLength: e.charLength });
        u.onstart = (e) => log('start', e);
        u.onpause = (e) => log('pause', e);
        u.onresume = (e) => log('resume', e);
        u.onboundary = (e) => {
          log(e.name, e);
          if (e.name === 'word' && ++words === script[step]?.afterWord) run();
        };
        u.onend = (e) => {
          log('end', e);
          finish();
        };
        u.onerror = (e) => {
          heard.push({ type: 'error', t: performance.now() - t0, error: e.error });
          finish();
        };
        speechSynthesis.speak(u);
      }),
    [text, lang, script] as const,
  );
}

describe('Lyssna röster', () => {
  test('a plain page lists a Swedish Lyssna voice, and every voice is local', async () => {
    const page = await plainPage();
    const voices = await page.evaluate(async () => {
      for (let i = 0; i < 100 && speechSynthesis.getVoices().length === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      return speechSynthesis.getVoices().map((v) => ({ name: v.name, lang: v.lang, local: v.localService }));
    });
    expect(voices).toContainEqual({ name: 'Lyssna svenska (offline)', lang: 'sv-SE', local: true });
    expect(voices.filter((v) => v.name.startsWith('Lyssna')).every((v) => v.local)).toBe(true);
    await page.close();
  });

  test('the widget reads the seed page with it, in order, with the word highlight on the spoken word', async () => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'perstorp-delegationen/expected.json'), 'utf8'),
    ) as {
      text: string[];
    };
    const page = await browser.context.newPage();
    await page.addInitScript(installPageLog);
    await page.addInitScript(installWordLog);
    await page.goto(`${server.url}/sidor/perstorp-delegationen/?rate=2`);
    await widgetReady(page);
    const recorder: Recorder = speech.startRecording();
    await page.click('lyssna-player >> button.launcher');
    await waitForStatus(page, 'ended', READ_ALL_TIMEOUT_MS);
    const audio = await recorder.stop();
    const plan = (await page.evaluate(
      () => (window as unknown as { Lyssna: { plan: unknown } }).Lyssna.plan,
    )) as { blocks: { text: string; segments: { spoken: string }[] }[] };
    const log = await pageLog(page);
    const { words } = await page.evaluate(
      () => (window as unknown as { lyssnaWordLog: WordLog }).lyssnaWordLog,
    );

    expect(plan.blocks.map((b) => b.text)).toEqual(expected.text);
    // Every sentence once, in order, each started (the engine answered every one).
    expect(log.spoken.map((s) => s.text)).toEqual(
      plan.blocks.flatMap((b) => b.segments.map((s) => s.spoken)),
    );
    expect(log.spoken.every((s) => s.started)).toBe(true);
    // Word boundaries came for the whole page (~180 words), and the highlight sat on the word being said:
    // the same word, or, where the widget expanded one ("20-21" → "20 till 21"), a word of the display text.
    expect(words.length).toBeGreaterThan(150);
    const bare = (s: string | null) => (s ?? '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const same = words.filter((w) => bare(w.said) !== '' && bare(w.said) === bare(w.highlighted));
    const differ = words.filter((w) => !same.includes(w));
    expect(same.length / words.length, JSON.stringify(differ)).toBeGreaterThan(0.9);
    expect(words.every((w) => w.highlighted !== null)).toBe(true);
    // The sink carried speech for most of the reading.
    expect(audio.voicedSeconds).toBeGreaterThan(15);
    await page.close();
  });

  test('pause stops sound and words, resume goes on, stop ends it for good', async () => {
    const page = await plainPage();
    const text =
      'Biblioteket i Perstorp har öppet varje vardag. På lördagar är det stängt, men på söndagar har vi sagostund för barn och en liten utställning om ån som rinner genom orten.';
    const heard = await speakInPage(page, text, 'sv', [
      { afterWord: 3, call: 'pause' },
      { afterMs: 1500, call: 'resume' },
      { afterMs: 1500, call: 'cancel' },
    ]);
    const at = (type: string) => heard.find((h) => h.type === type)?.t ?? Number.NaN;
    const wordsBetween = (from: number, to: number) =>
      heard.filter((h) => h.type === 'word' && h.t > from && h.t < to).length;
    expect(heard.map((h) => h.type)).toContain('start');
    // Chromium lets no extension engine declare or send `pause`/`resume` events (its manifest check rejects
    // them): the page hears none, but the sound and the word events stop and go on.
    // A word already on its way may land right after pause(); then silence until resume().
    expect(wordsBetween(at('called pause') + 300, at('called resume'))).toBe(0);
    expect(wordsBetween(at('called resume'), at('called cancel'))).toBeGreaterThan(1);
    const last = heard.at(-1)!;
    expect(last).toMatchObject({ type: 'error', error: 'interrupted' });
    expect(heard.some((h) => h.type === 'end')).toBe(false);
    expect(wordsBetween(at('called cancel') + 300, Number.POSITIVE_INFINITY)).toBe(0);
    await page.close();
  });

  test('a pause that outlives the offscreen document resumes from the last word heard', async () => {
    const page = await plainPage();
    const text =
      'Biblioteket i Perstorp har öppet varje vardag. På söndagar har vi sagostund för barn och en utställning om ån.';
    const heard = speakInPage(page, text, 'sv', [{ afterWord: 4, call: 'pause' }]);
    // (speechSynthesis.paused stays false: Blink sets it on a `pause` event, which engines cannot send.)
    await page.waitForFunction(() =>
      (window as unknown as { heard?: Heard[] }).heard?.some((h) => h.type === 'called pause'),
    );
    // What Chrome does after ~30 s of silence, done now: the offscreen document goes away.
    const engine = await workerOf('Lyssna röster');
    await engine.evaluate(() => chrome.offscreen.closeDocument());
    await page.evaluate(() => speechSynthesis.resume());
    const events = await heard;
    expect(events.at(-1)?.type).toBe('end');
    const words = events
      .filter((h) => h.type === 'word')
      .map((h) => text.slice(h.charIndex!, h.charIndex! + h.charLength!));
    // The word in flight at the pause may be said again; otherwise the text goes on in order to its end.
    expect(words.slice(0, 4)).toEqual(['Biblioteket', 'i', 'Perstorp', 'har']);
    expect(words.at(-1)).toBe('ån');
    expect(words.filter((w) => w === 'sagostund')).toHaveLength(1);
    await page.close();
  });

  test('the Lyssna extension’s chrome.tts gets word events with offsets and lengths from it', async () => {
    const worker = await workerOf('Lyssna');
    const text = 'Vi går längs ån.';
    const events = await worker.evaluate(
      (text) =>
        new Promise<{ type: string; charIndex?: number; length?: number }[]>((done) => {
          const seen: { type: string; charIndex?: number; length?: number }[] = [];
          chrome.tts.speak(text, {
            voiceName: 'Lyssna svenska (offline)',
            onEvent: (e) => {
              seen.push({ type: e.type, charIndex: e.charIndex, length: e.length });
              if (e.type === 'end' || e.type === 'error' || e.type === 'interrupted') done(seen);
            },
          });
        }),
      text,
    );
    expect(events.at(-1)?.type).toBe('end');
    const words = events
      .filter((e) => e.type === 'word')
      .map((e) => text.slice(e.charIndex!, e.charIndex! + e.length!));
    expect(words).toEqual(['Vi', 'går', 'längs', 'ån']);
  });

  test.each([
    ['ar', 'مرحبا بكم في المكتبة العامة.', ['مرحبا', 'بكم', 'في', 'المكتبة', 'العامة']],
    ['ti', 'ሰላም እንቋዕ ብደሓን መጻእኩም።', ['ሰላም', 'እንቋዕ', 'ብደሓን', 'መጻእኩም']],
  ])(
    '%s: a sentence makes audio of plausible length, its words at the right offsets',
    async (lang, text, said) => {
      const page = await plainPage();
      const recorder = speech.startRecording();
      const heard = await speakInPage(page, text, lang);
      const audio = await recorder.stop();
      expect(heard.at(-1)?.type).toBe('end');
      const words = heard
        .filter((h) => h.type === 'word')
        .map((h) => text.slice(h.charIndex!, h.charIndex! + h.charLength!));
      expect(words).toEqual(said);
      expect(audio.voicedSeconds).toBeGreaterThan(SHORT_SENTENCE_SECONDS.min);
      expect(audio.voicedSeconds).toBeLessThan(SHORT_SENTENCE_SECONDS.max);
      await page.close();
    },
  );
});
