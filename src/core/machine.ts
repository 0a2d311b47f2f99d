// The player's brain: a pure state machine (state, event) → { state, effects }. No I/O, no timers, no engine.

import type { EngineErrorCode, VoiceInfo } from './engine.ts';
import { playerError } from './errors.ts';
import { countSegments } from './lazy-segments.ts';
import type { PlanPosition, ReadingPlan, Segment } from './plan.ts';
import { MAX_SEGMENT_CHARS, spokenToDisplay } from './plan.ts';
import type { PlayerErrorCode, PlayerEvent, PlayerSettings, PlayerStatus } from './player-types.ts';
import { primaryLanguage, rankVoices } from './voices.ts';

/** Timing rules from speech-platform-notes §3; every number has its reason. */
export interface Timing {
  /** First utterance: cold starts took up to 11 s here (Firefox 9–11 s, Chromium 3–7 s). */
  firstStartMs: number;
  /** Later utterances start ~240 ms after the previous end; 5 s means the engine is stuck. */
  startMs: number;
  /** Slow speech rate at rate 1 (espeak/Google speak ~14–16 chars/s): a low guess avoids false alarms. */
  charsPerSecond: number;
  /** Added to twice the expected duration before the end watchdog fires. */
  endMarginMs: number;
  /** Chromium desktop remote voices die after ~15 s of one utterance; tick well before. */
  keepAliveMs: number;
  /** How long play() waits for a late voice list before speaking with `lang` only. */
  voicesWaitMs: number;
}

export const DEFAULT_TIMING: Timing = {
  firstStartMs: 15_000,
  startMs: 5_000,
  charsPerSecond: 10,
  endMarginMs: 3_000,
  keepAliveMs: 10_000,
  voicesWaitMs: 1_500,
};

/** Skipping this many segments in a row means the engine is broken, not the text. */
export const MAX_CONSECUTIVE_SKIPS = 3;
/** text-too-long halves the utterance; below this many characters we give up on the segment. */
export const MIN_CHUNK_CHARS = 20;
/** Player rate range (the engine's range narrows it further). */
export const MIN_RATE = 0.5;
export const MAX_RATE = 3;

export interface MachineConfig {
  /** The engine's native pause is known to work (used only for local voices). */
  nativePause: boolean;
  /** Keep-alive allowed (Chromium desktop, engine asks for it); used only with remote voices. */
  keepAlive: boolean;
  minRate: number;
  maxRate: number;
  timing: Timing;
}

export type TimerName = 'start' | 'end' | 'keepalive' | 'voices';

/** The native utterance in flight: one at a time. Offsets are into the segment's spoken text. */
export interface UtteranceState {
  generation: number;
  offset: number;
  end: number;
  text: string;
  lang: string;
  voice: VoiceInfo | null;
  started: boolean;
  /** Spoken offset (in the segment) of the last word boundary heard, or null. */
  lastWord: number | null;
}

export interface MachineState {
  status: PlayerStatus;
  config: MachineConfig;
  plan: ReadingPlan | null;
  /**
   * Ordinal of each block's first segment, and the total, for progress. Filled on demand (blocks before the
   * position; the total when progress is reported): a plan may compute its later blocks' segments lazily,
   * and loading it must not force them inside the click that starts speech.
   */
  blockOrdinals: number[];
  /** -1 until first needed. */
  total: number;
  position: PlanPosition | null;
  /** Where a soft-paused or failed segment restarts (spoken offset, at a word start). */
  resumeOffset: number;
  generation: number;
  utterance: UtteranceState | null;
  nativePaused: boolean;
  /** Failures of the current segment: 1 = retried, 2 = tried another voice. */
  attempt: number;
  alternativeVoice: boolean;
  chunkLimit: number;
  consecutiveSkips: number;
  everStarted: boolean;
  /** Ordinal of the segment the UI was last told about (null: tell it again). */
  announcedSegment: number | null;
  settings: PlayerSettings;
  /** null: not loaded yet. */
  voices: VoiceInfo[] | null;
  voicesRequested: boolean;
  /** An empty list can be provisional (Chromium on Linux lists voices only after the first speak). */
  voicesReloaded: boolean;
  reportedNoVoices: boolean;
  langOnly: string[];
  droppedVoices: string[];
  /** Voice id (or null) last announced per primary language. */
  announcedVoices: Record<string, string | null>;
  reportedNoVoice: string[];
}

