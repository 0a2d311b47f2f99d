// Every documented speechSynthesis quirk × every command sequence: each sentence spoken once, in order.

import { describe, expect, test } from 'vitest';
import type { PlayerErrorCode, PlayerEvent, PlayerStatus } from '../../../src/core/player-types.ts';
import { type FakeSpeechOptions, fakeVoice } from '../../fakes/fake-speech-synthesis.ts';
import { createHarness, type Harness, UA } from '../../fakes/player-harness.ts';

const ESPEAK = [fakeVoice('Swedish espeak-ng', 'sv'), fakeVoice('Swedish+Adam espeak-ng', 'sv')];

interface Profile {
  name: string;
  ua: string;
  fake: FakeSpeechOptions;
  /** The player should pause natively (no re-speak after resume). */
  nativePause: boolean;
  /** Word events expected, and how their length is known. */
  words: 'none' | 'engine-length' | 'derived-length';
  /** The keep-alive must run (Chromium desktop, remote voice). */
  keepAlive: boolean;
  /** Error codes the UI must get while playing to the end. */
  errors: PlayerErrorCode[];
}

const PROFILES: Profile[] = [
  {
    name: 'Chromium/Linux speech-dispatcher: voices only after first speak, cold start 3 s, pause wedges',
    ua: UA.chromeLinux,
    fake: {
      voices: ESPEAK,
      voicesAfterFirstSpeak: true,
      voicesAfterMs: 4_000,
      firstStartLatencyMs: 3_000,
      startLatencyMs: 240,
      pauseWedges: true,
      cancelStyle: 'chrome',
    },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Chrome desktop remote voice: 15 s cut-off, slow voice, keep-alive needed',
    ua: UA.chromeWindows,
    fake: {
      voices: [fakeVoice('Google svenska', 'sv-SE', { localService: false })],
      remoteCutOffMs: 15_000,
      charsPerSecond: 8,
      cancelStyle: 'chrome',
    },
    nativePause: false,
    words: 'none',
    keepAlive: true,
    errors: [],
  },
  {
    name: 'Firefox: voiceschanged never fires, cold start 9 s, cancel answered by a late end',
    ua: UA.firefoxLinux,
    fake: {
      voices: ESPEAK,
      announceVoices: false,
      voicesAfterMs: 800,
      firstStartLatencyMs: 9_000,
      cancelStyle: 'firefox',
    },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Firefox remote voice with the cut-off: no keep-alive, end watchdog moves on',
    ua: UA.firefoxLinux,
    fake: {
      voices: [fakeVoice('Swedish+Hugo', 'sv', { localService: false })],
      remoteCutOffMs: 15_000,
      charsPerSecond: 8,
      cancelStyle: 'firefox',
    },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Safari/macOS: boundaries without charLength, cancel → error canceled, native pause',
    ua: UA.safariMac,
    fake: {
      voices: [fakeVoice('Alva', 'sv-SE', { default: true }), fakeVoice('Klara', 'sv-SE', { default: true })],
      boundaries: 'without-length',
      cancelStyle: 'safari',
      dropSpeakWithinMsAfterCancel: 50,
    },
    nativePause: true,
    words: 'derived-length',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Chrome/Windows SAPI: word + sentence boundaries with charLength, native pause',
    ua: UA.chromeWindows,
    fake: {
      voices: [
        fakeVoice('Microsoft Bengt - Swedish (Sweden)', 'sv-SE'),
        fakeVoice('Microsoft Zira', 'en-US'),
      ],
      boundaries: 'with-length',
      sentenceBoundaries: true,
      cancelStyle: 'chrome',
    },
    nativePause: true,
    words: 'engine-length',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Chrome Android: sv_SE tags, charLength 0, pause = cancel',
    ua: UA.chromeAndroid,
    fake: {
      voices: [fakeVoice('Google svenska', 'sv_SE'), fakeVoice('Google English', 'en_US')],
      boundaries: 'zero-length',
      pauseWedges: true,
      cancelStyle: 'chrome',
    },
    nativePause: false,
    words: 'derived-length',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'Lost end on the second utterance (garbage-collected utterance)',
    ua: UA.chromeLinux,
    fake: { voices: ESPEAK, loseEndOf: [1], cancelStyle: 'chrome' },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: [],
  },
  {
    name: 'No voices at all: speak with lang only, say so once',
    ua: UA.chromeLinux,
    fake: { voices: [], voicesAfterMs: null },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: ['no-voices'],
  },
  {
    name: 'Only English voices: speak Swedish with lang only, say so once',
    ua: UA.chromeWindows,
    fake: { voices: [fakeVoice('Google UK English Female', 'en-GB', { localService: false })] },
    nativePause: false,
    words: 'none',
    keepAlive: false,
    errors: ['no-voice-for-language'],
  },
];

