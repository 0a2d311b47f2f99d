// chrome.tts behind SpeechEngine: events mapped to the player's handlers, voices mapped to VoiceInfo,
// and the port round trip (proxy in the content script ↔ server in the worker) with a fake chrome.tts.
import { describe, expect, test, vi } from 'vitest';
import type { EngineErrorCode, UtteranceHandlers } from '../../../src/core/engine.ts';
import type { TtsClientMessage, TtsServerMessage } from '../../../src/extension/messages.ts';
import {
  type ChromeTtsLike,
  createChromeTtsEngine,
  mapTtsErrorMessage,
  toVoiceInfo,
} from '../../../src/extension/tts-engine.ts';
import { createTtsProxyEngine } from '../../../src/extension/tts-proxy-engine.ts';
import { createTtsServer } from '../../../src/extension/tts-server.ts';

/** A fake chrome.tts that records calls and lets the test fire events for the last utterance. */
function fakeTts(voices: chrome.tts.TtsVoice[] = []) {
  const spoken: { text: string; options: chrome.tts.TtsOptions }[] = [];
  let stops = 0;
  const tts: ChromeTtsLike & { voices: chrome.tts.TtsVoice[] } = {
    voices,
    speak(text, options) {
      spoken.push({ text, options });
      return Promise.resolve();
    },
    stop() {
      stops++;
      const last = spoken.at(-1);
      last?.options.onEvent?.({ type: 'interrupted' });
    },
    getVoices(cb) {
      cb(tts.voices);
    },
  };
  const fire = (event: chrome.tts.TtsEvent, index = spoken.length - 1) =>
    spoken[index]?.options.onEvent?.(event);
  return { tts, spoken, fire, stops: () => stops };
}

type Log = (string | number | undefined)[][];
function recorder(): { log: Log; handlers: UtteranceHandlers } {
  const log: Log = [];
  return {
    log,
    handlers: {
      onStart: () => log.push(['start']),
      onEnd: () => log.push(['end']),
      onBoundary: (i, l) => log.push(['word', i, l]),
      onError: (code: EngineErrorCode) => log.push(['error', code]),
    },
  };
}

const request = { text: 'Hej på dig.', lang: 'sv', rate: 1.25, pitch: 1, volume: 0.8 };

describe('chrome.tts events → UtteranceHandlers', () => {
  test.each([
    ['start then end', [{ type: 'start' }, { type: 'end' }], [['start'], ['end']]],
    ['word with length', [{ type: 'word', charIndex: 4, length: 2 }], [['word', 4, 2]]],
    ['word with length -1 (unknown)', [{ type: 'word', charIndex: 4, length: -1 }], [['word', 4, undefined]]],
    ['interrupted', [{ type: 'start' }, { type: 'interrupted' }], [['start'], ['error', 'interrupted']]],
    ['cancelled (removed from the queue)', [{ type: 'cancelled' }], [['error', 'canceled']]],
    ['error', [{ type: 'error', errorMessage: 'Voice not found' }], [['error', 'voice-unavailable']]],
    [
      'sentence, marker, pause, resume ignored',
      [{ type: 'sentence' }, { type: 'marker' }, { type: 'pause' }, { type: 'resume' }],
      [],
    ],
    ['nothing after the end', [{ type: 'end' }, { type: 'start' }, { type: 'end' }], [['end']]],
    ['nothing after an error', [{ type: 'error' }, { type: 'end' }], [['error', 'synthesis-failed']]],
  ] as [string, chrome.tts.TtsEvent[], Log][])('%s', (_name, events, expected) => {
    const { tts, fire } = fakeTts();
    const engine = createChromeTtsEngine(tts);
    const { log, handlers } = recorder();
    engine.speak(request, handlers);
    for (const e of events) fire(e);
    expect(log).toEqual(expected);
  });

  test('speak passes lang, rate, pitch, volume and the voice name, never enqueues', () => {
    const { tts, spoken } = fakeTts();
    const engine = createChromeTtsEngine(tts);
    engine.speak(
      { ...request, voice: { id: 'Alva', name: 'Alva', lang: 'sv-SE', localService: true, default: false } },
      recorder().handlers,
    );
    expect(spoken[0]?.text).toBe('Hej på dig.');
    expect(spoken[0]?.options).toMatchObject({
      lang: 'sv',
      rate: 1.25,
      pitch: 1,
      volume: 0.8,
      voiceName: 'Alva',
      enqueue: false,
    });
  });

  test('a rejected speak() promise (bad voice name) becomes an error event', async () => {
    const { tts } = fakeTts();
    tts.speak = () => Promise.reject(new Error('Invalid voice name'));
    const { log, handlers } = recorder();
    createChromeTtsEngine(tts).speak(request, handlers);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual([['error', 'voice-unavailable']]);
  });

  test.each([
    [undefined, 'synthesis-failed'],
    ['Language not supported', 'language-unavailable'],
    ['Utterance too long', 'text-too-long'],
    ['Network error', 'network'],
    ['Audio device busy', 'audio-busy'],
    ['something else', 'synthesis-failed'],
  ])('error message %j → %s', (message, code) => {
    expect(mapTtsErrorMessage(message)).toBe(code);
  });
});