export type MachineEvent =
  | { type: 'load'; plan: ReadingPlan }
  | { type: 'play'; from?: PlanPosition }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'next-sentence' }
  | { type: 'prev-sentence' }
  | { type: 'next-block' }
  | { type: 'prev-block' }
  | { type: 'seek'; to: PlanPosition }
  | { type: 'set-rate'; rate: number }
  | { type: 'set-volume'; volume: number }
  | { type: 'set-voice'; lang: string; voice: VoiceInfo | null }
  | { type: 'voices-loaded'; voices: VoiceInfo[] }
  | { type: 'utterance-start'; generation: number }
  | { type: 'utterance-end'; generation: number }
  | { type: 'utterance-boundary'; generation: number; charIndex: number; charLength?: number }
  | { type: 'utterance-error'; generation: number; code: EngineErrorCode }
  | { type: 'timer'; name: TimerName; generation: number }
  | { type: 'pagehide' };

export interface SpeakEffect {
  type: 'speak';
  generation: number;
  position: PlanPosition;
  /** Offset of `text` in the segment's spoken text. */
  offset: number;
  text: string;
  lang: string;
  voice: VoiceInfo | null;
  rate: number;
  volume: number;
  pitch: number;
}

export type Effect =
  | SpeakEffect
  | { type: 'cancel' }
  | { type: 'native-pause' }
  | { type: 'native-resume' }
  | { type: 'keep-alive' }
  | { type: 'load-voices' }
  | { type: 'start-timer'; name: TimerName; ms: number; generation: number }
  | { type: 'clear-timer'; name: TimerName }
  | { type: 'emit'; event: PlayerEvent };

export interface Transition {
  state: MachineState;
  effects: readonly Effect[];
}

export const DEFAULT_SETTINGS: PlayerSettings = { rate: 1, volume: 1, pitch: 1, voices: {} };

export function initialState(
  config: Partial<MachineConfig> = {},
  settings: Partial<PlayerSettings> = {},
): MachineState {
  const full: MachineConfig = {
    nativePause: false,
    keepAlive: false,
    minRate: MIN_RATE,
    maxRate: MAX_RATE,
    ...config,
    timing: { ...DEFAULT_TIMING, ...config.timing },
  };
  const merged = { ...DEFAULT_SETTINGS, ...settings, voices: { ...settings.voices } };
  return {
    status: 'idle',
    config: full,
    plan: null,
    blockOrdinals: [],
    total: 0,
    position: null,
    resumeOffset: 0,
    generation: 0,
    utterance: null,
    nativePaused: false,
    attempt: 0,
    alternativeVoice: false,
    chunkLimit: MAX_SEGMENT_CHARS,
    consecutiveSkips: 0,
    everStarted: false,
    announcedSegment: null,
    settings: { ...merged, rate: clampRate(merged.rate, full), volume: clamp(merged.volume, 0, 1) },
    voices: null,
    voicesRequested: false,
    voicesReloaded: false,
    reportedNoVoices: false,
    langOnly: [],
    droppedVoices: [],
    announcedVoices: {},
    reportedNoVoice: [],
  };
}

const NO_EFFECTS: readonly Effect[] = Object.freeze([]);

/** The whole machine. Returns the same state object (and no effects) when the event changes nothing. */
export function transition(state: MachineState, event: MachineEvent): Transition {
  const fx: Effect[] = [];
  const next = handle({ ...state }, event, fx);
  return next ? { state: next, effects: fx } : { state, effects: NO_EFFECTS };
}

// ---------------------------------------------------------------------------------------------------------
// Plan helpers

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

