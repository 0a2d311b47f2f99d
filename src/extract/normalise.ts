// R6 text normalisation for one block: collapse whitespace, drop invisible characters, trim, NFC —
// keeping, for every display character, where it came from in the page's text nodes.

/** One source of characters for a block: a slice of a live text node, or a synthetic space (`node: null`). */
export interface SourcePiece {
  node: Text | null;
  start: number;
  end: number;
}

/** A position in the block's source: index into the piece list and a UTF-16 offset inside that piece's node. */
export interface DisplayText {
  text: string;
  /** For display char i: the piece and node offset where it starts. */
  startPiece: Int32Array;
  startOffset: Int32Array;
  /** For display char i: the piece and node offset just after it. */
  endPiece: Int32Array;
  endOffset: Int32Array;
}

/**
 * Characters that are removed outright (R6): soft hyphen, zero-width space, BOM / zero-width no-break space,
 * word joiner, Mongolian vowel separator. ZWJ/ZWNJ are kept: they change spelling in Persian and emoji.
 */
export function isRemovedChar(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff || c === 0x2060 || c === 0x180e;
}

/** Whitespace that collapses to one space (R6): ASCII space and controls, NBSP, U+202F, the U+2000 block… */
export function isSpaceChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Normalise a plain string per R6 (for comparisons and labels, no offset map). */
export function normaliseText(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRemovedChar(c)) continue;
    if (isSpaceChar(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    out += s[i];
  }
  return out.normalize('NFC');
}

/** Normalise the pieces of one block into display text with a display → source map. */
export function normalisePieces(pieces: readonly SourcePiece[]): DisplayText {
  let text = '';
  const sp: number[] = [];
  const so: number[] = [];
  const ep: number[] = [];
  const eo: number[] = [];
  // A pending whitespace run: where its first real character starts and its last one ends.
  let pending = false;
  let runSP = -1;
  let runSO = 0;
  let runEP = -1;
  let runEO = 0;
  // End of the last real (non-synthetic) character emitted, for synthetic-only whitespace runs.
  let lastEP = -1;
  let lastEO = 0;

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if (piece.node === null) {
      if (!pending) {
        pending = true;
        runSP = -1;
        runEP = -1;
      }
      continue;
    }
    const data = piece.node.data;
    for (let i = piece.start; i < piece.end; i++) {
      const c = data.charCodeAt(i);
      if (isRemovedChar(c)) continue;
      if (isSpaceChar(c)) {
        if (!pending) {
          pending = true;
          runSP = -1;
          runEP = -1;
        }
        if (runSP < 0) {
          runSP = p;
          runSO = i;
        }
        runEP = p;
        runEO = i + 1;
        continue;
      }
      if (pending) {
        pending = false;
        if (text.length > 0) {
          text += ' ';
          if (runSP >= 0) {
            sp.push(runSP);
            so.push(runSO);
            ep.push(runEP);
            eo.push(runEO);
          } else {
            sp.push(lastEP);
            so.push(lastEO);
            ep.push(lastEP);
            eo.push(lastEO);
          }
        }
      }
      text += data[i];
      sp.push(p);
      so.push(i);
      ep.push(p);
      eo.push(i + 1);
      lastEP = p;
      lastEO = i + 1;
    }
  }
  const map: DisplayText = {
    text,
    startPiece: Int32Array.from(sp),
    startOffset: Int32Array.from(so),
    endPiece: Int32Array.from(ep),
    endOffset: Int32Array.from(eo),
  };
  const nfc = text.normalize('NFC');
  return nfc === text ? map : toNfc(map);
}

/**
 * Recompose to NFC keeping the map: each base character with its following combining marks is normalised
 * as a group, and every output character of the group maps to the whole group's source span.
 */
function toNfc(map: DisplayText): DisplayText {
  const src = map.text;
  let text = '';
  const sp: number[] = [];
  const so: number[] = [];
  const ep: number[] = [];
  const eo: number[] = [];
  const mark = /\p{M}/u;
  let i = 0;
  while (i < src.length) {
    let j = i + 1;
    // Keep surrogate pairs together, then absorb combining marks.
    if (j < src.length && (src.charCodeAt(i) & 0xfc00) === 0xd800) j++;
    while (j < src.length && mark.test(src[j]!)) j++;
    const group = src.slice(i, j).normalize('NFC');
    for (let k = 0; k < group.length; k++) {
      text += group[k];
      sp.push(map.startPiece[i]!);
      so.push(map.startOffset[i]!);
      ep.push(map.endPiece[j - 1]!);
      eo.push(map.endOffset[j - 1]!);
    }
    i = j;
  }
  return {
    text,
    startPiece: Int32Array.from(sp),
    startOffset: Int32Array.from(so),
    endPiece: Int32Array.from(ep),
    endOffset: Int32Array.from(eo),
  };
}
