// Sentence splitting: Intl.Segmenter's boundaries, then small named passes that undo the wrong ones.

import { primarySubtag } from '../core/lang-tag.ts';
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

function lastTokens(text: string, end: number): [string, string] {
  const words = text.slice(0, end).trimEnd().split(/\s+/);
  return [words[words.length - 1] ?? '', words[words.length - 2] ?? ''];
}

/** Boundaries that survive the passes, as offsets where a new sentence starts. */
function boundaries(text: string, lang: string): number[] {
  const primary = primarySubtag(lang);
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
      after: text.slice(index),
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
