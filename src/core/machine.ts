// The player's brain: a pure state machine (state, event) → { state, effects }. No I/O, no timers, no engine.
// One handler per event; the steps they share are in machine-steps.ts, the vocabulary in machine-types.ts.

import { primaryLanguage } from './lang-tag.ts';
import {
  cancelUtterance,
  clamp,
  clampRate,
  clearUtteranceTimers,
  emit,
  failUtterance,
  finishSegment,
  halt,
  moveTo,
  report,
  respeakCurrent,
  setStatus,
  speakFrom,
  startEndWatchdog,
  startSegment,
} from './machine-steps.ts';
import type { Effect, MachineEvent, MachineState, TimerName, Transition } from './machine-types.ts';
import { MIN_CHUNK_CHARS } from './machine-types.ts';
import type { PlanPosition } from './plan.ts';
import { spokenToDisplay } from './plan.ts';
import { backwardFrom, forwardFrom, previousBlockStart, segmentAt } from './plan-cursor.ts';
import { wordEnd, wordStart } from './words.ts';

export { DEFAULT_SETTINGS, initialState } from './machine-state.ts';
export type * from './machine-types.ts';
export { MAX_CONSECUTIVE_SKIPS, MAX_RATE, MIN_CHUNK_CHARS, MIN_RATE } from './machine-types.ts';
export type { Timing } from './timing.ts';
export { DEFAULT_TIMING, expectedSpeechMs } from './timing.ts';

const NO_EFFECTS: readonly Effect[] = Object.freeze([]);

/** A handler changes the draft `s` and pushes effects; null means the event changes nothing. */
type Handler<T extends MachineEvent['type']> = (
  s: MachineState,
  e: Extract<MachineEvent, { type: T }>,
  fx: Effect[],
) => MachineState | null;

/** The whole machine. Returns the same state object (and no effects) when the event changes nothing. */
export function transition(state: MachineState, event: MachineEvent): Transition {
  const fx: Effect[] = [];
  // Looked up, not switched on: an event of a type the machine does not know changes nothing.
  const handler = HANDLERS[event.type] as Handler<typeof event.type> | undefined;
  const next = handler?.({ ...state }, event, fx) ?? null;
  return next ? { state: next, effects: fx } : { state, effects: NO_EFFECTS };
}

// ---------------------------------------------------------------------------------------------------------
// Commands

const onLoad: Handler<'load'> = (s, e, fx) => {
  halt(s, fx, 'idle');
  s.plan = e.plan;
  s.blockOrdinals = [];
  s.total = null;
  if (!s.voicesRequested) {
    s.voicesRequested = true;
    fx.push({ type: 'load-voices' });
  }
  return s;
};

const onPlay: Handler<'play'> = (s, e, fx) => {
  if (!s.plan) return null;
  if (!e.from && s.status === 'playing') return null;
  if (!e.from && s.status === 'paused') return onResume(s, { type: 'resume' }, fx);
  const resumeAt = !e.from && s.status === 'error' && s.position ? s.position : null;
  const target = forwardFrom(s.plan, e.from ?? s.position ?? { block: 0, segment: 0 });
  if (!target) {
    halt(s, fx, 'error');
    report(fx, 'empty-plan');
    return s;
  }
  cancelUtterance(s, fx);
  s.announcedSegment = null;
  s.consecutiveSkips = 0;
  if (s.voices === null) {
    s.position = target;
    s.resumeOffset = resumeAt ? s.resumeOffset : 0;
    setStatus(s, 'loading-voices', fx);
    if (!s.voicesRequested) {
      s.voicesRequested = true;
      fx.push({ type: 'load-voices' });
    }
    fx.push({
      type: 'start-timer',
      name: 'voices',
      ms: s.config.timing.voicesWaitMs,
      generation: s.generation,
    });
    return s;
  }
  setStatus(s, 'playing', fx);
  if (resumeAt) speakFrom(s, resumeAt, s.resumeOffset, fx);
  else startSegment(s, target, fx);
  return s;
};

