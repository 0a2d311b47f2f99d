// The player machine's vocabulary: its state, the events it takes and the effects it asks for. Types only,
// plus the limits the state is built with.

import type { EngineErrorCode, VoiceInfo } from './engine.ts';
import type { PlanPosition, ReadingPlan } from './plan.ts';
import type { PlayerEvent, PlayerSettings, PlayerStatus } from './player-types.ts';
import type { Timing } from './timing.ts';

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
   * and loading it must not force them inside the click that starts speech. Never changed in place: a longer
   * list is a new array (see blockOrdinals in plan-cursor.ts), so earlier states stay as they were.
   */
  blockOrdinals: readonly number[];
  /** Segments in the whole plan; null until progress first needs it (counting reads every block). */
  total: number | null;
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
