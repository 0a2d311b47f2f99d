// Sentence splitting: Intl.Segmenter's boundaries, then small named passes that undo the wrong ones.

import { primarySubtag } from '../core/lang-tag.ts';
import { lazyAddresses } from './address-windows.ts';
import { abbreviationPass } from './sentence-passes/abbreviations.ts';
import { addressPass } from './sentence-passes/addresses.ts';
import { initialsPass } from './sentence-passes/initials.ts';
import { reportingClausePass } from './sentence-passes/reporting-clause.ts';
import type { BreakCandidate, SentencePass } from './sentence-passes/types.ts';
import type { SentenceRange } from './types.ts';

/**
 * In order; the first pass with an opinion decides. Addresses first: nothing inside "www.x.se/A.B" is a
 * boundary, whatever it looks like. Decimals, times ("10.00–15.00") and ordinals ("15:e") need no pass:
 * Intl.Segmenter never breaks between a full stop or colon and a digit.
 */
const PASSES: readonly SentencePass[] = [addressPass, abbreviationPass, initialsPass, reportingClausePass];

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang || 'und', { granularity: 'sentence' });
    } catch {
      // An invalid tag ("xx_YY!") must not stop reading: the root rules split well enough.
      seg = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    segmenters.set(lang, seg);
  }
  return seg;
}

/**
 * Create the sentence segmenter for `lang` ahead of time. The first Intl.Segmenter of a page loads ICU's
 * break rules, 10–20 ms in Chromium: done in idle time after load, it is not paid inside the click.
 */
export function prepareSentenceSplitting(lang: string): void {
  segmenterFor(lang);
}

/**
 * The passes look at most this far past a boundary (an opening mark, a digit or capital, "J. "): a window,
 * not the rest of the block, so each boundary costs the same however long the paragraph is.
 */
const AFTER_WINDOW_CHARS = 16;
/**
 * Tokens longer than this are no abbreviation, initial or name word: the look-back stops there, so a
 * boundary costs the same after a 1 MB "word". The cut token starts with "…", which no pass accepts.
 */
const MAX_TOKEN_CHARS = 64;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** The whitespace-separated token ending at or before `end` (trailing spaces skipped), and where it starts. */
function tokenBefore(text: string, end: number): { token: string; start: number } {
  let stop = end;
  while (stop > 0 && isSpace(text[stop - 1])) stop--;
  let start = stop;
  while (start > 0 && !isSpace(text[start - 1])) {
    if (stop - start >= MAX_TOKEN_CHARS) {
      // Too long to matter: skip the rest of it without copying (still once per character overall).
      while (start > 0 && !isSpace(text[start - 1])) start--;
      return { token: `…${text.slice(stop - MAX_TOKEN_CHARS, stop)}`, start };
    }
    start--;
  }
  return { token: text.slice(start, stop), start };
}

/** The last two tokens before `end`, looking back only over them (the old way re-split the whole prefix). */
function lastTokens(text: string, end: number): [string, string] {
  const last = tokenBefore(text, end);
  return [last.token, last.start > 0 ? tokenBefore(text, last.start).token : ''];
}

/**
 * Intl.Segmenter's sentence iteration is quadratic in V8 (400,000 characters: 4 s; 2 MB: minutes), so long
 * text is segmented in windows of this many characters. Each window restarts at a boundary found in the
 * previous one, where the break rules start afresh, so the boundaries are the ones the whole text would give.
 */
export const SEGMENT_WINDOW_CHARS = 8_000;
/**
 * A boundary this close to a window's end may depend on text past it (the rules look ahead over spaces and
 * punctuation for a lower-case letter): it is found again, with its context, by the next window.
 */
const WINDOW_MARGIN_CHARS = 1_000;

/** Offsets where Intl.Segmenter starts a sentence (0 excluded), window by window. */
export function* segmentStarts(text: string, lang: string): Generator<number> {
  const segmenter = segmenterFor(lang);
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + SEGMENT_WINDOW_CHARS);
    const last = to === text.length;
    const trustUntil = last ? to : to - WINDOW_MARGIN_CHARS;
    let restart = -1;
    let untrusted = -1;
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      const at = from + index;
      if (index === 0) continue;
      if (at >= trustUntil) {
        untrusted = at; // found again, with its context, by the next window
        break;
      }
      yield at;
      restart = at;
    }
    if (last) break;
    if (restart > from) from = restart;
    else if (untrusted > from) {
      // One sentence fills the trusted part: its end, seen with less context, is the best there is.
      yield untrusted;
      from = untrusted;
    } else from = to; // no boundary at all: a run-on text longer than the window
  }
}

/** Boundaries that survive the passes, as offsets where a new sentence starts, found as far as asked. */
function* boundaries(text: string, lang: string): Generator<number> {
  const primary = primarySubtag(lang);
  const addresses = lazyAddresses(text);
  for (const index of segmentStarts(text, lang)) {
    const [tokenBefore, tokenBeforeThat] = lastTokens(text, index);
    const candidate: BreakCandidate = {
      text,
      at: index,
      tokenBefore,
      tokenBeforeThat,
      after: text.slice(index, index + AFTER_WINDOW_CHARS),
      lang: primary,
      addresses: addresses.through(index),
    };
    let verdict: 'join' | 'keep' | undefined;
    for (const pass of PASSES) {
      verdict = pass.judge(candidate);
      if (verdict) break;
    }
    if (verdict !== 'join') yield index;
  }
}

/**
 * Sentences of a block as trimmed display ranges, in order, each found only when asked for: the first
 * sentences of a 2 MB paragraph cost what a short paragraph's do (see pipeline.ts, windows of huge blocks).
 */
export function* sentenceRanges(text: string, lang: string): Generator<SentenceRange> {
  let from = 0;
  const range = (cut: number, next: number): SentenceRange | null => {
    let start = cut;
    let end = next;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    return end > start ? { start, end } : null;
  };
  for (const cut of boundaries(text, lang)) {
    const r = range(from, cut);
    if (r) yield r;
    from = cut;
  }
  const last = range(from, text.length);
  if (last) yield last;
}

/** Sentences of a block as trimmed display ranges; joined by " " they give back a whitespace-normalised block. */
export function splitSentences(text: string, lang: string): SentenceRange[] {
  return [...sentenceRanges(text, lang)];
}