const onPause: Handler<'pause'> = (s, _e, fx) => {
  if (s.status === 'loading-voices') {
    fx.push({ type: 'clear-timer', name: 'voices' });
    setStatus(s, 'paused', fx);
    return s;
  }
  if (s.status !== 'playing') return null;
  const u = s.utterance;
  // Native pause only where known to work, and only for local voices (remote ones never pause).
  if (u?.started && s.config.nativePause && u.voice?.localService) {
    fx.push({ type: 'native-pause' });
    fx.push({ type: 'clear-timer', name: 'end' }, { type: 'clear-timer', name: 'keepalive' });
    s.nativePaused = true;
  } else {
    // Soft pause: cancel now, re-speak later from the last word heard (else the utterance start).
    s.resumeOffset = u ? (u.lastWord ?? u.offset) : s.resumeOffset;
    cancelUtterance(s, fx);
  }
  setStatus(s, 'paused', fx);
  return s;
};

const onResume: Handler<'resume'> = (s, _e, fx) => {
  if (s.status !== 'paused' || !s.position) return null;
  setStatus(s, 'playing', fx);
  if (s.nativePaused && s.utterance) {
    s.nativePaused = false;
    fx.push({ type: 'native-resume' });
    startEndWatchdog(s, s.utterance.text, fx);
    return s;
  }
  speakFrom(s, s.position, s.resumeOffset, fx);
  return s;
};

const onStop: Handler<'stop' | 'pagehide'> = (s, _e, fx) => {
  if (s.status === 'idle') return null;
  halt(s, fx, 'idle');
  return s;
};

/** Where each navigation command goes from `p`. */
const NAVIGATION: Record<
  'next-sentence' | 'prev-sentence' | 'next-block' | 'prev-block',
  (plan: NonNullable<MachineState['plan']>, p: PlanPosition) => PlanPosition | null
> = {
  'next-sentence': (plan, p) => forwardFrom(plan, { block: p.block, segment: p.segment + 1 }),
  'prev-sentence': (plan, p) =>
    backwardFrom(plan, { block: p.block, segment: p.segment - 1 }) ?? forwardFrom(plan, p),
  'next-block': (plan, p) => forwardFrom(plan, { block: p.block + 1, segment: 0 }),
  'prev-block': previousBlockStart,
};

const onNavigate: Handler<'next-sentence' | 'prev-sentence' | 'next-block' | 'prev-block'> = (s, e, fx) => {
  if (!s.plan || !s.position) return null;
  if (s.status !== 'playing' && s.status !== 'paused' && s.status !== 'loading-voices') return null;
  const target = NAVIGATION[e.type](s.plan, s.position);
  if (!target) {
    // Next past the last sentence: reading is over.
    halt(s, fx, 'ended');
    emit(fx, { type: 'ended' });
    return s;
  }
  return moveTo(s, target, fx);
};

const onSeek: Handler<'seek'> = (s, e, fx) => {
  if (!s.plan) return null;
  const target = forwardFrom(s.plan, e.to);
  if (!target) return null;
  if (s.status === 'idle' || s.status === 'ended' || s.status === 'error') {
    s.position = target;
    s.resumeOffset = 0;
    return s;
  }
  return moveTo(s, target, fx);
};

const onSetRate: Handler<'set-rate'> = (s, e, fx) => {
  const rate = clampRate(e.rate, s.config);
  if (rate === s.settings.rate) return null;
  s.settings = { ...s.settings, rate };
  return respeakCurrent(s, fx);
};

const onSetVolume: Handler<'set-volume'> = (s, e) => {
  const volume = clamp(e.volume, 0, 1);
  if (volume === s.settings.volume) return null;
  // Applies from the next utterance: re-speaking a sentence for a volume change would be worse.
  s.settings = { ...s.settings, volume };
  return s;
};

