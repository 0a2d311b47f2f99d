// Which engine speaks: chrome.tts for commands without page activation, Web Speech after a click in our
// player; a switch silences the other engine; capabilities are safe for both.
import { describe, expect, test } from 'vitest';
import type { EngineCapabilities, SpeechEngine, UtteranceHandlers } from '../../../src/core/engine.ts';
import { createSwitchEngine } from '../../../src/extension/switch-engine.ts';

function fakeEngine(name: string, caps: Partial<EngineCapabilities> = {}) {
  const calls: string[] = [];
  const engine: SpeechEngine = {
    name,
    capabilities: {
      nativePause: true,
      boundaries: false,
      keepAliveForRemoteVoices: true,
      minRate: 0.1,
      maxRate: 10,
      ...caps,
    },
    loadVoices: async () => [{ id: name, name, lang: 'sv', localService: true, default: false }],
    speak: (r) => calls.push(`speak ${r.text}`),
    cancel: () => calls.push('cancel'),
    keepAlive: () => calls.push('keepAlive'),
  };
  return { engine, calls };
}
const req = (text: string) => ({ text, lang: 'sv', rate: 1, volume: 1, pitch: 1 });
const noop: UtteranceHandlers = { onStart() {}, onEnd() {}, onBoundary() {}, onError() {} };

describe('createSwitchEngine', () => {
  test.each([
    ['starts on chrome.tts', [], 'tts', 'chrome-tts'],
    ['web speech after use()', ['web-speech'], 'web', 'web-speech'],
    ['back to chrome.tts', ['web-speech', 'chrome-tts'], 'tts', 'chrome-tts'],
  ] as const)('%s', async (_name, uses, speaker, lastUsed) => {
    const tts = fakeEngine('tts');
    const web = fakeEngine('web');
    const sw = createSwitchEngine({ 'chrome-tts': tts.engine, 'web-speech': web.engine });
    expect(sw.lastUsed).toBeNull();
    for (const u of uses) sw.use(u);
    sw.speak(req('Hej.'), noop);
    const spoke = speaker === 'tts' ? tts.calls : web.calls;
    const silent = speaker === 'tts' ? web.calls : tts.calls;
    expect(spoke).toContain('speak Hej.');
    expect(silent.filter((c) => c.startsWith('speak'))).toEqual([]);
    expect(sw.lastUsed).toBe(lastUsed);
    expect((await sw.loadVoices())[0]?.name).toBe(speaker);
  });

  test('switching cancels what the other engine is saying', () => {
    const tts = fakeEngine('tts');
    const web = fakeEngine('web');
    const sw = createSwitchEngine({ 'chrome-tts': tts.engine, 'web-speech': web.engine });
    sw.speak(req('Ett.'), noop);
    sw.use('web-speech');
    expect(tts.calls).toEqual(['speak Ett.', 'cancel']);
  });

  test('cancel reaches both engines (a late utterance of either must stop)', () => {
    const tts = fakeEngine('tts');
    const web = fakeEngine('web');
    createSwitchEngine({ 'chrome-tts': tts.engine, 'web-speech': web.engine }).cancel();
    expect([tts.calls, web.calls]).toEqual([['cancel'], ['cancel']]);
  });

  test('without Web Speech everything stays on chrome.tts', () => {
    const tts = fakeEngine('tts');
    const sw = createSwitchEngine({ 'chrome-tts': tts.engine, 'web-speech': null });
    sw.use('web-speech');
    expect(sw.mode).toBe('chrome-tts');
    sw.speak(req('Hej.'), noop);
    expect(sw.lastUsed).toBe('chrome-tts');
  });

  test('capabilities: soft pause, no keep-alive, the narrower rate range', () => {
    const sw = createSwitchEngine({
      'chrome-tts': fakeEngine('tts', { minRate: 0.5, maxRate: 3 }).engine,
      'web-speech': fakeEngine('web', { minRate: 0.3, maxRate: 2 }).engine,
    });
    expect(sw.capabilities).toEqual({
      nativePause: false,
      boundaries: false,
      keepAliveForRemoteVoices: false,
      minRate: 0.5,
      maxRate: 2,
    });
  });

  test.each([
    ['Firefox: Web Speech waits 10 s for its voice list', undefined, 10_000, 10_000],
    ['neither asks for a wait: the player default', undefined, undefined, undefined],
    ['the longer of two waits', 3_000, 10_000, 10_000],
  ])('capabilities: voice-list wait — %s', (_name, ttsWait, webWait, expected) => {
    const sw = createSwitchEngine({
      'chrome-tts': fakeEngine('tts', ttsWait === undefined ? {} : { voicesWaitMs: ttsWait }).engine,
      'web-speech': fakeEngine('web', webWait === undefined ? {} : { voicesWaitMs: webWait }).engine,
    });
    expect(sw.capabilities.voicesWaitMs).toBe(expected);
  });

  test('keep-alive reaches Web Speech only while it speaks', () => {
    const tts = fakeEngine('tts');
    const web = fakeEngine('web');
    const sw = createSwitchEngine({ 'chrome-tts': tts.engine, 'web-speech': web.engine });
    sw.keepAlive?.();
    sw.use('web-speech');
    sw.keepAlive?.();
    expect(web.calls).toEqual(['keepAlive']);
    expect(tts.calls).toEqual(['cancel']);
  });
});
