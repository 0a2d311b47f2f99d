// Walking a reading plan: the next or previous position with something to say, ordinals, counts and languages.
// Pure; a plan's blocks may compute their segments lazily, so every walk reads only the blocks it needs.

import { primaryLanguage } from './lang-tag.ts';
import type { PlanPosition, ReadingPlan, Segment } from './plan.ts';

export function segmentAt(plan: ReadingPlan | null, pos: PlanPosition | null): Segment | undefined {
  if (!plan || !pos) return undefined;
  return plan.blocks[pos.block]?.segments[pos.segment];
}

/** Segments with nothing to say are skipped: empty text wedges Chromium (docs/speech-platform.md#empty-text). */
export function playable(seg: Segment | undefined): boolean {
  return seg !== undefined && /\S/.test(seg.spoken);
}

/** First playable position at or after `from` (in reading order). */
export function forwardFrom(plan: ReadingPlan, from: PlanPosition): PlanPosition | null {
  for (let b = Math.max(0, from.block); b < plan.blocks.length; b++) {
    const segs = plan.blocks[b]!.segments;
    for (let i = b === from.block ? Math.max(0, from.segment) : 0; i < segs.length; i++) {
      if (playable(segs[i])) return { block: b, segment: i };
    }
  }
  return null;
}

/** Last playable position at or before `from`. */
export function backwardFrom(plan: ReadingPlan, from: PlanPosition): PlanPosition | null {
  for (let b = Math.min(from.block, plan.blocks.length - 1); b >= 0; b--) {
    const segs = plan.blocks[b]!.segments;
    for (let i = b === from.block ? Math.min(from.segment, segs.length - 1) : segs.length - 1; i >= 0; i--) {
      if (playable(segs[i])) return { block: b, segment: i };
    }
  }
  return null;
}

/** The first playable position of block `block`, or null when it has nothing to say. */
export function firstOfBlock(plan: ReadingPlan, block: number): PlanPosition | null {
  const segs = plan.blocks[block]?.segments ?? [];
  const i = segs.findIndex(playable);
  return i >= 0 ? { block, segment: i } : null;
}

/** "Previous block": the start of the nearest earlier block with something to say, else this block's start. */
export function previousBlockStart(plan: ReadingPlan, pos: PlanPosition): PlanPosition | null {
  for (let b = pos.block - 1; b >= 0; b--) {
    const target = firstOfBlock(plan, b);
    if (target) return target;
  }
  return firstOfBlock(plan, pos.block);
}

/**
 * Ordinals of each block's first segment, known at least up to block `upTo`. Returns `known` itself when it
 * already reaches that far, else a new, longer array: the caller's array is never changed (state stays pure).
 */
export function blockOrdinals(plan: ReadingPlan, known: readonly number[], upTo: number): readonly number[] {
  const want = Math.min(upTo + 1, plan.blocks.length);
  if (known.length >= want) return known;
  const out = known.slice();
  while (out.length < want) {
    const b = out.length;
    out.push(b === 0 ? 0 : out[b - 1]! + plan.blocks[b - 1]!.segments.length);
  }
  return out;
}

/** Total number of segments (sentences) in a plan: reads every block. */
export function segmentCount(plan: ReadingPlan): number {
  return plan.blocks.reduce((n, b) => n + b.segments.length, 0);
}

/** Whether a plan has anything to read: stops at the first block with a segment (lazy plans stay lazy). */
export function hasSegments(plan: ReadingPlan): boolean {
  return plan.blocks.some((b) => b.segments.length > 0);
}

/** Languages read in a plan (primary subtags, in order of first appearance). */
export function planLanguages(plan: ReadingPlan): string[] {
  const out: string[] = [];
  for (const b of plan.blocks)
    for (const s of b.segments) {
      const p = primaryLanguage(s.lang);
      if (p && p !== 'und' && !out.includes(p)) out.push(p);
    }
  return out;
}
