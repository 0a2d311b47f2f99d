// A block's segments: sentences, cut to the utterance limit, each with its speech text mapped to block offsets.

import type { Segment } from '../core/plan.ts';
import { cutLong, windows } from './cut-long.ts';
import { sentenceRanges } from './sentences.ts';
import { toSpeechText } from './speech-text.ts';
import type { Lexicon } from './types.ts';

/** Segments of one block, in order; pieces with nothing to say (only symbols dropped from speech) are skipped. */
export function buildSegments(blockText: string, lang: string, lexicon?: Lexicon): Segment[] {
  return [...segmentsOf(blockText, lang, lexicon)];
}

/** The same segments, each cut only when asked for (a huge block is read a window at a time). */
export function* segmentsOf(blockText: string, lang: string, lexicon?: Lexicon): Generator<Segment> {
  const speak = (display: string) => toSpeechText(display, lang, lexicon);
  for (const sentence of sentenceRanges(blockText, lang)) {
    for (const piece of windows(blockText, sentence).flatMap((w) => cutLong(blockText, w, speak))) {
      const { spoken, map } = piece.speech;
      if (spoken.trim() === '') continue;
      const segment: Segment = { start: piece.start, end: piece.end, spoken, lang };
      if (spoken !== blockText.slice(piece.start, piece.end)) {
        segment.map = map.map((p) => ({
          ...p,
          displayStart: p.displayStart + piece.start,
          displayEnd: p.displayEnd + piece.start,
        }));
      }
      yield segment;
    }
  }
}
