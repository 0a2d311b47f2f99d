// Speech text: what a voice should say for a piece of display text, with a map back to the display offsets.

import { primarySubtag } from '../core/lang-tag.ts';
import type { OffsetPiece } from '../core/plan.ts';
import { rulesFor } from './rules/index.ts';
import { lexiconRule } from './rules/lexicon.ts';
import type { Edit, SpeechRule } from './rules/types.ts';
import type { Lexicon, SpeechText } from './types.ts';

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: never spoken, and they break word matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** A stretch of spoken text before whitespace is tidied: identity text maps char by char. */
interface RawPiece {
  spoken: string;
  displayStart: number;
  displayEnd: number;
  identity: boolean;
}

/** The text without invisible characters, and where each of its characters sits in the original. */
function withoutInvisible(text: string): { clean: string; origin: number[] } {
  let clean = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i]!)) continue;
    clean += text[i];
    origin.push(i);
  }
  return { clean, origin };
}

/** Apply rules in order; a match is taken only if none of its characters was claimed by an earlier one. */
function collectEdits(text: string, rules: readonly SpeechRule[]): Edit[] {
  const claimed = new Uint8Array(text.length);
  const edits: Edit[] = [];
  for (const rule of rules) {
    for (const match of rule.find(text)) {
      const isFree = (from: number, to: number): boolean => claimed.subarray(from, to).every((c) => c === 0);
      if (match.end <= match.start) continue;
      if (isFree(match.start, match.end)) edits.push(...match.edits);
      else if (rule.splittable) edits.push(...match.edits.filter((e) => isFree(e.start, e.end)));
      else continue;
      claimed.fill(1, match.start, match.end);
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Spoken pieces in order: identity runs between edits (split where an invisible character was dropped). */
function rawPieces(clean: string, origin: number[], sourceLength: number, edits: Edit[]): RawPiece[] {
  const pieces: RawPiece[] = [];
  const originEnd = (cleanEnd: number): number => (cleanEnd === 0 ? 0 : origin[cleanEnd - 1]! + 1);
  const identity = (from: number, to: number): void => {
    let runStart = from;
    for (let i = from + 1; i <= to; i++) {
      if (i === to || origin[i] !== origin[i - 1]! + 1) {
        if (i > runStart) {
          pieces.push({
            spoken: clean.slice(runStart, i),
            displayStart: origin[runStart]!,
            displayEnd: origin[i - 1]! + 1,
            identity: true,
          });
        }
        runStart = i;
      }
    }
  };
  let cursor = 0;
  for (const e of edits) {
    if (e.start < cursor) continue; // overlapping edits inside one match: the first wins
    identity(cursor, e.start);
    if (e.spoken.length > 0) {
      const displayStart = e.start < origin.length ? origin[e.start]! : sourceLength;
      pieces.push({ spoken: e.spoken, displayStart, displayEnd: originEnd(e.end), identity: false });
    }
    cursor = e.end;
  }
  identity(cursor, clean.length);
  return pieces;
}

/**
 * Join the pieces into one string with whitespace collapsed to single spaces and trimmed, keeping the map
 * exact: identity runs are split wherever a character was dropped; replacements keep their whole source.
 */
function tidy(pieces: RawPiece[]): SpeechText {
  // Characters collected in an array and joined once: asking a growing string whether it ends in a space
  // flattens it each time, which made a long paragraph (or a huge lexicon entry) quadratic.
  const chars: string[] = [];
  const owner: number[] = [];
  const display: number[] = [];
  let lastSpace = true; // at the start, spaces are dropped as if one came before
  pieces.forEach((p, index) => {
    for (let k = 0; k < p.spoken.length; k++) {
      let ch = p.spoken[k]!;
      if (/\s/u.test(ch)) {
        if (lastSpace) continue;
        ch = ' ';
      }
      lastSpace = ch === ' ';
      chars.push(ch);
      owner.push(index);
      display.push(p.identity ? p.displayStart + k : -1);
    }
  });
  while (chars.at(-1) === ' ') {
    chars.pop();
    owner.pop();
    display.pop();
  }
  const spoken = chars.join('');
  const map: OffsetPiece[] = [];
  let start = 0;
  for (let i = 1; i <= spoken.length; i++) {
    const same =
      i < spoken.length &&
      owner[i] === owner[start] &&
      (display[i] === -1 || display[i] === display[i - 1]! + 1);
    if (same) continue;
    const p = pieces[owner[start]!]!;
    map.push(
      p.identity
        ? { spokenStart: start, spokenEnd: i, displayStart: display[start]!, displayEnd: display[i - 1]! + 1 }
        : { spokenStart: start, spokenEnd: i, displayStart: p.displayStart, displayEnd: p.displayEnd },
    );
    start = i;
  }
  return { spoken, map };
}

/**
 * What a voice should say for `text` in `lang`: the lexicon first (the site owner's or user's word wins),
 * then the language's rules. Display offsets in the map are relative to `text`.
 */
export function toSpeechText(text: string, lang: string, lexicon?: Lexicon): SpeechText {
  const { clean, origin } = withoutInvisible(text);
  const fromLexicon = lexiconRule(lexicon);
  const rules = fromLexicon ? [fromLexicon, ...rulesFor(primarySubtag(lang))] : rulesFor(primarySubtag(lang));
  return tidy(rawPieces(clean, origin, text.length, collectEdits(clean, rules)));
}
