// The contract of a sentence pass: look at one candidate boundary and join it, keep it, or leave it to later passes.

import type { AddressSpan } from '../patterns.ts';

/** One boundary proposed by Intl.Segmenter, with what a pass needs to judge it. */
export interface BreakCandidate {
  /** The whole block text. */
  text: string;
  /** Offset where the next sentence would start (after the spaces). */
  at: number;
  /** The last whitespace-separated token before the boundary, as written ("bl.a.", "Å.", "2026."). */
  tokenBefore: string;
  /** The token before that one, or "" at the start of the text. */
  tokenBeforeThat: string;
  /** The start of the text from the boundary on (a short window: passes only look at its first characters). */
  after: string;
  /** Primary language subtag, lower case ("sv", "en"). */
  lang: string;
  /** Web addresses in the text (computed once per block). */
  addresses: AddressSpan[];
}

/** "join": not a boundary; "keep": a boundary, stop asking; undefined: no opinion. */
export type Verdict = 'join' | 'keep' | undefined;

export interface SentencePass {
  name: string;
  judge(candidate: BreakCandidate): Verdict;
}
