// Which selection counts as a request to read, and keeping the selection button beside it.

import type { SelectionButton } from './selection-button.ts';

/** Selections shorter than this (after trimming) get no button: a stray double-click is not a request. */
const MIN_SELECTION_CHARS = 2;
/** Wait for the selection to settle (dragging fires selectionchange continuously). */
const SELECTION_SETTLE_MS = 250;

/** The selected range worth reading: not collapsed, not tiny, not ours, not inside a form field. */
export function readableSelection(
  doc: Document,
  win: Window & typeof globalThis,
  isOwn: (node: Node) => boolean,
): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  if (sel.toString().trim().length < MIN_SELECTION_CHARS) return null;
  const range = sel.getRangeAt(0);
  if (isOwn(range.commonAncestorContainer)) return null;
  const el =
    range.commonAncestorContainer instanceof win.Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement;
  if (el?.closest('input,textarea,[contenteditable=""],[contenteditable=true]')) return null;
  return range;
}

/** Shows `button` under a readable selection once it settles; returns the function that stops watching. */
export function watchSelection(
  doc: Document,
  win: Window & typeof globalThis,
  button: SelectionButton,
  isOwn: (node: Node) => boolean,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const update = () => {
    timer = null;
    const range = readableSelection(doc, win, isOwn);
    if (!range) {
      button.hide();
      return;
    }
    const rects = range.getClientRects();
    button.showAt(rects[rects.length - 1] ?? range.getBoundingClientRect());
  };
  const onChange = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, SELECTION_SETTLE_MS);
  };
  doc.addEventListener('selectionchange', onChange);
  win.addEventListener('scroll', onChange, { passive: true });
  return () => {
    doc.removeEventListener('selectionchange', onChange);
    win.removeEventListener('scroll', onChange);
    if (timer) clearTimeout(timer);
  };
}
