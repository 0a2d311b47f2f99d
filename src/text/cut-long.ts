// Cutting long sentences so each piece's spoken text fits one utterance (MAX_SEGMENT_CHARS).

import { MAX_SEGMENT_CHARS, type OffsetPiece } from '../core/plan.ts';
import { cutAtLastSpace } from '../core/words.ts';
import type { SentenceRange, SpeechText } from './types.ts';

/** A piece of a sentence: display offsets into the block text, and its speech text (map relative to `start`). */
export interface SpokenPiece extends SentenceRange {
  speech: SpeechText;
}

export type Speak = (display: string) => SpeechText;

/**
 * A clause cut that leaves a first piece shorter than this (in spoken characters) is choppy ("Ja,", "Då,"),
 * so a cut between words nearer the ideal length is preferred over it.
 */
const MIN_CLAUSE_PIECE_CHARS = 40;

/** Clause punctuation followed by a space; a spaced dash counts, but not a range dash between digits. */
const CLAUSE_END = /[;:,](?=\s)|(?<!\p{N}\s?)\s[–—](?=\s)(?!\s?\p{N})/gu;

/** Spoken length of the part of `speech` that comes from display offsets before `d` (relative). */
function spokenBefore(map: readonly OffsetPiece[], d: number): number {
  let length = 0;
  for (const p of map) {
    if (p.displayEnd <= d) length = p.spokenEnd;
    else if (p.displayStart < d && p.spokenEnd - p.spokenStart === p.displayEnd - p.displayStart) {
      length = p.spokenStart + (d - p.displayStart);
    }
  }
  return length;
}

/** Whitespace inside a replacement ("0980-319 200", "10 000", "Nilsson (S)") is not a place to cut. */
function insideReplacement(map: readonly OffsetPiece[], text: string, d: number): boolean {
  if (/\p{N}/u.test(text[d - 1] ?? '') && /\p{N}/u.test(text[d + 1] ?? '')) return true;
  return map.some(
    (p) =>
      p.spokenEnd - p.spokenStart !== p.displayEnd - p.displayStart && p.displayStart < d && d < p.displayEnd,
  );
}

/** Where a piece may end (relative offsets), clause ends and word gaps, each with its spoken length before. */
function candidates(display: string, map: readonly OffsetPiece[]): { clause: number[]; word: number[] } {
  const clause: number[] = [];
  for (const m of display.matchAll(CLAUSE_END)) clause.push(m.index + m[0].length);
  const word: number[] = [];
  for (const m of display.matchAll(/\s+/gu)) {
    if (m.index > 0 && !insideReplacement(map, display, m.index)) word.push(m.index);
  }
  let lastText = display.length;
  while (lastText > 0 && /\s/u.test(display[lastText - 1]!)) lastText--;
  // Something but spaces after the cut: one scan, not a copy of the rest at each candidate.
  const usable = (d: number): boolean => d > 0 && d < lastText;
  return { clause: clause.filter(usable), word: word.filter(usable) };
}

/** The cut nearest to the ideal piece length that keeps the first piece within the limit. */
function pick(
  cuts: number[],
  lengthBefore: (d: number) => number,
  ideal: number,
  max: number,
  min = 1,
): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of cuts) {
    const len = lengthBefore(d);
    if (len > max || len < min) continue;
    const distance = Math.abs(len - ideal);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function trimmed(text: string, start: number, end: number): SentenceRange {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A single display character whose spoken form is still too long (a lexicon entry): split what is said. */
function splitSpoken(range: SentenceRange, speech: SpeechText, max: number): SpokenPiece[] {
  const pieces: SpokenPiece[] = [];
  let rest = speech.spoken;
  while (rest.length > 0) {
    const cut = cutAtLastSpace(rest, 0, max);
    const spoken = rest.slice(0, cut).trim();
    const span = {
      spokenStart: 0,
      spokenEnd: spoken.length,
      displayStart: 0,
      displayEnd: range.end - range.start,
    };
    if (spoken) pieces.push({ ...range, speech: { spoken, map: [span] } });
    rest = rest.slice(cut).trimStart();
  }
  return pieces;
}

/**
 * A sentence longer than this (display characters) is first cut into windows of at most this length, between
 * words: cutting looks at every candidate against the whole sentence's speech, fine for a real sentence,
 * quadratic for a page's 2 MB run-on "sentence". Four utterances' worth keeps the cuts of real text as before.
 */
export const MAX_CUT_WINDOW_CHARS = MAX_SEGMENT_CHARS * 4;

/** `range` as consecutive windows of at most `max` characters, ending at a space where one is in reach. */
export function windows(text: string, range: SentenceRange, max = MAX_CUT_WINDOW_CHARS): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = range.start;
  while (range.end - start > max) {
    let end = start + max;
    // The last space in the window's second half, not inside a number ("10 000"); without one, a hard cut
    // (never inside a surrogate pair).
    const gap = (i: number) =>
      /\s/u.test(text[i]!) && !(/\p{N}/u.test(text[i - 1] ?? '') && /\p{N}/u.test(text[i + 1] ?? ''));
    let space = end;
    while (space > start + max / 2 && !gap(space)) space--;
    if (space > start + max / 2) end = space;
    else if (/[\uDC00-\uDFFF]/.test(text[end]!)) end--;
    const piece = trimmed(text, start, end);
    if (piece.end > piece.start) out.push(piece);
    start = end;
  }
  const last = trimmed(text, start, range.end);
  if (last.end > last.start) out.push(last);
  return out;
}

/**
 * Cut `range` of `text` into pieces whose spoken text is at most `max` characters: at clause punctuation
 * first, then between words, then (one huge token) between characters. The cut is chosen on the whole
 * sentence's speech map, then every piece is spoken again on its own and cut again if it is still too long
 * (a rule can read differently without its context).
 */
export function cutLong(
  text: string,
  range: SentenceRange,
  speak: Speak,
  max = MAX_SEGMENT_CHARS,
): SpokenPiece[] {
  const display = text.slice(range.start, range.end);
  const speech = speak(display);
  if (speech.spoken.length <= max) return [{ ...range, speech }];
  if (range.end - range.start <= 1) return splitSpoken(range, speech, max);

  const lengthBefore = (d: number): number => spokenBefore(speech.map, d);
  const ideal = speech.spoken.length / Math.ceil(speech.spoken.length / max);
  const { clause, word } = candidates(display, speech.map);
  let cut =
    pick(clause, lengthBefore, ideal, max, MIN_CLAUSE_PIECE_CHARS) ?? pick(word, lengthBefore, ideal, max);
  if (cut === null) {
    // One token longer than the limit: the longest prefix that fits, never inside a replacement (a lexicon
    // word cut in two is matched by neither half: "Bergvi k."). A replacement too long to say in one
    // utterance is split in what is said instead.
    let found: number | null = null;
    for (let d = 1; d < display.length; d++) {
      if (!insideReplacement(speech.map, '', d) && lengthBefore(d) <= max) found = d;
    }
    if (found === null) return splitSpoken(range, speech, max);
    cut = found;
  }
  const left = trimmed(text, range.start, range.start + cut);
  const right = trimmed(text, range.start + cut, range.end);
  return [left, right].filter((r) => r.end > r.start).flatMap((r) => cutLong(text, r, speak, max));
}
