// Display offsets → live DOM Ranges on the page's own text nodes (for highlighting and click-to-read).

import type { DisplayText, SourcePiece } from './normalise.ts';

/** Builds `toRange` for one block; returns null when the page changed under us or the DOM has no Range. */
export function rangeMaker(
  doc: Document,
  pieces: readonly SourcePiece[],
  map: DisplayText,
): (start: number, end: number) => Range | null {
  // Remember each node's text as we read it: if a script rewrites it, our offsets are stale.
  const seen = pieces.map((p) => (p.node ? p.node.data : ''));
  const len = map.text.length;
  return (start: number, end: number): Range | null => {
    if (len === 0) return null;
    let s = Math.max(0, Math.min(Math.floor(start), len));
    let e = Math.max(s, Math.min(Math.floor(end), len));
    if (s === len) s = e = len;
    const startAt = s < len ? s : len - 1;
    const startPiece = s < len ? map.startPiece(startAt) : map.endPiece(startAt);
    const startOffset = s < len ? map.startOffset(startAt) : map.endOffset(startAt);
    const endPiece = e > s ? map.endPiece(e - 1) : startPiece;
    const endOffset = e > s ? map.endOffset(e - 1) : startOffset;
    const a = pieces[startPiece];
    const b = pieces[endPiece];
    if (!a?.node || !b?.node) return null;
    if (!a.node.isConnected || !b.node.isConnected) return null;
    if (a.node.data !== seen[startPiece] || b.node.data !== seen[endPiece]) return null;
    try {
      const range = doc.createRange();
      range.setStart(a.node, startOffset);
      range.setEnd(b.node, endOffset);
      return range;
    } catch {
      // DOM libraries without a full Range (linkedom) land here: no highlighting, never a throw.
      return null;
    }
  };
}
