// Stand-in voices: read one language with another's voice once the reader accepted it (Swedish with Norwegian).

import { primaryLanguage } from '../core/lang-tag.ts';
import { blockChars, lazyBlock, segmentsReady } from '../core/lazy-plan.ts';
import type { ReadingPlan, Segment } from '../core/plan.ts';

/**
 * The player picks voices by the segment's language, so the segments are re-tagged; display text is
 * unchanged. A block whose segments are not computed yet stays lazy (and is reported as not ready).
 */
export function remapLanguages(plan: ReadingPlan, standIns: Readonly<Record<string, string>>): ReadingPlan {
  if (Object.keys(standIns).length === 0) return plan;
  const map = (lang: string) => standIns[primaryLanguage(lang)] ?? lang;
  const retag = (segments: Segment[]) => segments.map((s) => ({ ...s, lang: map(s.lang) }));
  return {
    ...plan,
    blocks: plan.blocks.map((b) => {
      const head = { kind: b.kind, text: b.text, lang: map(b.lang) };
      return segmentsReady(b)
        ? { ...head, segments: retag(b.segments) }
        : lazyBlock(head, () => retag(b.segments), blockChars(b));
    }),
  };
}
