// The Web Speech engine over the fake speechSynthesis: voice loading, utterance setup, event filtering.

import { describe, expect, test } from 'vitest';
import type { EngineErrorCode, UtteranceHandlers } from '../../../src/core/engine.ts';
import {
  createWebSpeechEngine,
  FIREFOX_VOICES_WAIT_MS,
  VOICE_SETTLE_MS,
  webSpeechCapabilities,
} from '../../../src/core/engines/web-speech.ts';
import { detectPlatform } from '../../../src/core/platform.ts';
import {
  type FakeSpeechOptions,
  FIREFOX_LINUX,
  fakeSpeech,
  fakeVoice,
  firefoxVoice,
} from '../../fakes/fake-speech-synthesis.ts';
import { UA } from '../../fakes/player-harness.ts';

const SV = [fakeVoice('Alva', 'sv-SE'), fakeVoice('Swedish espeak-ng', 'sv')];

function setup(fake: FakeSpeechOptions, deadline?: number) {
  const f = fakeSpeech(fake);
  const engine = createWebSpeechEngine(f.synth as unknown as SpeechSynthesis, f.Utterance, {
    platform: UA.chromeLinux,
    timers: f.clock,
    ...(deadline ? { voicesDeadlineMs: deadline } : {}),
  });
  return { ...f, engine };
}

async function resolvedAt(
  p: Promise<unknown>,
  clock: { advance(ms: number): void; now: number },
  max = 20_000,
) {
  let done = false;
  let value: unknown;
  p.then((v) => {
    done = true;
    value = v;
  });
  for (let t = 0; t < max && !done; t += 50) {
    clock.advance(50);
    await Promise.resolve();
    await Promise.resolve();
  }
  return { at: clock.now, value: value as { name: string }[] };
}

describe('loadVoices', () => {
  test.each<[string, FakeSpeechOptions, number | undefined, number, number]>([
    ['listed at once', { voices: SV, voicesAfterMs: 0 }, undefined, 0, 2],
    // A list found by waiting is taken once a read VOICE_SETTLE_MS later finds it unchanged.
    [
      'announced late by voiceschanged',
      { voices: SV, voicesAfterMs: 1_200 },
      undefined,
      1_200 + VOICE_SETTLE_MS,
      2,
    ],
    [
      'never announced: found by polling',
      { voices: SV, voicesAfterMs: 900, announceVoices: false },
      undefined,
      1_000 + VOICE_SETTLE_MS,
      2,
    ],
    [
      'Firefox: grows in steps after 1.7 s, announced once complete: the whole list',
      FIREFOX_LINUX,
      undefined,
      1_700 + 5 * 20 + VOICE_SETTLE_MS,
      30,
    ],
    [
      'growing in steps under VOICE_SETTLE_MS, never announced: a poll mid-way does not end the wait',
      {
        voices: FIREFOX_LINUX.voices!,
        voicesAfterMs: 200,
        voicesGrowSteps: 6,
        voicesGrowStepMs: 50,
        announceVoices: false,
      },
      undefined,
      200 + 5 * 50 + 2 * VOICE_SETTLE_MS,
      30,
    ],
    ['never there: [] at the 5 s deadline', { voices: SV, voicesAfterMs: null }, undefined, 5_000, 0],
    ['configurable deadline', { voices: [], voicesAfterMs: null }, 2_000, 2_000, 0],
  ])('%s', async (_name, fake, deadline, atMost, count) => {
    const { engine, clock } = setup(fake, deadline);
    const { at, value } = await resolvedAt(engine.loadVoices(), clock);
    expect(at).toBeLessThanOrEqual(atMost + 50);
    expect(at).toBeGreaterThanOrEqual(Math.max(0, atMost - 300));
    expect(value).toHaveLength(count);
  });

  test('Firefox: a call while the list grows waits for the whole list; later calls answer at once', async () => {
    const f = fakeSpeech(FIREFOX_LINUX);
    const engine = createWebSpeechEngine(f.synth as unknown as SpeechSynthesis, f.Utterance, {
      platform: UA.firefoxLinux,
      timers: f.clock,
    });
    f.clock.advance(1_700 + 30); // two of six growth steps shown
    expect(f.synth.getVoices().length).toBeGreaterThan(0);
    const { value } = await resolvedAt(engine.loadVoices(), f.clock);
    expect(value).toHaveLength(30);
    let again: unknown[] = [];
    void engine.loadVoices().then((v) => {
      again = v;
    });
    await Promise.resolve();
    expect(again).toHaveLength(30);
  });

  test("Firefox's speech-dispatcher voices are local, whatever localService says", async () => {
    const { engine } = setup({ voices: [firefoxVoice('Swedish', 'sv')] });
    expect(await engine.loadVoices()).toEqual([
      {
        id: 'urn:moz-tts:speechd:Swedish?sv',
        name: 'Swedish',
        lang: 'sv',
        localService: true,
        default: false,
      },
    ]);
  });

  test('voices are reported with their tags as given', async () => {
    const { engine } = setup({ voices: [fakeVoice('Google svenska', 'sv_SE', { localService: false })] });
    expect(await engine.loadVoices()).toEqual([
      { id: 'Google svenska', name: 'Google svenska', lang: 'sv_SE', localService: false, default: false },
    ]);
  });
});

function recorder() {
  const log: string[] = [];
  const handlers: UtteranceHandlers = {
    onStart: () => log.push('start'),
    onEnd: () => log.push('end'),
    onBoundary: (i, len) => log.push(`word ${i} ${len ?? '-'}`),
    onError: (code: EngineErrorCode) => log.push(`error ${code}`),
  };
  return { log, handlers };
}

