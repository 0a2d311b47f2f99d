// @vitest-environment node
// Lyssna röster's playback over a fake AudioContext: events go out when their audio starts (after a silent
// lead-in, per word piece), `end` after the last piece, nothing after stop, and synthesis that falls behind
// the audio picks up again with a new lead-in.

import { describe, expect, test } from 'vitest';
import type { EngineEvent } from '../../../src/voices-engine/messages.ts';
import { createPlayback } from '../../../src/voices-engine/playback.ts';
import type { Synthesis } from '../../../src/voices-engine/synth.ts';
import type { TimedEvent } from '../../../src/voices-engine/utterance.ts';

interface FakeSource {
  buffer: { duration: number; length: number } | null;
  when: number;
  stopped: boolean;
  onended: (() => void) | null;
  listeners: (() => void)[];
}

/** Just enough AudioContext: sources start in order; `playNext()` ends the earliest one, as the clock would. */
function fakeAudio() {
  const queue: FakeSource[] = [];
  const gains: { gain: { value: number } }[] = [];
  const fake = {
    currentTime: 0,
    destination: {},
    createGain: () => {
      const g = { gain: { value: 1 }, connect() {}, disconnect() {} };
      gains.push(g);
      return g;
    },
    createBuffer: (_channels: number, length: number, rate: number) => {
      const data = new Float32Array(length);
      return { duration: length / rate, length, getChannelData: () => data };
    },
    createBufferSource: () => {
      const s: FakeSource & Record<string, unknown> = {
        buffer: null,
        when: 0,
        stopped: false,
        onended: null,
        listeners: [],
        connect() {},
        disconnect() {},
        start(when: number) {
          s.when = when;
          queue.push(s);
        },
        stop() {
          s.stopped = true;
        },
        addEventListener(_type: string, f: () => void) {
          s.listeners.push(f);
        },
      };
      return s;
    },
  };
  return {
    ctx: fake as unknown as AudioContext,
    queue,
    gains,
    /** The earliest scheduled source ends; returns false when none is left. */
    playNext(): boolean {
      const s = queue.shift();
      if (!s) return false;
      fake.currentTime = s.when + (s.buffer?.duration ?? 0);
      for (const l of s.listeners) l();
      s.onended?.();
      return true;
    },
  };
}

const RATE = 1000; // one sample per millisecond keeps the arithmetic readable
const synthesis = (ms: number): Synthesis => ({ samples: new Int16Array(ms), events: [], sampleRate: RATE });
const word = (atMs: number, charIndex: number, length: number): TimedEvent => ({
  atMs,
  type: 'word',
  charIndex,
  length,
});

function setup() {
  const audio = fakeAudio();
  const sent: EngineEvent[] = [];
  const playback = createPlayback(
    audio.ctx,
    0.5,
    20,
    (e) => sent.push(e),
    () => {},
  );
  const playAll = () => {
    while (audio.playNext()) {}
  };
  return { audio, sent, playback, playAll };
}

describe('createPlayback', () => {
  test('start and the first word wait for the lead-in; each word goes out when its piece starts; end after the last', () => {
    const { audio, sent, playback } = setup();
    playback.add(synthesis(300), [word(0, 0, 2), word(100, 3, 3), word(250, 7, 5)]);
    playback.finish();
    expect(sent).toEqual([]); // nothing before the sound starts
    audio.playNext(); // lead-in
    expect(sent.map((e) => e.type)).toEqual(['start', 'word']);
    audio.playNext(); // "Vi"
    expect(sent.at(-1)).toEqual({ type: 'word', charIndex: 3, length: 3 });
    audio.playNext(); // "går"
    expect(sent.at(-1)).toEqual({ type: 'word', charIndex: 7, length: 5 });
    audio.playNext(); // "längs"
    expect(sent.at(-1)).toEqual({ type: 'end', charIndex: 20 });
    expect(playback.lastCharIndex).toBe(7);
  });

  test('the utterance’s volume is its gain', () => {
    const { audio } = setup();
    expect(audio.gains.map((g) => g.gain.value)).toEqual([0.5]);
  });

  test('pieces are scheduled back to back, sample-exact', () => {
    const { audio, playback } = setup();
    playback.add(synthesis(300), [word(0, 0, 2), word(100, 3, 3)]);
    playback.add(synthesis(200), [word(0, 7, 5)]);
    const starts = audio.queue.map((s) => s.when);
    const ends = audio.queue.map((s) => s.when + (s.buffer?.duration ?? 0));
    expect(starts.slice(1)).toEqual(ends.slice(0, -1));
  });

  test('a second chunk added before the first ends plays on without a new lead-in', () => {
    const { sent, playback, playAll } = setup();
    playback.add(synthesis(100), [word(0, 0, 2)]);
    playback.add(synthesis(100), [word(0, 3, 3)]);
    playback.finish();
    playAll();
    expect(sent.map((e) => e.type)).toEqual(['start', 'word', 'word', 'end']);
  });

  test('when synthesis falls behind, the next chunk starts with a lead-in and its words still go out', () => {
    const { audio, sent, playback, playAll } = setup();
    playback.add(synthesis(100), [word(0, 0, 2)]);
    playAll(); // the audio runs dry
    expect(sent.map((e) => e.type)).toEqual(['start', 'word']);
    playback.add(synthesis(100), [word(0, 3, 3)]);
    expect(audio.queue).toHaveLength(2); // lead-in + the piece
    playback.finish();
    playAll();
    expect(sent.map((e) => e.type)).toEqual(['start', 'word', 'word', 'end']);
  });

  test('nothing to say: start and end at once', () => {
    const { sent, playback } = setup();
    playback.finish();
    expect(sent).toEqual([
      { type: 'start', charIndex: 0 },
      { type: 'end', charIndex: 20 },
    ]);
  });

  test('stop silences every source and sends nothing more', () => {
    const { audio, sent, playback } = setup();
    playback.add(synthesis(300), [word(0, 0, 2), word(100, 3, 3)]);
    playback.finish();
    audio.playNext();
    const before = sent.length;
    const sources = [...audio.queue];
    playback.stop();
    expect(sources.every((s) => s.stopped)).toBe(true);
    audio.playNext();
    audio.playNext();
    expect(sent).toHaveLength(before);
  });
});
