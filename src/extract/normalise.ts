// R6 text normalisation for one block: collapse whitespace, drop invisible characters, trim, NFC —
// keeping, for every display character, where it came from in the page's text nodes.

/** One source of characters for a block: a slice of a live text node, or a synthetic space (`node: null`). */
export interface SourcePiece {
  node: Text | null;
  start: number;
  end: number;
}

/** A block's display text and, for each display character, where it comes from in the block's source. */
export interface DisplayText {
  text: string;
  /** For display char i: the piece and node offset where it starts. */
  startPiece(i: number): number;
  startOffset(i: number): number;
  /** For display char i: the piece and node offset just after it. */
  endPiece(i: number): number;
  endOffset(i: number): number;
}

/**
 * The display → source map as runs: display characters [at[r], at[r + 1]) start in piece sp[r] at node
 * offset i + sd[r] and end in piece ep[r] at i + ed[r]. A paragraph's plain text is one run per text node,
 * so a 2 MB paragraph needs a handful of entries, not four numbers per character.
 */
class RunMap {
  private readonly at: number[] = [];
  private readonly sp: number[] = [];
  private readonly sd: number[] = [];
  private readonly ep: number[] = [];
  private readonly ed: number[] = [];

  /** Display characters from `start` on map so (until the next push). Continues the last run when it can. */
  push(start: number, sp: number, sd: number, ep: number, ed: number): void {
    const r = this.at.length - 1;
    if (r >= 0 && this.sp[r] === sp && this.sd[r] === sd && this.ep[r] === ep && this.ed[r] === ed) return;
    this.at.push(start);
    this.sp.push(sp);
    this.sd.push(sd);
    this.ep.push(ep);
    this.ed.push(ed);
  }

  toDisplayText(text: string): DisplayText {
    const { at, sp, sd, ep, ed } = this;
    let last = 0; // reads go mostly forward: start the search at the last run found
    const run = (i: number): number => {
      if (at[last]! <= i && (last + 1 >= at.length || at[last + 1]! > i)) return last;
      let lo = 0;
      let hi = at.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      last = lo;
      return lo;
    };
    return {
      text,
      startPiece: (i) => sp[run(i)]!,
      startOffset: (i) => sd[run(i)]! + i,
      endPiece: (i) => ep[run(i)]!,
      endOffset: (i) => ed[run(i)]! + i,
    };
  }
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

/** R6's characters that are removed, as a character class. */
const REMOVED = '\\u00ad\\u200b\\ufeff\\u2060\\u180e';
/**
 * Inside a piece's text between its first and last plain character: the characters that are not copied as
 * they are, i.e. removed ones and whitespace, except a single space between two plain characters (it maps to
 * itself like a plain character, and it is what most of a paragraph's non-letters are).
 */
const NOT_PLAIN = new RegExp(`[${REMOVED}]|(?! (?<=[^\\s${REMOVED}] )(?=[^\\s${REMOVED}]))\\s`, 'g');

const isPlain = (c: number): boolean => !(isRemovedChar(c) || isSpaceChar(c));

/**
 * Normalise the pieces of one block into display text with a display → source map. Runs of plain characters
 * are found by one native regular-expression scan and copied whole: a 2 MB paragraph is one text node, and a
 * character-at-a-time loop cost ~130 ms of a click in Chromium.
 */
export function normalisePieces(pieces: readonly SourcePiece[]): DisplayText {
  const runs = new RunMap();
  const parts: string[] = [];
  let n = 0;
  // A pending whitespace run: where its first real character starts and its last one ends.
  let pending = false;
  let runSP = -1;
  let runSO = 0;
  let runEP = -1;
  let runEO = 0;
  // End of the last real (non-synthetic) character emitted, for synthetic-only whitespace runs.
  let lastEP = -1;
  let lastEO = 0;

  const startRun = () => {
    if (!pending) {
      pending = true;
      runSP = -1;
      runEP = -1;
    }
  };
  const emitSpace = () => {
    pending = false;
    if (n === 0) return;
    parts.push(' ');
    const real = runSP >= 0;
    runs.push(
      n,
      real ? runSP : lastEP,
      (real ? runSO : lastEO) - n,
      real ? runEP : lastEP,
      (real ? runEO : lastEO) - n,
    );
    n++;
  };
  /** Characters [from, to) of piece p's node, all plain. */
  const emitPlain = (p: number, data: string, from: number, to: number) => {
    if (to <= from) return;
    if (pending) emitSpace();
    parts.push(data.slice(from, to));
    runs.push(n, p, from - n, p, from + 1 - n);
    n += to - from;
    lastEP = p;
    lastEO = to;
  };
  /** Characters [from, to) of piece p's node, each judged on its own. */
  const oneByOne = (p: number, data: string, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = data.charCodeAt(i);
      if (isRemovedChar(c)) continue;
      if (!isSpaceChar(c)) {
        emitPlain(p, data, i, i + 1);
        continue;
      }
      startRun();
      if (runSP < 0) {
        runSP = p;
        runSO = i;
      }
      runEP = p;
      runEO = i + 1;
    }
  };

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if (piece.node === null) {
      startRun();
      continue;
    }
    const data = piece.node.data;
    // The edges are done a character at a time: the pattern's look-behind and look-ahead would otherwise
    // see characters of the node outside this piece.
    let a = piece.start;
    let b = piece.end;
    while (a < b && !isPlain(data.charCodeAt(a))) a++;
    while (b > a && !isPlain(data.charCodeAt(b - 1))) b--;
    oneByOne(p, data, piece.start, a);
    let from = a;
    while (from < b) {
      NOT_PLAIN.lastIndex = from;
      const hit = NOT_PLAIN.exec(data);
      const at = hit === null || hit.index >= b ? b : hit.index;
      emitPlain(p, data, from, at);
      if (at >= b) break;
      oneByOne(p, data, at, at + 1);
      from = at + 1;
    }
    oneByOne(p, data, b, piece.end);
  }
  const text = parts.join('');
  const map = runs.toDisplayText(text);
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
  const runs = new RunMap();
  const mark = /\p{M}/u;
  let i = 0;
  while (i < src.length) {
    let j = i + 1;
    // Keep surrogate pairs together, then absorb combining marks.
    if (j < src.length && (src.charCodeAt(i) & 0xfc00) === 0xd800) j++;
    while (j < src.length && mark.test(src[j]!)) j++;
    const group = src.slice(i, j).normalize('NFC');
    for (let k = 0; k < group.length; k++) {
      const at = text.length;
      text += group[k];
      const sp = map.startPiece(i);
      const ep = map.endPiece(j - 1);
      runs.push(at, sp, map.startOffset(i) - at, ep, map.endOffset(j - 1) - at);
    }
    i = j;
  }
  return runs.toDisplayText(text);
}
