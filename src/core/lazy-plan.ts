// Plans whose blocks are cut into segments only when first read: the one lazy-block helper, a huge block's
// windows, the idle fill, and the plan's segment count estimated from blocks not cut yet, so progress never
// forces the sentences of a 20,000-paragraph page (or of a 2 MB paragraph) in one task.

import type { PlanBlock, ReadingPlan, Segment } from './plan.ts';

/**
 * Display characters per segment, to estimate a block not cut yet: Swedish municipal sentences average
 * 80–100 characters (the budget article: 92). Only the progress total uses it, until every block is known.
 */
export const ESTIMATED_CHARS_PER_SEGMENT = 90;

/** Blocks whose segments have not been computed yet. */
const pending = new WeakSet<PlanBlock>();
/** Display characters a pending block stands for when that is not its text's length (a window of a block). */
const spans = new WeakMap<PlanBlock, number>();
/** Windows after the first of a huge block: the same paragraph, continued. */
const continuations = new WeakSet<PlanBlock>();

/**
 * A block whose `segments` are computed on first read and then kept. The accessor is an own, enumerable
 * property, so spreading, JSON and deep equality see the segments like a plain field. `chars`: how much of
 * the text it reads, when not all of it (for the estimate of countSegments).
 */
export function lazyBlock(
  block: Omit<PlanBlock, 'segments'>,
  compute: () => Segment[],
  chars?: number,
): PlanBlock {
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
  if (chars !== undefined) spans.set(lazy, chars);
  return lazy;
}

/** Display characters a block reads: its text's length, or its window's (see windowBlocks). */
export function blockChars(block: PlanBlock): number {
  return spans.get(block) ?? block.text.length;
}

/**
 * One huge block as consecutive lazy blocks, one per `windowChars` of its text: window k holds the segments
 * that start in [k × windowChars, (k + 1) × windowChars). All share the block's text (segment offsets stay
 * offsets into it, so highlights are exact) and one stream of its segments, read only as far as the windows
 * asked for need: together they are exactly the block's segments, in order, while reading the first window
 * cuts a few thousand characters instead of the whole block in one task.
 */
export function windowBlocks(
  block: Omit<PlanBlock, 'segments'>,
  windowChars: number,
  segments: Iterator<Segment>,
): PlanBlock[] {
  const count = Math.max(1, Math.ceil(block.text.length / windowChars));
  const buckets: Segment[][] = Array.from({ length: count }, () => []);
  let complete = 0; // windows before this one have all their segments
  const fillThrough = (k: number): Segment[] => {
    while (complete <= k) {
      const next = segments.next();
      if (next.done) complete = count;
      else {
        const w = Math.min(count - 1, Math.floor(next.value.start / windowChars));
        buckets[w]!.push(next.value);
        complete = Math.max(complete, w);
      }
    }
    return buckets[k]!;
  };
  return buckets.map((_, k) => {
    const window = lazyBlock(
      block,
      () => fillThrough(k),
      Math.min(windowChars, block.text.length - k * windowChars),
    );
    if (k > 0) continuations.add(window);
    return window;
  });
}

/** The page's paragraphs as a reader counts them: a huge block's windows are one. */
export function paragraphCount(plan: ReadingPlan): number {
  let count = 0;
  for (const block of plan.blocks) if (!continuations.has(block)) count++;
  return count;
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
  const blocks = plan.blocks;
  // Every block before the cursor is ready (blocks never become pending again): each slice starts where the
  // last one stopped, so filling 20,000 blocks in many slices stays linear.
  let i = fillCursor.get(plan) ?? 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (segmentsReady(block)) continue;
    if (!hasTime()) {
      fillCursor.set(plan, i);
      return false;
    }
    void block.segments;
  }
  fillCursor.set(plan, i);
  return true;
}
/** Per plan: the first block `fillPlan` has not yet seen ready. */
const fillCursor = new WeakMap<ReadingPlan, number>();

/** Segments in the plan: exact for known blocks, estimated from the text for pending ones (never read here). */
export function countSegments(plan: ReadingPlan | null): { count: number; exact: boolean } {
  let count = 0;
  let exact = true;
  for (const b of plan?.blocks ?? []) {
    if (segmentsReady(b)) count += b.segments.length;
    else {
      exact = false;
      count += Math.max(1, Math.round(blockChars(b) / ESTIMATED_CHARS_PER_SEGMENT));
    }
  }
  return { count, exact };
}