describe('chrome.tts voices → VoiceInfo', () => {
  test.each([
    [
      { voiceName: 'Swedish espeak-ng', lang: 'sv', remote: false },
      { id: 'Swedish espeak-ng', name: 'Swedish espeak-ng', lang: 'sv', localService: true, default: false },
    ],
    [
      { voiceName: 'Google svenska', lang: 'sv-SE', remote: true },
      { id: 'Google svenska', name: 'Google svenska', lang: 'sv-SE', localService: false, default: false },
    ],
    [
      { voiceName: 'No lang' },
      { id: 'No lang', name: 'No lang', lang: '', localService: true, default: false },
    ],
    [{ lang: 'sv' }, null],
  ] as [chrome.tts.TtsVoice, unknown][])('%j', (voice, expected) => {
    expect(toVoiceInfo(voice)).toEqual(expected);
  });

  test('loadVoices polls a late list until it arrives', async () => {
    vi.useFakeTimers();
    const { tts } = fakeTts([]);
    const engine = createChromeTtsEngine(tts, { voiceDeadlineMs: 5000, voicePollMs: 250 });
    const promise = engine.loadVoices();
    await vi.advanceTimersByTimeAsync(600);
    tts.voices = [{ voiceName: 'Swedish espeak-ng', lang: 'sv' }];
    await vi.advanceTimersByTimeAsync(300);
    expect((await promise).map((v) => v.name)).toEqual(['Swedish espeak-ng']);
    vi.useRealTimers();
  });

  test('loadVoices gives [] at the deadline when none come', async () => {
    vi.useFakeTimers();
    const engine = createChromeTtsEngine(fakeTts([]).tts, { voiceDeadlineMs: 1000, voicePollMs: 250 });
    const promise = engine.loadVoices();
    await vi.advanceTimersByTimeAsync(1500);
    expect(await promise).toEqual([]);
    vi.useRealTimers();
  });
});

/** Two fake ports wired together, as chrome.runtime.connect would. */
function portPair() {
  type L = (m: unknown) => void;
  const toServer: L[] = [];
  const toClient: L[] = [];
  const serverGone: (() => void)[] = [];
  const clientGone: (() => void)[] = [];
  const sentByClient: TtsClientMessage[] = [];
  let connected = true;
  // Structured clone, as the real channel does: nothing shared by reference.
  const clone = (m: unknown) => JSON.parse(JSON.stringify(m)) as unknown;
  const client = {
    postMessage: (m: TtsClientMessage) => {
      if (!connected) throw new Error('disconnected');
      sentByClient.push(m);
      for (const l of toServer) l(clone(m));
    },
    onMessage: { addListener: (l: L) => toClient.push(l) },
    onDisconnect: { addListener: (l: () => void) => clientGone.push(l) },
    disconnect: () => {
      connected = false;
      for (const l of serverGone) l();
    },
  };
  const server = {
    postMessage: (m: TtsServerMessage) => {
      if (connected) for (const l of toClient) l(clone(m));
    },
    onMessage: { addListener: (l: L) => toServer.push(l) },
    onDisconnect: { addListener: (l: () => void) => serverGone.push(l) },
  };
  const workerDies = () => {
    connected = false;
    for (const l of clientGone) l();
    for (const l of serverGone) l();
  };
  return { client, server, sentByClient, workerDies };
}

