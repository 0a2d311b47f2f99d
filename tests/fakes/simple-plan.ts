// A tiny plan builder (paragraphs → sentences) for the player's tests and benchmarks: segments from a regex
// and no speech-text rules, so player tests stay independent of the text pipeline (src/text is the real one).

import type { BlockKind, PlanBlock, ReadingPlan, Segment } from '../../src/core/plan.ts';
import { MAX_SEGMENT_CHARS } from '../../src/core/plan.ts';
import { cutAtLastSpace } from '../../src/core/words.ts';

export interface SimpleParagraph {
  text: string;
  lang: string;
  kind?: BlockKind;
}

/** A sentence ends at . ! or ? (closing quotes/brackets allowed), then space, then a capital letter or digit. */
const SENTENCE_END = /[.!?]+["'»”’)\]]*(?=\s+["'«“([]?[\p{Lu}\d])/gu;

/** Cut [start, end) into pieces of at most MAX_SEGMENT_CHARS, at the last space that fits. */
function cut(text: string, start: number, end: number, out: [number, number][]): void {
  const upToEnd = text.slice(0, end);
  let from = start;
  while (from < end) {
    const to = cutAtLastSpace(upToEnd, from, MAX_SEGMENT_CHARS);
    out.push([from, to]);
    from = to;
    while (from < end && text[from] === ' ') from++;
  }
}

/** Sentence ranges [start, end) of a normalised text. */
export function simpleSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    cut(text, start, end, out);
    start = end;
    while (start < text.length && text[start] === ' ') start++;
  }
  if (start < text.length) cut(text, start, text.length, out);
  return out;
}

/** Build a ReadingPlan from paragraphs; whitespace is collapsed, empty paragraphs are dropped. */
export function planFromParagraphs(paragraphs: SimpleParagraph[], title = ''): ReadingPlan {
  const blocks: PlanBlock[] = [];
  for (const p of paragraphs) {
    const text = p.text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const segments: Segment[] = simpleSentences(text).map(([start, end]) => ({
      start,
      end,
      spoken: text.slice(start, end),
      lang: p.lang,
    }));
    blocks.push({ kind: p.kind ?? 'paragraph', text, lang: p.lang, segments });
  }
  return { title, lang: blocks[0]?.lang ?? paragraphs[0]?.lang ?? '', blocks };
}