const ALL = [0, 1, 2, 3, 4, 5, 6];

interface Command {
  name: string;
  schedule(h: Harness, p: Profile): void;
  /** Ordinals of the utterances that start, in order (explicit re-speaks included). */
  spoken(p: Profile): number[];
  final: PlayerStatus;
}

const COMMANDS: Command[] = [
  { name: 'play to the end', schedule: () => {}, spoken: () => ALL, final: 'ended' },
  {
    name: 'pause and resume mid-sentence',
    schedule: (h) =>
      h.whenStarted(2, 2_000, () => {
        h.player.pause();
        h.clock.setTimeout(() => h.player.resume(), 1_500);
      }),
    // Soft pause re-speaks sentence 2 from its last word (or start); native pause continues it.
    spoken: (p) => (p.nativePause ? ALL : [0, 1, 2, 2, 3, 4, 5, 6]),
    final: 'ended',
  },
  {
    name: 'stop mid-sentence',
    schedule: (h) => h.whenStarted(2, 1_000, () => h.player.stop()),
    spoken: () => [0, 1, 2],
    final: 'idle',
  },
  {
    name: 'next sentence',
    schedule: (h) => h.whenStarted(1, 500, () => h.player.nextSentence()),
    spoken: () => ALL,
    final: 'ended',
  },
  {
    name: 'previous sentence',
    schedule: (h) => h.whenStarted(2, 1_000, () => h.player.previousSentence()),
    spoken: () => [0, 1, 2, 1, 2, 3, 4, 5, 6],
    final: 'ended',
  },
  {
    name: 'next block',
    schedule: (h) => h.whenStarted(0, 500, () => h.player.nextBlock()),
    spoken: () => [0, 3, 4, 5, 6],
    final: 'ended',
  },
  {
    name: 'previous block',
    schedule: (h) => h.whenStarted(4, 500, () => h.player.previousBlock()),
    spoken: () => [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 5, 6],
    final: 'ended',
  },
  {
    name: 'seek forward',
    schedule: (h) => h.whenStarted(1, 500, () => h.player.seek({ block: 2, segment: 0 })),
    spoken: () => [0, 1, 5, 6],
    final: 'ended',
  },
  {
    name: 'rate change mid-sentence',
    schedule: (h) => h.whenStarted(2, 1_000, () => h.player.setRate(1.5)),
    spoken: () => [0, 1, 2, 2, 3, 4, 5, 6],
    final: 'ended',
  },
  {
    name: 'voice change mid-sentence',
    schedule: (h) =>
      h.whenStarted(2, 1_000, () => {
        const sv = h.player.machineState.voices?.filter((v) => v.lang.toLowerCase().startsWith('sv')) ?? [];
        h.player.setVoice('sv', sv[sv.length - 1] ?? null);
      }),
    spoken: () => [0, 1, 2, 2, 3, 4, 5, 6],
    final: 'ended',
  },
];

function collapse(list: number[]): number[] {
  return list.filter((n, i) => i === 0 || list[i - 1] !== n);
}

function ofType<T extends PlayerEvent['type']>(events: PlayerEvent[], type: T) {
  return events.filter((e): e is Extract<PlayerEvent, { type: T }> => e.type === type);
}

