// Lazy plans: which blocks have not been cut into segments yet, and the plan's segment count estimated from
// them, so progress never forces the sentences of a 20,000-paragraph page in one task.

import type { PlanBlock, ReadingPlan } from './plan.ts';

/**
 * Display characters per segment, to estimate a block not cut yet: Swedish municipal sentences average
 * 80–100 characters (the budget article: 92). Only the progress total uses it, until every block is known.
 */
export const ESTIMATED_CHARS_PER_SEGMENT = 90;

const pending = new WeakSet<PlanBlock>();

export function markPending(block: PlanBlock): void {
  pending.add(block);
}

export function markReady(block: PlanBlock): void {
  pending.delete(block);
}

/** Whether a block's segments are known (always, unless it came from a lazy plan and was never read). */
export function segmentsReady(block: PlanBlock): boolean {
  return !pending.has(block);
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
