// Plans whose blocks are cut into segments only when first read: the one lazy-block helper, the idle fill, and
// the plan's segment count estimated from blocks not cut yet, so progress never forces the sentences of a
// 20,000-paragraph page in one task.

import type { PlanBlock, ReadingPlan, Segment } from './plan.ts';

/**
 * Display characters per segment, to estimate a block not cut yet: Swedish municipal sentences average
 * 80–100 characters (the budget article: 92). Only the progress total uses it, until every block is known.
 */
export const ESTIMATED_CHARS_PER_SEGMENT = 90;

/** Blocks whose segments have not been computed yet. */
const pending = new WeakSet<PlanBlock>();

/**
 * A block whose `segments` are computed on first read and then kept. The accessor is an own, enumerable
 * property, so spreading, JSON and deep equality see the segments like a plain field.
 */
export function lazyBlock(block: Omit<PlanBlock, 'segments'>, compute: () => Segment[]): PlanBlock {
  let segments: Segment[] | undefined;
  const lazy: PlanBlock = {
    ...block,
    get segments(): Segment[] {
      if (segments === undefined) {
        segments = compute();
        pending.delete(lazy);
      }
      return segments;
    },
    set segments(value: Segment[]) {
      segments = value;
      pending.delete(lazy);
    },
  };
  pending.add(lazy);
  return lazy;
}

/** Whether a block's segments are known (always, unless it is lazy and was never read). */
export function segmentsReady(block: PlanBlock): boolean {
  return !pending.has(block);
}

/**
 * Compute the segments of a lazy plan's blocks in reading order until `hasTime()` says stop. Returns true
 * when every block is ready (at once for plans that are not lazy).
 */
export function fillPlan(plan: ReadingPlan, hasTime: () => boolean): boolean {
  for (const block of plan.blocks) {
    if (segmentsReady(block)) continue;
    if (!hasTime()) return false;
    void block.segments;
  }
  return true;
}

/** Segments in the plan: exact for known blocks, estimated from the text for pending ones (never read here). */
export function countSegments(plan: ReadingPlan | null): { count: number; exact: boolean } {
  let count = 0;
  let exact = true;
  for (const b of plan?.blocks ?? []) {
    if (segmentsReady(b)) count += b.segments.length;
    else {
      exact = false;
      count += Math.max(1, Math.round(b.text.length / ESTIMATED_CHARS_PER_SEGMENT));
    }
  }
  return { count, exact };
}