function clampRate(rate: number, c: MachineConfig): number {
  const lo = Math.max(MIN_RATE, c.minRate);
  const hi = Math.min(MAX_RATE, c.maxRate);
  return clamp(Number.isFinite(rate) ? rate : 1, lo, Math.max(lo, hi));
}

function segmentAt(plan: ReadingPlan | null, pos: PlanPosition | null): Segment | undefined {
  if (!plan || !pos) return undefined;
  return plan.blocks[pos.block]?.segments[pos.segment];
}

/** Segments with nothing to say are skipped: empty text wedges Chromium (notes §1). */
function playable(seg: Segment | undefined): boolean {
  return seg !== undefined && /\S/.test(seg.spoken);
}

/** First playable position at or after `from` (in reading order). */
function forwardFrom(plan: ReadingPlan, from: PlanPosition): PlanPosition | null {
  for (let b = Math.max(0, from.block); b < plan.blocks.length; b++) {
    const segs = plan.blocks[b]!.segments;
    for (let i = b === from.block ? Math.max(0, from.segment) : 0; i < segs.length; i++) {
      if (playable(segs[i])) return { block: b, segment: i };
    }
  }
  return null;
}

/** Last playable position at or before `from`. */
function backwardFrom(plan: ReadingPlan, from: PlanPosition): PlanPosition | null {
  for (let b = Math.min(from.block, plan.blocks.length - 1); b >= 0; b--) {
    const segs = plan.blocks[b]!.segments;
    for (let i = b === from.block ? Math.min(from.segment, segs.length - 1) : segs.length - 1; i >= 0; i--) {
      if (playable(segs[i])) return { block: b, segment: i };
    }
  }
  return null;
}

function firstOfBlock(plan: ReadingPlan, block: number): PlanPosition | null {
  const segs = plan.blocks[block]?.segments ?? [];
  const i = segs.findIndex(playable);
  return i >= 0 ? { block, segment: i } : null;
}

function ordinal(s: MachineState, pos: PlanPosition): number {
  const blocks = s.plan?.blocks ?? [];
  const ordinals = s.blockOrdinals;
  while (ordinals.length <= pos.block && ordinals.length < blocks.length) {
    const b = ordinals.length;
    ordinals.push(b === 0 ? 0 : ordinals[b - 1]! + blocks[b - 1]!.segments.length);
  }
  return (ordinals[pos.block] ?? 0) + pos.segment;
}