describe('speak', () => {
  test('sets lang always, the native voice, rate, volume and pitch', async () => {
    const { engine, synth, clock } = setup({ voices: SV });
    const voices = await engine.loadVoices();
    const { log, handlers } = recorder();
    engine.speak({ text: 'Hej.', lang: 'sv', voice: voices[0]!, rate: 1.5, volume: 0.5, pitch: 1 }, handlers);
    clock.advance(5_000);
    expect(synth.spoken).toMatchObject([
      { text: 'Hej.', lang: 'sv', voice: 'Alva', rate: 1.5, outcome: 'ended' },
    ]);
    expect(log).toEqual(['start', 'end']);
  });

  test('without a voice only lang is set', () => {
    const { engine, synth, clock } = setup({ voices: [] });
    engine.speak({ text: 'Hej.', lang: 'sv-SE', rate: 1, volume: 1, pitch: 1 }, recorder().handlers);
    clock.advance(5_000);
    expect(synth.spoken).toMatchObject([{ lang: 'sv-SE', voice: null, outcome: 'ended' }]);
  });

  test.each([
    ['with charLength', 'with-length', ['start', 'word 0 3', 'word 4 2', 'end']],
    ['without charLength (Safari)', 'without-length', ['start', 'word 0 -', 'word 4 -', 'end']],
    ['charLength 0 is no length', 'zero-length', ['start', 'word 0 -', 'word 4 -', 'end']],
  ] as const)('word boundaries %s; sentence boundaries ignored', (_n, boundaries, expected) => {
    const { engine, clock } = setup({ voices: SV, boundaries, sentenceBoundaries: true });
    const { log, handlers } = recorder();
    engine.speak({ text: 'Hej på', lang: 'sv', rate: 1, volume: 1, pitch: 1 }, handlers);
    clock.advance(5_000);
    expect(log).toEqual(expected);
  });

  test('not-allowed arrives synchronously inside speak()', () => {
    const { engine } = setup({ requireActivation: true });
    const { log, handlers } = recorder();
    engine.speak({ text: 'Hej.', lang: 'sv', rate: 1, volume: 1, pitch: 1 }, handlers);
    expect(log).toEqual(['error not-allowed']);
  });

  test('unknown error strings become "unknown"', () => {
    const { engine, clock } = setup({ failSpeak: { 0: 'something-new' } });
    const { log, handlers } = recorder();
    engine.speak({ text: 'Hej.', lang: 'sv', rate: 1, volume: 1, pitch: 1 }, handlers);
    clock.advance(1_000);
    expect(log).toEqual(['error unknown']);
  });

  test.each([
    ['chrome', ['start', 'error interrupted']],
    ['firefox', ['start', 'end']],
    ['safari', ['start', 'error canceled']],
    ['silent', ['start']],
  ] as const)('cancel() answered %s-style', (cancelStyle, expected) => {
    const { engine, clock } = setup({ cancelStyle });
    const { log, handlers } = recorder();
    engine.speak({ text: 'En lång mening som tar tid.', lang: 'sv', rate: 1, volume: 1, pitch: 1 }, handlers);
    clock.advance(500);
    engine.cancel();
    clock.advance(1_000);
    expect(log).toEqual(expected);
  });

  test('keepAlive is pause() then resume(); pagehide cancels until unsubscribed', () => {
    const { engine, synth } = setup({});
    engine.keepAlive!();
    const target = new EventTarget();
    const off = engine.cancelOnPageHide(target as unknown as Window);
    target.dispatchEvent(new Event('pagehide'));
    off();
    target.dispatchEvent(new Event('pagehide'));
    expect(synth.calls).toEqual(['pause', 'resume', 'cancel']);
  });
});

test.each([
  ['Chrome/Linux', UA.chromeLinux, { nativePause: false, keepAliveForRemoteVoices: true, maxRate: 3 }],
  ['Chrome/Windows', UA.chromeWindows, { nativePause: true, keepAliveForRemoteVoices: true, maxRate: 3 }],
  ['Edge/Windows', UA.edgeWindows, { nativePause: false, keepAliveForRemoteVoices: false, maxRate: 3 }],
  ['Chrome/Android', UA.chromeAndroid, { nativePause: false, keepAliveForRemoteVoices: false, maxRate: 3 }],
  ['Firefox/Linux', UA.firefoxLinux, { nativePause: false, keepAliveForRemoteVoices: false, maxRate: 3 }],
  ['Safari/macOS', UA.safariMac, { nativePause: true, keepAliveForRemoteVoices: false, maxRate: 2 }],
  ['Safari/iOS', UA.safariIos, { nativePause: false, keepAliveForRemoteVoices: false, maxRate: 2 }],
])('capabilities on %s', (_name, ua, expected) => {
  expect(webSpeechCapabilities(detectPlatform(ua))).toMatchObject(expected);
});

test.each([
  ['Firefox/Linux', UA.firefoxLinux, FIREFOX_VOICES_WAIT_MS],
  ['Firefox/Windows', UA.firefoxWindows, FIREFOX_VOICES_WAIT_MS],
  ['Chrome/Linux', UA.chromeLinux, undefined],
  ['Safari/macOS', UA.safariMac, undefined],
])('play() waits for the voice list on %s: %s ms (else the player default)', (_name, ua, wait) => {
  expect(webSpeechCapabilities(detectPlatform(ua)).voicesWaitMs).toBe(wait);
});
