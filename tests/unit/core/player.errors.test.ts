// Error paths through the real player + Web Speech engine + fake: each notes rule for error codes.

import { expect, test } from 'vitest';
import { errorMessages } from '../../../src/core/error-messages.ts';
import type { PlayerEvent } from '../../../src/core/player-types.ts';
import { fakeVoice } from '../../fakes/fake-speech-synthesis.ts';
import { createHarness, UA } from '../../fakes/player-harness.ts';

const ALL = [0, 1, 2, 3, 4, 5, 6];
const ALVA_KLARA = [fakeVoice('Alva', 'sv-SE'), fakeVoice('Klara', 'sv-SE')];

function codes(events: PlayerEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'error' ? [e.error.code] : []));
}

test('not-allowed: error status, no automatic retry; play again (after a click) reads everything once', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, requireActivation: true } });
  h.player.play();
  await h.settle();
  expect(h.player.status).toBe('error');
  expect(codes(h.events)).toEqual(['not-allowed']);
  expect(h.synth.spoken).toHaveLength(1);
  const error = h.events.find((e) => e.type === 'error');
  expect(error).toMatchObject({ error: { code: 'not-allowed', fatal: true } });
  expect(errorMessages('not-allowed').sv).toContain('Klicka');
  h.synth.activate();
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  expect(h.player.status).toBe('ended');
});

test('synthesis-failed once: retried, nothing reported, nothing skipped', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, failSpeak: { 1: 'synthesis-failed' } } });
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  expect(h.synth.spoken.filter((r) => r.outcome === 'error').map((r) => r.index)).toEqual([1]);
  expect(codes(h.events)).toEqual([]);
});

test('a voice that always fails: retry, then the other voice of the language', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, failVoice: { Alva: 'audio-busy' } } });
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  expect(h.synth.spoken.filter((r) => r.startedAt !== null).every((r) => r.voice === 'Klara')).toBe(true);
  expect(codes(h.events)).toEqual([]);
});

test('network errors on every voice: each sentence skipped with a notice, then engine-failed', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, failVoice: { Alva: 'network', Klara: 'network' } } });
  h.player.play();
  await h.settle();
  expect(codes(h.events)).toEqual(['segment-skipped', 'segment-skipped', 'engine-failed']);
  expect(h.player.status).toBe('error');
  // Each sentence: try, retry, other voice — never more.
  expect(h.synth.spoken.map((r) => r.voice)).toEqual(
    Array.from({ length: 3 }, () => ['Alva', 'Alva', 'Klara']).flat(),
  );
});

test('voice-unavailable: the voice is dropped and the rest is read with lang only', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, failVoice: { Alva: 'voice-unavailable' } } });
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  expect(h.synth.spoken.filter((r) => r.startedAt !== null).every((r) => r.voice === null)).toBe(true);
  expect(
    h.events.filter((e) => e.type === 'voice').map((e) => (e.type === 'voice' ? e.voice?.name : '')),
  ).toEqual(['Alva', undefined]);
});

test('text-too-long: the long sentence is split again and read whole, in order', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, maxTextLength: 100 } });
  h.player.play();
  await h.settle();
  const started = h.synth.spoken.filter((r) => r.outcome === 'ended').map((r) => r.text);
  const sentences = h.plan.blocks.flatMap((b) => b.segments.map((s) => s.spoken));
  expect(started.join(' ')).toBe(sentences.join(' '));
  expect(started.length).toBeGreaterThan(sentences.length);
  expect(h.events.filter((e) => e.type === 'segment')).toHaveLength(7);
});

test('start watchdog: an utterance that never starts is cancelled and retried', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, neverStart: [0] } });
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  expect(h.synth.spoken[0]).toMatchObject({ outcome: 'dropped' });
  // The first (cold) start is given 15 s.
  expect(h.synth.spoken[1]!.startedAt).toBeGreaterThanOrEqual(15_000);
});

test('slow rates shrink utterances for remote voices (15 s cut-off)', async () => {
  const h = createHarness({
    ua: UA.chromeWindows,
    fake: { voices: [fakeVoice('Google svenska', 'sv-SE', { localService: false })], remoteCutOffMs: 15_000 },
    settings: { rate: 0.5 },
  });
  h.player.play();
  await h.settle();
  expect(Math.max(...h.synth.spoken.map((r) => r.text.length))).toBeLessThanOrEqual(100);
  expect(h.synth.spoken.every((r) => r.outcome === 'ended')).toBe(true);
});

test('pagehide cancels speech and resets; nothing is spoken afterwards', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA } });
  const page = new EventTarget();
  const { createPlayer } = await import('../../../src/core/player.ts');
  const player = createPlayer({
    engine: h.engine,
    timers: h.clock,
    pageHideTarget: page as unknown as Window,
  });
  player.load(h.plan);
  player.play();
  await h.advance(3_000);
  page.dispatchEvent(new Event('pagehide'));
  const spokenBefore = h.synth.spoken.length;
  await h.advance(60_000);
  expect(player.status).toBe('idle');
  expect(h.synth.spoken.length).toBe(spokenBefore);
  expect(h.synth.calls[h.synth.calls.length - 1]).toBe('cancel');
});

test('a voice list arriving late is used from the next sentence; announced once', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA, voicesAfterMs: 3_000 } });
  h.player.play();
  await h.settle();
  expect(h.startedOrdinals()).toEqual(ALL);
  const voices = h.synth.spoken.map((r) => r.voice);
  expect(voices[0]).toBeNull();
  expect(voices.slice(-3)).toEqual(['Alva', 'Alva', 'Alva']);
  expect(codes(h.events)).toEqual([]);
});

test('Safari clamps the rate to 2', () => {
  const h = createHarness({ ua: UA.safariMac, fake: { voices: ALVA_KLARA } });
  h.player.setRate(3);
  expect(h.player.settings.rate).toBe(2);
});

test('dispose stops speech and timers', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA } });
  h.player.play();
  await h.advance(1_000);
  h.player.dispose();
  const count = h.synth.spoken.length;
  await h.advance(30_000);
  expect(h.synth.spoken.length).toBe(count);
  expect(h.player.status).toBe('idle');
});

test('toggle plays, pauses and resumes', async () => {
  const h = createHarness({ fake: { voices: ALVA_KLARA } });
  const seen: string[] = [];
  h.player.on('state', (e) => seen.push(e.status));
  await h.player.voices();
  h.player.toggle();
  await h.advance(1_000);
  h.player.toggle();
  h.player.toggle();
  await h.settle();
  expect(seen).toEqual(['playing', 'paused', 'playing', 'ended']);
});
