// Small pure helpers over reading plans that the widget needs: language stand-ins and position lookups.

import type { PlanPosition, ReadingPlan, Segment } from '../src/core/plan.ts';
import { primaryLanguage } from '../src/core/voices.ts';

/**
 * Read one language with another's voice (the reader accepted "use the Norwegian voice" for Swedish): the
 * player picks voices by the segment's language, so the segments are re-tagged; display text is unchanged.
 */
export function remapLanguages(plan: ReadingPlan, standIns: Readonly<Record<string, string>>): ReadingPlan {
  if (Object.keys(standIns).length === 0) return plan;
  const map = (lang: string) => standIns[primaryLanguage(lang)] ?? lang;
  return {
    ...plan,
    blocks: plan.blocks.map((b) => {
      let segments: Segment[] | undefined;
      // Re-tagged when first read, so a plan whose segments are computed lazily stays lazy.
      return {
        kind: b.kind,
        text: b.text,
        lang: map(b.lang),
        get segments(): Segment[] {
          segments ??= b.segments.map((s) => ({ ...s, lang: map(s.lang) }));
          return segments;
        },
        set segments(value: Segment[]) {
          segments = value;
        },
      };
    }),
  };
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

/** Whether a plan has anything to read: stops at the first block with a segment (lazy plans stay lazy). */
export function hasSegments(plan: ReadingPlan): boolean {
  return plan.blocks.some((b) => b.segments.length > 0);
}

/** Total number of segments (sentences) in a plan. */
export function segmentCount(plan: ReadingPlan): number {
  return plan.blocks.reduce((n, b) => n + b.segments.length, 0);
}

/** The first readable position at or after block `block` (blocks without segments are passed over). */
export function firstPositionFrom(plan: ReadingPlan, block: number, segment = 0): PlanPosition | null {
  for (let b = block; b < plan.blocks.length; b++) {
    const n = plan.blocks[b]!.segments.length;
    if (n === 0) continue;
    return { block: b, segment: b === block ? Math.min(segment, n - 1) : 0 };
  }
  return null;
}
