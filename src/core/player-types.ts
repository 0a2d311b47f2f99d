// The player's public surface: commands in, typed events out. UIs (widget, extension) use only this.

import type { VoiceInfo } from './engine.ts';
import type { PlanPosition, ReadingPlan } from './plan.ts';

export type PlayerStatus = 'idle' | 'loading-voices' | 'playing' | 'paused' | 'ended' | 'error';

/** Errors the UI shows, each in its own words (Swedish and English ones in error-messages.ts). */
export type PlayerErrorCode =
  | 'no-voice-for-language' // no voice of the language: speaking with lang only; tell the user how to add one
  | 'not-allowed' // the browser wants a click before speech
  | 'engine-failed' // the engine failed repeatedly (synthesis-failed, audio-busy, network…)
  | 'no-speech-support' // no speechSynthesis / no engine at all
  | 'no-voices' // the engine has no voices at all
  | 'empty-plan' // nothing to read on this page
  | 'segment-skipped'; // one sentence failed twice and was skipped (reading goes on)

export interface PlayerError {
  code: PlayerErrorCode;
  /** BCP 47 language concerned, for voice errors. */
  lang?: string;
  /** Fatal errors stop reading; others are notices while reading goes on. */
  fatal: boolean;
}

export interface SegmentRef extends PlanPosition {
  /** Display offsets in the block's text. */
  start: number;
  end: number;
}

export type PlayerEvent =
  | { type: 'state'; status: PlayerStatus; previous: PlayerStatus }
  | { type: 'segment'; block: number; segment: number; start: number; end: number }
  | { type: 'word'; block: number; segment: number; start: number; end: number }
  | {
      type: 'progress';
      block: number;
      segment: number;
      /** Segments finished so far / total segments in the plan. */
      done: number;
      total: number;
    }
  | { type: 'voice'; lang: string; voice: VoiceInfo | null }
  | { type: 'error'; error: PlayerError }
  | { type: 'ended' };

export type PlayerEventType = PlayerEvent['type'];
/** Each event type's event, for typed listener registries. */
export type PlayerEventMap = { [T in PlayerEventType]: Extract<PlayerEvent, { type: T }> };
export type PlayerListener<T extends PlayerEventType = PlayerEventType> = (
  event: Extract<PlayerEvent, { type: T }>,
) => void;

export interface PlayerSettings {
  /** 0.5–3 (the player clamps to the engine's range too). */
  rate: number;
  /** 0–1. */
  volume: number;
  pitch: number;
  /** Saved voice choice per primary language ("sv" → {name, lang}). */
  voices: Record<string, { name: string; lang: string }>;
}

export interface Player {
  load(plan: ReadingPlan): void;
  /** Play from the start, or from a position. Call synchronously inside a click handler (user activation). */
  play(from?: PlanPosition): void;
  pause(): void;
  resume(): void;
  /** Play, pause or resume, whichever fits the state. */
  toggle(): void;
  stop(): void;
  nextSentence(): void;
  previousSentence(): void;
  nextBlock(): void;
  previousBlock(): void;
  seek(to: PlanPosition): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
  /** Choose a voice for a language (null: back to automatic). Re-speaks the current sentence. */
  setVoice(lang: string, voice: VoiceInfo | null): void;
  voices(): Promise<VoiceInfo[]>;
  readonly status: PlayerStatus;
  readonly position: PlanPosition | null;
  readonly settings: Readonly<PlayerSettings>;
  on<T extends PlayerEventType>(type: T, listener: PlayerListener<T>): () => void;
  off<T extends PlayerEventType>(type: T, listener: PlayerListener<T>): void;
  dispose(): void;
}
