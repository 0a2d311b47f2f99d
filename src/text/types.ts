// Text-stage contracts: sentence ranges in display text, and speech text with its offset map.

import type { OffsetPiece } from '../core/plan.ts';

/** A sentence as display offsets [start, end) into the block text, trimmed of surrounding spaces. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** What a voice should say for a piece of display text, with a map back to display offsets. */
export interface SpeechText {
  spoken: string;
  /** Pieces with display offsets relative to the input string passed to the normaliser. */
  map: OffsetPiece[];
}

/** A pronunciation lexicon: written word (case-insensitive, whole word) → what to say. */
export type Lexicon = Record<string, string>;
