// The steps every event handler of the player machine is built from. Each takes the draft state `s` (a fresh
// shallow copy made by `transition`), may reassign its fields, and pushes effects; none changes an object or
// array it did not create, so the state given to `transition` stays as it was.

import type { VoiceInfo } from './engine.ts';
import { playerError } from './errors.ts';
import { countSegments } from './lazy-plan.ts';
import type { Effect, MachineConfig, MachineState } from './machine-types.ts';
import { MAX_CONSECUTIVE_SKIPS, MAX_RATE, MIN_RATE } from './machine-types.ts';
import type { PlanPosition } from './plan.ts';
import { MAX_SEGMENT_CHARS } from './plan.ts';
import { blockOrdinals, forwardFrom, segmentAt } from './plan-cursor.ts';
import type { PlayerErrorCode, PlayerEvent, PlayerStatus } from './player-types.ts';
import { endWatchdogMs } from './timing.ts';
import { primaryLanguage, rankVoices } from './voices.ts';
import { cutAtLastSpace, isSpace } from './words.ts';

export function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

export function clampRate(rate: number, c: MachineConfig): number {
  const lo = Math.max(MIN_RATE, c.minRate);
  const hi = Math.min(MAX_RATE, c.maxRate);
  return clamp(Number.isFinite(rate) ? rate : 1, lo, Math.max(lo, hi));
}

/** Ordinal of the segment at `pos` in the whole plan (block ordinals are filled on demand, never in place). */
export function ordinal(s: MachineState, pos: PlanPosition): number {
  if (!s.plan) return pos.segment;
  s.blockOrdinals = blockOrdinals(s.plan, s.blockOrdinals, pos.block);
  return (s.blockOrdinals[pos.block] ?? 0) + pos.segment;
}

/** Segments in the whole plan: estimated while a lazy plan has blocks not cut yet, then kept. */
export function totalSegments(s: MachineState): number {
  if (s.total !== null) return s.total;
  const { count, exact } = countSegments(s.plan);
  if (exact) s.total = count;
  return count;
}

export function emit(fx: Effect[], event: PlayerEvent): void {
  fx.push({ type: 'emit', event });
}

export function setStatus(s: MachineState, status: PlayerStatus, fx: Effect[]): void {
  if (s.status === status) return;
  emit(fx, { type: 'state', status, previous: s.status });
  s.status = status;
}

export function report(fx: Effect[], code: PlayerErrorCode, lang?: string): void {
  emit(fx, { type: 'error', error: playerError(code, lang) });
}

export function clearUtteranceTimers(fx: Effect[]): void {
  fx.push({ type: 'clear-timer', name: 'start' }, { type: 'clear-timer', name: 'end' });
  fx.push({ type: 'clear-timer', name: 'keepalive' });
}

/** Cancel the native utterance (if any); bumping the generation makes its late events stale. */
export function cancelUtterance(s: MachineState, fx: Effect[]): void {
  if (s.utterance || s.nativePaused) {
    fx.push({ type: 'cancel' });
    s.generation++;
  }
  s.utterance = null;
  s.nativePaused = false;
  clearUtteranceTimers(fx);
}

/** Stop everything and go to a resting status; the position is kept only for error (play again resumes). */
export function halt(s: MachineState, fx: Effect[], status: 'idle' | 'ended' | 'error'): void {
  cancelUtterance(s, fx);
  fx.push({ type: 'clear-timer', name: 'voices' });
  if (status !== 'error') {
    s.position = null;
    s.resumeOffset = 0;
  }
  s.announcedSegment = null;
  setStatus(s, status, fx);
}

export function usableVoices(s: MachineState, lang: string): VoiceInfo[] {
  const primary = primaryLanguage(lang);
  if (!s.voices || s.langOnly.includes(primary)) return [];
  const voices = s.droppedVoices.length ? s.voices.filter((v) => !s.droppedVoices.includes(v.id)) : s.voices;
  return rankVoices(voices, lang, s.settings.voices[primary]);
}

/** Pick the voice for a language, announce changes, report a missing voice once per language. */
export function resolveVoice(s: MachineState, lang: string, fx: Effect[]): VoiceInfo | null {
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
export function speakFrom(s: MachineState, pos: PlanPosition, offset: number, fx: Effect[]): void {
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
  // Remote voices die after ~15 s: at slow rates the utterance must shrink with the rate
  // (docs/speech-platform.md#short-utterances).
  const remoteLimit =
    voice && !voice.localService && rate < 1 ? Math.floor(MAX_SEGMENT_CHARS * rate) : Infinity;
  const end = cutAtLastSpace(seg.spoken, from, Math.min(s.chunkLimit, remoteLimit));
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

/** Arm the end watchdog for the utterance in flight (started, or natively resumed). */
export function startEndWatchdog(s: MachineState, text: string, fx: Effect[]): void {
  fx.push({
    type: 'start-timer',
    name: 'end',
    ms: endWatchdogMs(text.length, s.settings.rate, s.config.timing),
    generation: s.generation,
  });
}

/** Begin a segment afresh (new position: failure counters reset). */
export function startSegment(s: MachineState, pos: PlanPosition, fx: Effect[]): void {
  s.attempt = 0;
  s.alternativeVoice = false;
  s.chunkLimit = MAX_SEGMENT_CHARS;
  s.resumeOffset = 0;
  speakFrom(s, pos, 0, fx);
}

/** The current segment is done (spoken or skipped): progress, then the next one or the end. */
export function finishSegment(s: MachineState, fx: Effect[]): void {
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
export function failUtterance(s: MachineState, fx: Effect[]): void {
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
export function moveTo(s: MachineState, target: PlanPosition, fx: Effect[]): MachineState | null {
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

/** Rate or voice changed: while speaking, say the current sentence again from its start with the new setting. */
export function respeakCurrent(s: MachineState, fx: Effect[]): MachineState {
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
