// The reading plan: what the player reads, in order — the contract between the text pipeline and the player.

/** What kind of page element a block came from; the UI may pause longer after headings. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-row'
  | 'caption'
  | 'figcaption'
  | 'term'
  | 'definition'
  | 'summary'
  | 'disclosure'
  | 'quote'
  | 'text';

/**
 * A piece of spoken text mapped back to the display text it came from.
 * Spoken offsets are relative to `Segment.spoken`; display offsets to `PlanBlock.text`.
 * Pieces are sorted, non-overlapping and together cover the whole spoken string.
 */
export interface OffsetPiece {
  spokenStart: number;
  spokenEnd: number;
  displayStart: number;
  displayEnd: number;
}

/** One utterance: a sentence (or a cut of a long one), at most MAX_SEGMENT_CHARS of spoken text. */
export interface Segment {
  /** Display offsets of this sentence inside its block's `text` (end exclusive). */
  start: number;
  end: number;
  /** What the voice says (abbreviations expanded, numbers grouped…). Never empty or whitespace-only. */
  spoken: string;
  /** BCP 47 language of the spoken text ("sv", "en", "ar"…). */
  lang: string;
  /** Map from spoken offsets to display offsets; absent means spoken === text.slice(start, end). */
  map?: OffsetPiece[];
}

/** One readable block of the article (heading, paragraph, list item, table row…). */
export interface PlanBlock {
  kind: BlockKind;
  /** Display text, normalised (whitespace collapsed, NFC, soft hyphens removed). */
  text: string;
  /** BCP 47 language of the block. */
  lang: string;
  segments: Segment[];
}

/** A whole article, ready to read. */
export interface ReadingPlan {
  title: string;
  lang: string;
  blocks: PlanBlock[];
}

/** Position in a plan: which block, which segment of it. */
export interface PlanPosition {
  block: number;
  segment: number;
}

/**
 * The longest utterance we send: Chrome's remote voices die after ~15 s of one utterance,
 * and 200 characters is about 36 words, ~12 s at rate 1 (docs/speech-platform.md#short-utterances).
 */
export const MAX_SEGMENT_CHARS = 200;

/** Display range of spoken characters [spokenStart, spokenEnd) of a segment, in block display offsets. */
export function spokenToDisplay(
  seg: Segment,
  spokenStart: number,
  spokenEnd: number,
): { start: number; end: number } {
  if (!seg.map || seg.map.length === 0) {
    const len = seg.end - seg.start;
    return {
      start: seg.start + Math.min(Math.max(spokenStart, 0), len),
      end: seg.start + Math.min(Math.max(spokenEnd, spokenStart), len),
    };
  }
  const at = (offset: number, edge: 'start' | 'end'): number => {
    for (const p of seg.map!) {
      if (offset < p.spokenEnd || (edge === 'end' && offset === p.spokenEnd)) {
        if (offset <= p.spokenStart) return p.displayStart;
        const spokenLen = p.spokenEnd - p.spokenStart;
        const displayLen = p.displayEnd - p.displayStart;
        // Identity pieces map char by char; expansions ("t.ex." → "till exempel") map to the whole source.
        if (spokenLen === displayLen) return p.displayStart + (offset - p.spokenStart);
        return edge === 'start' ? p.displayStart : p.displayEnd;
      }
    }
    const last = seg.map![seg.map!.length - 1]!;
    return last.displayEnd;
  };
  const start = at(spokenStart, 'start');
  return { start, end: Math.max(start, at(spokenEnd, 'end')) };
}