const onSetVoice: Handler<'set-voice'> = (s, e, fx) => {
  const primary = primaryLanguage(e.lang);
  const voices = { ...s.settings.voices };
  if (e.voice) voices[primary] = { name: e.voice.name, lang: e.voice.lang };
  else delete voices[primary];
  s.settings = { ...s.settings, voices };
  // An explicit choice gives the language's voices another chance.
  s.langOnly = s.langOnly.filter((l) => l !== primary);
  if (e.voice) s.droppedVoices = s.droppedVoices.filter((id) => id !== e.voice!.id);
  const seg = segmentAt(s.plan, s.position);
  if (seg && primaryLanguage(seg.lang) === primary) return respeakCurrent(s, fx);
  return s;
};

// ---------------------------------------------------------------------------------------------------------
// The engine's answers

const onVoicesLoaded: Handler<'voices-loaded'> = (s, e, fx) => {
  s.voices = e.voices;
  s.voicesRequested = true;
  if (e.voices.length === 0 && s.voicesReloaded && !s.reportedNoVoices) {
    s.reportedNoVoices = true;
    report(fx, 'no-voices');
  }
  if (s.status === 'loading-voices') {
    fx.push({ type: 'clear-timer', name: 'voices' });
    setStatus(s, 'playing', fx);
    speakFrom(s, s.position!, s.resumeOffset, fx);
  }
  return s;
};

const onUtteranceStart: Handler<'utterance-start'> = (s, e, fx) => {
  const u = s.utterance;
  if (!u || e.generation !== s.generation || u.started) return null;
  s.utterance = { ...u, started: true };
  s.everStarted = true;
  fx.push({ type: 'clear-timer', name: 'start' });
  startEndWatchdog(s, u.text, fx);
  if (s.config.keepAlive && u.voice && !u.voice.localService) {
    fx.push({
      type: 'start-timer',
      name: 'keepalive',
      ms: s.config.timing.keepAliveMs,
      generation: s.generation,
    });
  }
  // An empty list may only have been provisional: ask again now that speech runs.
  if (s.voices?.length === 0 && !s.voicesReloaded) {
    s.voicesReloaded = true;
    fx.push({ type: 'load-voices' });
  }
  return s;
};

const onBoundary: Handler<'utterance-boundary'> = (s, e, fx) => {
  const u = s.utterance;
  if (!u || e.generation !== s.generation) return null;
  const seg = segmentAt(s.plan, s.position)!;
  const at = u.offset + Math.max(0, e.charIndex);
  const start = wordStart(seg.spoken, at, u.offset);
  if (start >= u.end) return null;
  // The start moves back to the token's start ("-Vår", "Fakta/Satsning" reported from "V", "S"); the end is
  // where the engine said its word ends, not start + length, or the highlight would stop inside the word.
  const end =
    e.charLength && e.charLength > 0
      ? Math.min(Math.max(at, start) + e.charLength, u.end)
      : wordEnd(seg.spoken, start, u.end);
  s.utterance = { ...u, lastWord: start, started: true };
  const d = spokenToDisplay(seg, start, end);
  const p = s.position!;
  emit(fx, { type: 'word', block: p.block, segment: p.segment, start: d.start, end: d.end });
  return s;
};

/** The utterance in flight is over (ended or timed out): speak the rest of the segment, or finish it. */
function continueAfter(s: MachineState, end: number, fx: Effect[]): MachineState {
  const seg = segmentAt(s.plan, s.position)!;
  if (end < seg.spoken.length) speakFrom(s, s.position!, end, fx);
  else finishSegment(s, fx);
  return s;
}

const onUtteranceEnd: Handler<'utterance-end'> = (s, e, fx) => {
  const u = s.utterance;
  if (!u || e.generation !== s.generation) return null;
  if (s.status === 'paused') {
    // Finished just as it was natively paused: resume continues after it.
    s.utterance = null;
    s.nativePaused = false;
    s.resumeOffset = u.end;
    clearUtteranceTimers(fx);
    return s;
  }
  if (s.status !== 'playing') return null;
  clearUtteranceTimers(fx);
  s.utterance = null;
  s.consecutiveSkips = 0;
  return continueAfter(s, u.end, fx);
};

