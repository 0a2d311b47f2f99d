// From an utterance to what eSpeak NG says and back (pure): the text passes through Lyssna's speech
// normalisation ("kl." → "klockan", "8–16" → "8 till 16"), is cut into sentences so the first one plays
// while the rest are made, and eSpeak NG's word and sentence events are mapped back to the page's text.

import { spokenToDisplay } from '../core/plan.ts';
import { toSpeechText } from '../text/speech-text.ts';
import type { SpeechText } from '../text/types.ts';

/** An event as the eSpeak NG module reports it: positions are characters (code points) counted from 1. */
export interface EspeakEvent {
  type: string;
  text_position: number;
  word_length: number;
  /** Milliseconds from the start of the synthesised text. */
  audio_position: number;
}

/** A word or sentence event for chrome.ttsEngine: offsets in UTF-16 code units of the original utterance. */
export interface TimedEvent {
  atMs: number;
  type: 'word' | 'sentence';
  charIndex: number;
  length?: number;
}

/** A piece of the spoken text synthesised in one go. */
export interface Chunk {
  text: string;
  /** Offset of `text` in the whole spoken text (UTF-16). */
  spokenStart: number;
}

export interface PreparedUtterance {
  /** The page's text, as Chrome gave it. */
  original: string;
  speech: SpeechText;
  chunks: Chunk[];
}

/**
 * Pages and Lyssna's own player send sentences; other callers may send a whole article. One chunk per
 * sentence keeps the wait before the first sound at one sentence's synthesis (~150 ms) whatever the length.
 */
const SENTENCE_END = /(?<=[.!?…።፧؟])\s+/u;

/**
 * Normalise and cut. Lyssna's player has already normalised its text (normalising twice changes nothing:
 * "klockan" and "8 till 16" have nothing left to expand); other pages' text has not, so the engine always does.
 */
export function prepareUtterance(text: string, lang: string): PreparedUtterance {
  const speech = toSpeechText(text, lang);
  const chunks: Chunk[] = [];
  let at = 0;
  for (const part of speech.spoken.split(SENTENCE_END)) {
    const start = speech.spoken.indexOf(part, at);
    if (part.trim().length > 0) chunks.push({ text: part, spokenStart: start });
    at = start + part.length;
  }
  return { original: text, speech, chunks };
}

/** UTF-16 offset of each code point of `s`, plus one past the end: eSpeak counts code points. */
export function codePointOffsets(s: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of s) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

/** Original-text range of spoken range [from, to) (whole spoken text, UTF-16). */
function toOriginal(u: PreparedUtterance, from: number, to: number): { start: number; end: number } {
  const seg = {
    start: 0,
    end: u.original.length,
    spoken: u.speech.spoken,
    lang: '',
    map: u.speech.map,
  };
  return spokenToDisplay(seg, from, to);
}

/** Letters, digits and combining marks (Arabic vowel signs, Ge'ez is letters): what a word is made of. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Widen [start, end) to whole words of `text`. eSpeak NG reports a number it reads as several words ("2018" as
 * "tjugohundra" + "arton") with positions inside the number: the page should see the number, once.
 */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  const inWord = (i: number) =>
    i > 0 && i < text.length && WORD_CHAR.test(text[i - 1]!) && WORD_CHAR.test(text[i]!);
  let s = start;
  while (inWord(s)) s--;
  let e = Math.max(end, s);
  while (inWord(e)) e++;
  return { start: s, end: e };
}

/**
 * eSpeak NG's events for one chunk → word and sentence events on the original text, in time order. Words
 * that map onto nothing visible (eSpeak also reports pauses it makes around symbols) are dropped.
 */
export function mapChunkEvents(
  u: PreparedUtterance,
  chunk: Chunk,
  events: readonly EspeakEvent[],
): TimedEvent[] {
  const cps = codePointOffsets(chunk.text);
  const utf16 = (cp1: number) => cps[Math.min(Math.max(cp1 - 1, 0), cps.length - 1)]!;
  const out: TimedEvent[] = [];
  for (const e of events) {
    if (e.type !== 'word' && e.type !== 'sentence') continue;
    const from = chunk.spokenStart + utf16(e.text_position);
    if (e.type === 'sentence') {
      out.push({ atMs: e.audio_position, type: 'sentence', charIndex: toOriginal(u, from, from).start });
      continue;
    }
    const to = chunk.spokenStart + utf16(e.text_position + e.word_length);
    const mapped = toOriginal(u, from, to);
    if (mapped.end <= mapped.start || u.original.slice(mapped.start, mapped.end).trim() === '') continue;
    let trimmedEnd = mapped.end;
    while (/\s/u.test(u.original[trimmedEnd - 1]!)) trimmedEnd--;
    const { start, end } = wholeWords(u.original, mapped.start, trimmedEnd);
    if (out.findLast((w) => w.type === 'word')?.charIndex === start) continue;
    out.push({ atMs: e.audio_position, type: 'word', charIndex: start, length: end - start });
  }
  return out;
}

/** eSpeak NG's speaking rate at Web Speech rate 1 (its default, words per minute). */
export const ESPEAK_DEFAULT_WPM = 175;
/** eSpeak NG's limits: slower or faster values are ignored by it, so we clamp. */
export const ESPEAK_MIN_WPM = 80;
export const ESPEAK_MAX_WPM = 450;
/** eSpeak NG pitch is 0–99 with 50 normal; Web Speech pitch is 0–2 with 1 normal. */
export const ESPEAK_DEFAULT_PITCH = 50;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Web Speech rate/pitch (undefined = default) → eSpeak NG words per minute and pitch. */
export function espeakSettings(rate = 1, pitch = 1): { wpm: number; pitch: number } {
  return {
    wpm: Math.round(clamp(ESPEAK_DEFAULT_WPM * rate, ESPEAK_MIN_WPM, ESPEAK_MAX_WPM)),
    pitch: Math.round(clamp(ESPEAK_DEFAULT_PITCH * pitch, 0, 99)),
  };
}