describe('the speech port: proxy engine ↔ worker server ↔ chrome.tts', () => {
  function setup(voices: chrome.tts.TtsVoice[] = []) {
    const fake = fakeTts(voices);
    const server = createTtsServer(createChromeTtsEngine(fake.tts, { voiceDeadlineMs: 0 }));
    const pair = portPair();
    const proxy = createTtsProxyEngine(() => {
      server.serve(pair.server);
      return pair.client;
    });
    return { ...fake, ...pair, proxy, server };
  }

  test('speak travels to chrome.tts and its events come back to the right handlers', () => {
    const s = setup();
    const { log, handlers } = recorder();
    s.proxy.speak(request, handlers);
    expect(s.spoken.map((u) => u.text)).toEqual(['Hej på dig.']);
    s.fire({ type: 'start' });
    s.fire({ type: 'word', charIndex: 4, length: 2 });
    s.fire({ type: 'end' });
    expect(log).toEqual([['start'], ['word', 4, 2], ['end']]);
  });

  test('cancel stops chrome.tts and the interrupted utterance reports interrupted', () => {
    const s = setup();
    const { log, handlers } = recorder();
    s.proxy.speak(request, handlers);
    s.fire({ type: 'start' });
    s.proxy.cancel();
    expect(s.stops()).toBe(1);
    expect(log).toEqual([['start'], ['error', 'interrupted']]);
  });

  test('voices arrive as VoiceInfo', async () => {
    const s = setup([{ voiceName: 'Swedish espeak-ng', lang: 'sv' }]);
    expect(await s.proxy.loadVoices()).toEqual([
      { id: 'Swedish espeak-ng', name: 'Swedish espeak-ng', lang: 'sv', localService: true, default: false },
    ]);
  });

  test('a worker that dies mid-utterance fails it instead of leaving the player waiting', () => {
    const s = setup();
    const { log, handlers } = recorder();
    s.proxy.speak(request, handlers);
    s.fire({ type: 'start' });
    s.workerDies();
    expect(log).toEqual([['start'], ['error', 'synthesis-failed']]);
  });

  test('closing the tab (port disconnect) stops its speech', () => {
    const s = setup();
    s.proxy.speak(request, recorder().handlers);
    s.proxy.dispose?.();
    expect(s.stops()).toBe(1);
  });

  test('a malformed message on the port is dropped, chrome.tts never sees it', () => {
    const fake = fakeTts();
    const server = createTtsServer(createChromeTtsEngine(fake.tts));
    const pair = portPair();
    server.serve(pair.server);
    pair.client.postMessage({ type: 'speak', id: 1, text: '', lang: 'sv', rate: 1, pitch: 1, volume: 1 });
    pair.client.postMessage({ type: 'speak', id: 2, text: 'x', lang: 'sv', rate: 99, pitch: 1, volume: 1 });
    expect(fake.spoken).toEqual([]);
  });

  test('keeps the worker alive with pings while an utterance is out, and stops after its end', () => {
    vi.useFakeTimers();
    const fake = fakeTts();
    const server = createTtsServer(createChromeTtsEngine(fake.tts));
    const pair = portPair();
    const proxy = createTtsProxyEngine(
      () => {
        server.serve(pair.server);
        return pair.client;
      },
      { keepAliveMs: 1000 },
    );
    proxy.speak(request, recorder().handlers);
    vi.advanceTimersByTime(3500);
    const pings = () => pair.sentByClient.filter((m) => m.type === 'ping').length;
    expect(pings()).toBe(3);
    fake.fire({ type: 'end' });
    vi.advanceTimersByTime(5000);
    expect(pings()).toBe(3);
    vi.useRealTimers();
  });
});