const onUtteranceError: Handler<'utterance-error'> = (s, e, fx) => {
  const u = s.utterance;
  if (!u || e.generation !== s.generation) return null;
  if (s.status !== 'playing') {
    // A natively paused utterance failed: forget it, resume softly where it was.
    s.resumeOffset = u.lastWord ?? u.offset;
    cancelUtterance(s, fx);
    return s;
  }
  switch (e.code) {
    case 'interrupted':
    case 'canceled':
      // Not ours (our cancels bump the generation): another tab took the speech channel. Pause there.
      s.resumeOffset = u.lastWord ?? u.offset;
      cancelUtterance(s, fx);
      setStatus(s, 'paused', fx);
      return s;
    case 'not-allowed':
      // Needs a click: stop, keep the place, no automatic retry (play() again continues here).
      s.resumeOffset = u.offset;
      report(fx, 'not-allowed');
      halt(s, fx, 'error');
      return s;
    case 'voice-unavailable':
    case 'language-unavailable':
      if (!u.voice) break;
      // Drop the voice and speak with `lang` only (docs/speech-platform.md#error-codes).
      s.droppedVoices = [...s.droppedVoices, u.voice.id];
      s.langOnly = [...s.langOnly, primaryLanguage(u.lang)];
      cancelUtterance(s, fx);
      speakFrom(s, s.position!, u.offset, fx);
      return s;
    case 'text-too-long': {
      // Split again: halve the utterance length until it fits.
      const half = Math.floor((u.end - u.offset) / 2);
      if (half < MIN_CHUNK_CHARS) break;
      s.chunkLimit = half;
      cancelUtterance(s, fx);
      speakFrom(s, s.position!, u.offset, fx);
      return s;
    }
  }
  failUtterance(s, fx);
  return s;
};

const TIMERS: Record<TimerName, Handler<'timer'>> = {
  voices: (s, _e, fx) => {
    if (s.status !== 'loading-voices') return null;
    // The list is late: speak with `lang` only now; the voice list is used once it arrives.
    setStatus(s, 'playing', fx);
    speakFrom(s, s.position!, s.resumeOffset, fx);
    return s;
  },
  start: (s, _e, fx) => {
    if (!s.utterance || s.utterance.started || s.status !== 'playing') return null;
    failUtterance(s, fx);
    return s;
  },
  end: (s, _e, fx) => {
    if (!s.utterance || s.status !== 'playing') return null;
    // Lost `end` or the 15-second cut-off: the sentence has had its time; cancel and move on.
    const u = s.utterance;
    cancelUtterance(s, fx);
    return continueAfter(s, u.end, fx);
  },
  keepalive: (s, _e, fx) => {
    if (!s.utterance || s.status !== 'playing' || s.nativePaused) return null;
    fx.push({ type: 'keep-alive' });
    fx.push({
      type: 'start-timer',
      name: 'keepalive',
      ms: s.config.timing.keepAliveMs,
      generation: s.generation,
    });
    return s;
  },
};

const onTimer: Handler<'timer'> = (s, e, fx) =>
  e.generation === s.generation ? TIMERS[e.name](s, e, fx) : null;

const HANDLERS: {
  [T in MachineEvent['type']]: (
    s: MachineState,
    e: Extract<MachineEvent, { type: T }>,
    fx: Effect[],
  ) => MachineState | null;
} = {
  load: onLoad,
  play: onPlay,
  pause: onPause,
  resume: onResume,
  stop: onStop,
  pagehide: onStop,
  'next-sentence': onNavigate,
  'prev-sentence': onNavigate,
  'next-block': onNavigate,
  'prev-block': onNavigate,
  seek: onSeek,
  'set-rate': onSetRate,
  'set-volume': onSetVolume,
  'set-voice': onSetVoice,
  'voices-loaded': onVoicesLoaded,
  'utterance-start': onUtteranceStart,
  'utterance-boundary': onBoundary,
  'utterance-end': onUtteranceEnd,
  'utterance-error': onUtteranceError,
  timer: onTimer,
};
