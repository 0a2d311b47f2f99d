// Plays one utterance with Web Audio and fires its events on time (docs/voices-engine.md): each sentence's
// audio is cut at its word positions into back-to-back buffers scheduled sample-exactly, and a buffer's
// `ended` starts the next word's events. Audio callbacks, unlike timers, are not throttled when hidden.

import type { EngineEvent } from './messages.ts';
import type { Synthesis } from './synth.ts';
import type { TimedEvent } from './utterance.ts';

/** One scheduled piece of audio and the events due when it starts. */
interface Piece {
  events: EngineEvent[];
}

export interface Playback {
  /** Queue a chunk's audio and events (offsets already on the original text). */
  add(synthesis: Synthesis, events: readonly TimedEvent[]): void;
  /** No more chunks will come: `end` follows the last piece. */
  finish(): void;
  /** Seconds of audio queued beyond the current time. */
  readonly ahead: number;
  /** Stop now; no further events. */
  stop(): void;
  /** charIndex of the last word event sent (for pause/resume events and restarts). */
  readonly lastCharIndex: number;
}

/**
 * A silent lead-in before audio that starts from idle: its `ended` marks the moment sound really begins (a new
 * AudioContext takes a while to open the device), so `start` and the first word are not sent early.
 */
const LEAD_IN_SECONDS = 0.01;
/** Float samples from eSpeak NG's 16-bit ones. */
const INT16_SCALE = 1 / 32768;

export function createPlayback(
  ctx: AudioContext,
  volume: number,
  textLength: number,
  emit: (event: EngineEvent) => void,
  onPieceEnded: () => void,
): Playback {
  const gain = ctx.createGain();
  gain.gain.value = volume;
  gain.connect(ctx.destination);
  const pieces: Piece[] = [];
  /** Sources not yet ended, lead-ins included, so stop() silences them all (ended ones are let go). */
  const sources = new Set<AudioBufferSourceNode>();
  /** A lead-in is playing; the piece after it begins when it ends. */
  let leadIn = false;
  /** Index of the piece playing now, or -1 before the first and while waiting for synthesis. */
  let playing = -1;
  let started = false;
  let finished = false;
  let stopped = false;
  let nextTime = 0;
  let lastCharIndex = 0;

  const send = (events: readonly EngineEvent[]) => {
    for (const e of events) {
      if (e.type === 'word' && e.charIndex !== undefined) lastCharIndex = e.charIndex;
      emit(e);
    }
  };
  const end = () => {
    if (stopped) return;
    stopped = true;
    gain.disconnect();
    emit({ type: 'end', charIndex: textLength });
  };
  const schedule = (buffer: AudioBuffer): AudioBufferSourceNode => {
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(gain);
    const when = Math.max(nextTime, ctx.currentTime);
    source.start(when);
    nextTime = when + buffer.duration;
    sources.add(source);
    source.addEventListener('ended', () => sources.delete(source));
    return source;
  };
  const begin = (index: number) => {
    playing = index;
    if (!started) {
      started = true;
      emit({ type: 'start', charIndex: 0 });
    }
    send(pieces[index]!.events);
  };

  return {
    get ahead() {
      return Math.max(0, nextTime - ctx.currentTime);
    },
    get lastCharIndex() {
      return lastCharIndex;
    },
    add(synthesis, events) {
      if (stopped) return;
      const { samples, sampleRate } = synthesis;
      const n = samples.length;
      if (n === 0) return;
      // Cut points: each event's sample position (clamped inside the audio), plus the start.
      const at = (ms: number) => Math.min(n - 1, Math.max(0, Math.round((ms * sampleRate) / 1000)));
      const cuts = [...new Set([0, ...events.map((e) => at(e.atMs))])].sort((a, b) => a - b);
      cuts.forEach((from, k) => {
        const to = cuts[k + 1] ?? n;
        // Nothing playing (the first piece, or synthesis fell behind the audio): lead in, then begin.
        if (playing === -1 && !leadIn) {
          leadIn = true;
          const index = pieces.length;
          const silence = schedule(ctx.createBuffer(1, Math.ceil(LEAD_IN_SECONDS * sampleRate), sampleRate));
          silence.onended = () => {
            leadIn = false;
            if (!stopped) begin(index);
          };
        }
        const buffer = ctx.createBuffer(1, to - from, sampleRate);
        const channel = buffer.getChannelData(0);
        for (let i = from; i < to; i++) channel[i - from] = samples[i]! * INT16_SCALE;
        const source = schedule(buffer);
        const own = events
          .filter((e) => at(e.atMs) === from)
          .map(
            (e): EngineEvent =>
              e.length === undefined
                ? { type: e.type, charIndex: e.charIndex }
                : { type: e.type, charIndex: e.charIndex, length: e.length },
          );
        const index = pieces.push({ events: own }) - 1;
        source.onended = () => {
          if (stopped) return;
          if (pieces[index + 1]) begin(index + 1);
          else if (finished) end();
          else playing = -1;
          onPieceEnded();
        };
      });
    },
    finish() {
      finished = true;
      if (playing !== -1 || leadIn) return; // the last piece's `ended` sends `end`
      // Nothing was said at all, or the last piece has already ended.
      if (!started) emit({ type: 'start', charIndex: 0 });
      end();
    },
    stop() {
      stopped = true;
      for (const source of sources) {
        source.onended = null;
        try {
          source.stop();
        } catch {
          // never started
        }
        source.disconnect();
      }
      gain.disconnect();
    },
  };
}