/** Segments in the whole plan: estimated while a lazy plan has blocks not cut yet, then kept. */
function totalSegments(s: MachineState): number {
  if (s.total >= 0) return s.total;
  const { count, exact } = countSegments(s.plan);
  if (exact) s.total = count;
  return count;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** End offset of an utterance starting at `from`: the whole rest, or a cut at the last space within `limit`. */
function chunkEnd(text: string, from: number, limit: number): number {
  if (text.length - from <= limit) return text.length;
  const tail = text.slice(from, from + limit + 1);
  const space = tail.search(/\s\S*$/);
  return space > 0 ? from + space : from + limit;
}

/** Expected speaking time, the base of the end watchdog. */
export function expectedSpeechMs(chars: number, rate: number, timing: Timing): number {
  return (chars / (timing.charsPerSecond * rate)) * 1000;
}

// ---------------------------------------------------------------------------------------------------------
// Effects helpers (mutate the draft state `s`, push effects)

function emit(fx: Effect[], event: PlayerEvent): void {
  fx.push({ type: 'emit', event });
}

function setStatus(s: MachineState, status: PlayerStatus, fx: Effect[]): void {
  if (s.status === status) return;
  emit(fx, { type: 'state', status, previous: s.status });
  s.status = status;
}

function report(fx: Effect[], code: PlayerErrorCode, lang?: string): void {
  emit(fx, { type: 'error', error: playerError(code, lang) });
}

function clearUtteranceTimers(fx: Effect[]): void {
  fx.push({ type: 'clear-timer', name: 'start' }, { type: 'clear-timer', name: 'end' });
  fx.push({ type: 'clear-timer', name: 'keepalive' });
}

/** Cancel the native utterance (if any); bumping the generation makes its late events stale. */
function cancelUtterance(s: MachineState, fx: Effect[]): void {
  if (s.utterance || s.nativePaused) {
    fx.push({ type: 'cancel' });
    s.generation++;
  }
  s.utterance = null;
  s.nativePaused = false;
  clearUtteranceTimers(fx);
}

/** Stop everything and go to a resting status; the position is kept only for error (play again resumes). */
function halt(s: MachineState, fx: Effect[], status: 'idle' | 'ended' | 'error'): void {
  cancelUtterance(s, fx);
  fx.push({ type: 'clear-timer', name: 'voices' });
  if (status !== 'error') {
    s.position = null;
    s.resumeOffset = 0;
  }
  s.announcedSegment = null;
  setStatus(s, status, fx);
}

function usableVoices(s: MachineState, lang: string): VoiceInfo[] {
  const primary = primaryLanguage(lang);
  if (!s.voices || s.langOnly.includes(primary)) return [];
  const voices = s.droppedVoices.length ? s.voices.filter((v) => !s.droppedVoices.includes(v.id)) : s.voices;
  return rankVoices(voices, lang, s.settings.voices[primary]);
}

/** Pick the voice for a language, announce changes, report a missing voice once per language. */
function resolveVoice(s: MachineState, lang: string, fx: Effect[]): VoiceInfo | null {
  const primary = primaryLanguage(lang);
  const ranked = usableVoices(s, lang);
  const voice = (s.alternativeVoice ? ranked[1] : undefined) ?? ranked[0] ?? null;
  const voicesFinal = s.voices !== null && (s.voices.length > 0 || s.voicesReloaded);
  if (
    !voice &&
    voicesFinal &&
    s.voices!.length > 0 &&
    !s.langOnly.includes(primary) &&
    !s.reportedNoVoice.includes(primary)
  ) {
    s.reportedNoVoice = [...s.reportedNoVoice, primary];
    report(fx, 'no-voice-for-language', primary);
  }
  const id = voice?.id ?? null;
  if (s.voices !== null && s.announcedVoices[primary] !== id) {
    s.announcedVoices = { ...s.announcedVoices, [primary]: id };
    emit(fx, { type: 'voice', lang: primary, voice });
  }
  return voice;
}

/** Speak the rest of segment `pos` from spoken offset `offset` (one native utterance). */
function speakFrom(s: MachineState, pos: PlanPosition, offset: number, fx: Effect[]): void {
  const seg = segmentAt(s.plan, pos)!;
  let from = Math.max(0, Math.min(offset, seg.spoken.length));
  while (from < seg.spoken.length && isSpace(seg.spoken[from])) from++;
  s.position = pos;
  if (from >= seg.spoken.length) {
    finishSegment(s, fx);
    return;
  }
  const n = ordinal(s, pos);
  if (s.announcedSegment !== n) {
    s.announcedSegment = n;
    emit(fx, { type: 'segment', block: pos.block, segment: pos.segment, start: seg.start, end: seg.end });
  }
  const voice = resolveVoice(s, seg.lang, fx);
  const rate = s.settings.rate;
  // Remote voices die after ~15 s: at slow rates the utterance must shrink with the rate (notes §1).
  const remoteLimit =
    voice && !voice.localService && rate < 1 ? Math.floor(MAX_SEGMENT_CHARS * rate) : Infinity;
  const end = chunkEnd(seg.spoken, from, Math.min(s.chunkLimit, remoteLimit));
  const text = seg.spoken.slice(from, end).trimEnd();
  s.generation++;
  s.utterance = {
    generation: s.generation,
    offset: from,
    end,
    text,
    lang: seg.lang,
    voice,
    started: false,
    lastWord: null,
  };
  fx.push({
    type: 'speak',
    generation: s.generation,
    position: pos,
    offset: from,
    text,
    lang: seg.lang,
    voice,
    rate,
    volume: s.settings.volume,
    pitch: s.settings.pitch,
  });
  const t = s.config.timing;
  fx.push({
    type: 'start-timer',
    name: 'start',
    ms: s.everStarted ? t.startMs : t.firstStartMs,
    generation: s.generation,
  });
}

/** Begin a segment afresh (new position: failure counters reset). */
function startSegment(s: MachineState, pos: PlanPosition, fx: Effect[]): void {
  s.attempt = 0;
  s.alternativeVoice = false;
  s.chunkLimit = MAX_SEGMENT_CHARS;
  s.resumeOffset = 0;
  speakFrom(s, pos, 0, fx);
}

/** The current segment is done (spoken or skipped): progress, then the next one or the end. */
function finishSegment(s: MachineState, fx: Effect[]): void {
  const pos = s.position!;
  clearUtteranceTimers(fx);
  s.utterance = null;
  emit(fx, {
    type: 'progress',
    block: pos.block,
    segment: pos.segment,
    done: ordinal(s, pos) + 1,
    total: totalSegments(s),
  });
  const next = forwardFrom(s.plan!, { block: pos.block, segment: pos.segment + 1 });
  if (next) {
    startSegment(s, next, fx);
    return;
  }
  halt(s, fx, 'ended');
  emit(fx, { type: 'ended' });
}

/** A failed or stuck utterance: retry once, then another voice of the language, then skip the segment. */
function failUtterance(s: MachineState, fx: Effect[]): void {
  const u = s.utterance!;
  const pos = s.position!;
  cancelUtterance(s, fx);
  s.attempt++;
  if (s.attempt === 1) {
    speakFrom(s, pos, u.offset, fx);
    return;
  }
  if (s.attempt === 2 && usableVoices(s, u.lang).length > 1 && !s.alternativeVoice) {
    s.alternativeVoice = true;
    speakFrom(s, pos, u.offset, fx);
    return;
  }
  s.consecutiveSkips++;
  if (s.consecutiveSkips >= MAX_CONSECUTIVE_SKIPS) {
    report(fx, 'engine-failed');
    halt(s, fx, 'error');
    return;
  }
  report(fx, 'segment-skipped', u.lang);
  finishSegment(s, fx);
}

/** Move to `target` under the current status (navigation commands). */
function moveTo(s: MachineState, target: PlanPosition, fx: Effect[]): MachineState | null {
  switch (s.status) {
    case 'playing':
      cancelUtterance(s, fx);
      s.announcedSegment = null;
      startSegment(s, target, fx);
      return s;
    case 'loading-voices':
      s.position = target;
      return s;
    case 'paused': {
      cancelUtterance(s, fx);
      s.position = target;
      s.resumeOffset = 0;
      s.attempt = 0;
      s.alternativeVoice = false;
      s.chunkLimit = MAX_SEGMENT_CHARS;
      const seg = segmentAt(s.plan, target)!;
      s.announcedSegment = ordinal(s, target);
      emit(fx, {
        type: 'segment',
        block: target.block,
        segment: target.segment,
        start: seg.start,
        end: seg.end,
      });
      return s;
    }
    default:
      return null;
  }
}

/** Word start (segment offset) for a boundary at `index`: skip spaces forward, then back to the word start. */
function wordStart(text: string, index: number, lo: number): number {
  let i = index;
  while (i < text.length && isSpace(text[i])) i++;
  while (i > lo && !isSpace(text[i - 1])) i--;
  return i;
}

/** Word end when the engine gives no charLength (Safari) or 0: up to the next space, minus punctuation. */
function wordEnd(text: string, start: number, hi: number): number {
  let i = start;
  while (i < hi && !isSpace(text[i])) i++;
  while (i > start + 1 && /[.,;:!?…"'»”’)\]]/.test(text[i - 1]!)) i--;
  return i;
}

// ---------------------------------------------------------------------------------------------------------
// The transition function

function handle(s: MachineState, e: MachineEvent, fx: Effect[]): MachineState | null {
  switch (e.type) {
    case 'load': {
      halt(s, fx, 'idle');
      s.plan = e.plan;
      s.blockOrdinals = [];
      s.total = -1;
      if (!s.voicesRequested) {
        s.voicesRequested = true;
        fx.push({ type: 'load-voices' });
      }
      return s;
    }

    case 'play': {
      if (!s.plan) return null;
      if (!e.from && s.status === 'playing') return null;
      if (!e.from && s.status === 'paused') return handle(s, { type: 'resume' }, fx);
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
    }

    case 'voices-loaded': {
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
    }

    case 'pause': {
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
    }

    case 'resume': {
      if (s.status !== 'paused' || !s.position) return null;
      setStatus(s, 'playing', fx);
      if (s.nativePaused && s.utterance) {
        s.nativePaused = false;
        fx.push({ type: 'native-resume' });
        const u = s.utterance;
        const t = s.config.timing;
        fx.push({
          type: 'start-timer',
          name: 'end',
          ms: expectedSpeechMs(u.text.length, s.settings.rate, t) * 2 + t.endMarginMs,
          generation: s.generation,
        });
        return s;
      }
      speakFrom(s, s.position, s.resumeOffset, fx);
      return s;
    }

    case 'stop':
    case 'pagehide':
      if (s.status === 'idle') return null;
      halt(s, fx, 'idle');
      return s;

    case 'next-sentence':
    case 'prev-sentence':
    case 'next-block':
    case 'prev-block': {
      if (!s.plan || !s.position) return null;
      if (s.status !== 'playing' && s.status !== 'paused' && s.status !== 'loading-voices') return null;
      const p = s.position;
      let target: PlanPosition | null;
      if (e.type === 'next-sentence')
        target = forwardFrom(s.plan, { block: p.block, segment: p.segment + 1 });
      else if (e.type === 'prev-sentence')
        target = backwardFrom(s.plan, { block: p.block, segment: p.segment - 1 }) ?? forwardFrom(s.plan, p);
      else if (e.type === 'next-block') target = forwardFrom(s.plan, { block: p.block + 1, segment: 0 });
      else {
        // Previous block: the start of the nearest earlier block with something to say (else restart this one).
        target = null;
        for (let b = p.block - 1; b >= 0 && !target; b--) target = firstOfBlock(s.plan, b);
        target ??= firstOfBlock(s.plan, p.block);
      }
      if (!target) {
        // Next past the last sentence: reading is over.
        halt(s, fx, 'ended');
        emit(fx, { type: 'ended' });
        return s;
      }
      return moveTo(s, target, fx);
    }

    case 'seek': {
      if (!s.plan) return null;
      const target = forwardFrom(s.plan, e.to);
      if (!target) return null;
      if (s.status === 'idle' || s.status === 'ended' || s.status === 'error') {
        s.position = target;
        s.resumeOffset = 0;
        return s;
      }
      return moveTo(s, target, fx);
    }

    case 'set-rate': {
      const rate = clampRate(e.rate, s.config);
      if (rate === s.settings.rate) return null;
      s.settings = { ...s.settings, rate };
      return respeakCurrent(s, fx);
    }

    case 'set-volume': {
      const volume = clamp(e.volume, 0, 1);
      if (volume === s.settings.volume) return null;
      // Applies from the next utterance: re-speaking a sentence for a volume change would be worse.
      s.settings = { ...s.settings, volume };
      return s;
    }

    case 'set-voice': {
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
    }

    case 'utterance-start': {
      const u = s.utterance;
      if (!u || e.generation !== s.generation || u.started) return null;
      s.utterance = { ...u, started: true };
      s.everStarted = true;
      const t = s.config.timing;
      fx.push({ type: 'clear-timer', name: 'start' });
      fx.push({
        type: 'start-timer',
        name: 'end',
        ms: expectedSpeechMs(u.text.length, s.settings.rate, t) * 2 + t.endMarginMs,
        generation: s.generation,
      });
      if (s.config.keepAlive && u.voice && !u.voice.localService) {
        fx.push({ type: 'start-timer', name: 'keepalive', ms: t.keepAliveMs, generation: s.generation });
      }
      // An empty list may only have been provisional: ask again now that speech runs.
      if (s.voices?.length === 0 && !s.voicesReloaded) {
        s.voicesReloaded = true;
        fx.push({ type: 'load-voices' });
      }
      return s;
    }

    case 'utterance-boundary': {
      const u = s.utterance;
      if (!u || e.generation !== s.generation) return null;
      const seg = segmentAt(s.plan, s.position)!;
      const start = wordStart(seg.spoken, u.offset + Math.max(0, e.charIndex), u.offset);
      if (start >= u.end) return null;
      const end =
        e.charLength && e.charLength > 0
          ? Math.min(start + e.charLength, u.end)
          : wordEnd(seg.spoken, start, u.end);
      s.utterance = { ...u, lastWord: start, started: true };
      const d = spokenToDisplay(seg, start, end);
      const p = s.position!;
      emit(fx, { type: 'word', block: p.block, segment: p.segment, start: d.start, end: d.end });
      return s;
    }

    case 'utterance-end': {
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
      const seg = segmentAt(s.plan, s.position)!;
      if (u.end < seg.spoken.length) speakFrom(s, s.position!, u.end, fx);
      else finishSegment(s, fx);
      return s;
    }

    case 'utterance-error': {
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
          if (s.status !== 'playing') return null;
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
        case 'language-unavailable': {
          const primary = primaryLanguage(u.lang);
          if (u.voice) {
            // Drop the voice and speak with `lang` only (notes §1).
            s.droppedVoices = [...s.droppedVoices, u.voice.id];
            s.langOnly = [...s.langOnly, primary];
            cancelUtterance(s, fx);
            speakFrom(s, s.position!, u.offset, fx);
            return s;
          }
          failUtterance(s, fx);
          return s;
        }
        case 'text-too-long': {
          // Split again: halve the utterance length until it fits.
          const half = Math.floor((u.end - u.offset) / 2);
          if (half < MIN_CHUNK_CHARS) {
            failUtterance(s, fx);
            return s;
          }
          s.chunkLimit = half;
          cancelUtterance(s, fx);
          speakFrom(s, s.position!, u.offset, fx);
          return s;
        }
        default:
          failUtterance(s, fx);
          return s;
      }
    }

    case 'timer': {
      if (e.generation !== s.generation) return null;
      switch (e.name) {
        case 'voices':
          if (s.status !== 'loading-voices') return null;
          // The list is late: speak with `lang` only now; the voice list is used once it arrives.
          setStatus(s, 'playing', fx);
          speakFrom(s, s.position!, s.resumeOffset, fx);
          return s;
        case 'start':
          if (!s.utterance || s.utterance.started || s.status !== 'playing') return null;
          failUtterance(s, fx);
          return s;
        case 'end': {
          if (!s.utterance || s.status !== 'playing') return null;
          // Lost `end` or the 15-second cut-off: the sentence has had its time; cancel and move on.
          const u = s.utterance;
          cancelUtterance(s, fx);
          const seg = segmentAt(s.plan, s.position)!;
          if (u.end < seg.spoken.length) speakFrom(s, s.position!, u.end, fx);
          else finishSegment(s, fx);
          return s;
        }
        case 'keepalive':
          if (!s.utterance || s.status !== 'playing' || s.nativePaused) return null;
          fx.push({ type: 'keep-alive' });
          fx.push({
            type: 'start-timer',
            name: 'keepalive',
            ms: s.config.timing.keepAliveMs,
            generation: s.generation,
          });
          return s;
      }
      return null;
    }

    default:
      return null;
  }
}

/** Rate or voice changed: while speaking, say the current sentence again from its start with the new setting. */
function respeakCurrent(s: MachineState, fx: Effect[]): MachineState {
  if (s.status === 'playing' && s.utterance && s.position) {
    const pos = s.position;
    cancelUtterance(s, fx);
    s.chunkLimit = MAX_SEGMENT_CHARS;
    speakFrom(s, pos, 0, fx);
  } else if (s.status === 'paused' && s.nativePaused) {
    // A natively paused utterance keeps its old rate/voice: drop it, resume softly from the sentence start.
    cancelUtterance(s, fx);
    s.resumeOffset = 0;
  }
  return s;
}
