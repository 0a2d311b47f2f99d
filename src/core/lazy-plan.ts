// Plans whose blocks are cut into segments only when first read: the one lazy-block helper, and the idle fill.

import type { PlanBlock, ReadingPlan, Segment } from './plan.ts';

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
