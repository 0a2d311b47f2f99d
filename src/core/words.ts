// Word edges in a text: where an utterance may be cut, and which word a voice's boundary event points at.

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * End offset of a piece starting at `from` of at most `limit` characters: the whole rest when it fits, else
 * the last whitespace within the limit (so no word is cut), else a hard cut at the limit (one huge token).
 */
export function cutAtLastSpace(text: string, from: number, limit: number): number {
  if (text.length - from <= limit) return text.length;
  for (let i = from + limit; i > from; i--) if (isSpace(text[i])) return i;
  return from + limit;
}

/** Word start for a boundary at `index`: skip spaces forward, then back to the word start (not before `lo`). */
export function wordStart(text: string, index: number, lo: number): number {
  let i = index;
  while (i < text.length && isSpace(text[i])) i++;
  while (i > lo && !isSpace(text[i - 1])) i--;
  return i;
}

/** Word end when the engine gives no charLength (Safari) or 0: up to the next space, minus punctuation. */
export function wordEnd(text: string, start: number, hi: number): number {
  let i = start;
  while (i < hi && !isSpace(text[i])) i++;
  while (i > start + 1 && /[.,;:!?…"'»”’)\]]/.test(text[i - 1]!)) i--;
  return i;
}
