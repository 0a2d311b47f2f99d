// Sentence splitting: Intl.Segmenter's boundaries, then small named passes that undo the wrong ones.

import { primaryLang } from './lang-tag.ts';
import { findAddresses } from './patterns.ts';
import { abbreviationPass } from './sentence-passes/abbreviations.ts';
import { addressPass } from './sentence-passes/addresses.ts';
import { initialsPass } from './sentence-passes/initials.ts';
import type { BreakCandidate, SentencePass } from './sentence-passes/types.ts';
import type { SentenceRange } from './types.ts';

/**
 * In order; the first pass with an opinion decides. Addresses first: nothing inside "www.x.se/A.B" is a
 * boundary, whatever it looks like. Decimals, times ("10.00–15.00") and ordinals ("15:e") need no pass:
 * Intl.Segmenter never breaks between a full stop or colon and a digit.
 */
const PASSES: readonly SentencePass[] = [addressPass, abbreviationPass, initialsPass];

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

/** Boundaries that survive the passes, as offsets where a new sentence starts. */
function boundaries(text: string, lang: string): number[] {
  const primary = primaryLang(lang);
  const addresses = findAddresses(text);
  const kept: number[] = [];
  for (const { index } of segmenterFor(lang).segment(text)) {
    if (index === 0) continue;
    const [tokenBefore, tokenBeforeThat] = lastTokens(text, index);
    const candidate: BreakCandidate = {
      text,
      at: index,
      tokenBefore,
      tokenBeforeThat,
      after: text.slice(index, index + AFTER_WINDOW_CHARS),
      lang: primary,
      addresses,
    };
    let verdict: 'join' | 'keep' | undefined;
    for (const pass of PASSES) {
      verdict = pass.judge(candidate);
      if (verdict) break;
    }
    if (verdict !== 'join') kept.push(index);
  }
  return kept;
}

/** Sentences of a block as trimmed display ranges; joined by " " they give back a whitespace-normalised block. */
export function splitSentences(text: string, lang: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  const cuts = [0, ...boundaries(text, lang), text.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}