describe.each(PROFILES.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test.each(COMMANDS.map((c) => [c.name, c] as const))('%s', async (_cmd, command) => {
    const h = createHarness({ ua: profile.ua, fake: profile.fake });
    command.schedule(h, profile);
    h.player.play();
    await h.settle();

    // Every sentence exactly once, in order (explicit re-speaks listed in the expectation).
    const expected = command.spoken(profile);
    expect(h.startedOrdinals()).toEqual(expected);
    expect(h.player.status).toBe(command.final);

    // The native rules: one utterance at a time, never empty text, never read speaking/paused.
    expect(h.synth.maxInFlight).toBe(1);
    expect(h.synth.spoken.every((r) => /\S/.test(r.text) && r.text.length <= 200)).toBe(true);
    expect(h.synth.reads).toBe(0);
    // No speak() lost right after a cancel (old Safari), none left stuck in the queue.
    expect(h.synth.spoken.filter((r) => r.outcome === 'ignored' || r.outcome === 'dropped')).toEqual([]);
    expect(h.synth.spoken.every((r) => r.lang === 'sv')).toBe(true);
    const keepAlives = h.synth.calls.filter((c) => c === 'pause').length;
    const cutOff = h.synth.spoken.filter((r) => r.outcome === 'cut-off');
    if (profile.keepAlive) {
      // The keep-alive saves the long sentence (2) from the 15 s cut-off whenever it is read whole.
      expect(cutOff).toEqual([]);
      if (command.final === 'ended' && expected.includes(2)) expect(keepAlives).toBeGreaterThan(0);
    } else if (profile.fake.remoteCutOffMs && command.name === 'play to the end') {
      // Without keep-alive the long sentence is cut off; the end watchdog moves on.
      expect(cutOff.map((r) => r.text)).toEqual([h.plan.blocks[0]!.segments[2]!.spoken]);
    }
    // pause() is called only for the keep-alive or for a native pause, never elsewhere.
    if (!profile.keepAlive) {
      const nativePauses = profile.nativePause && command.name.startsWith('pause') ? 1 : 0;
      expect(keepAlives).toBe(nativePauses);
    }

    // UI events: segments in reading order, states in a sensible order, words on word boundaries.
    const segs = ofType(h.events, 'segment').map((e) => h.ordinalOf(e.block, e.segment));
    expect(segs).toEqual(collapse(expected));
    const states = ofType(h.events, 'state').map((e) => e.status);
    expect(['playing', 'loading-voices']).toContain(states[0]);
    expect(states[states.length - 1]).toBe(command.final);
    if (command.name.startsWith('pause')) {
      expect(states.join(' ')).toMatch(/paused playing/);
      const second = h.synth.spoken.filter((r) => r.startedAt !== null)[3]!;
      const full = h.plan.blocks[0]!.segments[2]!.spoken;
      if (!profile.nativePause && profile.words !== 'none') {
        // Soft pause with word boundaries: the re-speak starts at the last word heard, not the sentence start.
        expect(second.text.length).toBeLessThan(full.length);
        expect(full.endsWith(` ${second.text}`)).toBe(true);
      } else if (!profile.nativePause) expect(second.text).toBe(full);
    } else expect(states).not.toContain('paused');

    const words = ofType(h.events, 'word');
    if (profile.words === 'none') expect(words).toEqual([]);
    else {
      expect(words.length).toBeGreaterThan(5);
      for (const w of words) {
        const block = h.plan.blocks[w.block]!;
        const seg = block.segments[w.segment]!;
        const word = block.text.slice(w.start, w.end);
        expect(w.start).toBeGreaterThanOrEqual(seg.start);
        expect(w.end).toBeLessThanOrEqual(seg.end);
        expect(word).toMatch(/^\S+$/);
        if (profile.words === 'derived-length') expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }

    const codes = ofType(h.events, 'error').map((e) => e.error.code);
    if (command.name === 'play to the end') expect(codes).toEqual(profile.errors);
    else expect(codes.every((c) => profile.errors.includes(c))).toBe(true);
    if (command.final === 'ended') {
      const progress = ofType(h.events, 'progress');
      expect(progress[progress.length - 1]).toMatchObject({ done: 7, total: 7 });
      expect(ofType(h.events, 'ended')).toHaveLength(1);
    }
  });
});
