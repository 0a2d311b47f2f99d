// Click (or Enter at the caret) on a paragraph while the player is open reads from there; and the site
// owner's opt-in page-wide shortcut.

import { matchesShortcut, type Shortcut } from './config.ts';

export interface ClickToReadOptions {
  isOpen(): boolean;
  isOwn(target: Node | EventTarget | null): boolean;
  /** Read from this point (offset null: the element's start); false when nothing readable is there. */
  readAt(node: Node, offset: number | null): boolean;
  shortcut: Shortcut | null;
  onShortcut(): void;
  /** The extension's player: only the user's own input acts, never a page script's synthetic events. */
  trustedOnly?: boolean;
}

/** Controls and links keep their own click and Enter. */
export function isInteractive(el: Element | null): boolean {
  return Boolean(
    el?.closest(
      'a[href],button,input,select,textarea,label,summary,[contenteditable=""],[contenteditable=true],[role=button],[role=link]',
    ),
  );
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Listens on the document (capture phase); returns the function that stops listening. */
export function listenForClickToRead(
  doc: Document,
  win: Window & typeof globalThis,
  o: ClickToReadOptions,
): () => void {
  const onClick = (e: MouseEvent) => {
    if (o.trustedOnly && !e.isTrusted) return;
    if (!o.isOpen() || e.button !== 0 || e.defaultPrevented || o.isOwn(e.target)) return;
    const target = e.target instanceof win.Element ? e.target : null;
    if (!target || isInteractive(target)) return;
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim().length > 0) return;
    const caret = caretAt(doc, e.clientX, e.clientY);
    if (caret && target.contains(caret.node)) o.readAt(caret.node, caret.offset);
    else o.readAt(target, null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (o.trustedOnly && !e.isTrusted) return;
    if (o.shortcut && matchesShortcut(e, o.shortcut)) {
      e.preventDefault();
      o.onShortcut();
      return;
    }
    if (e.key !== 'Enter' || !o.isOpen() || e.defaultPrevented || o.isOwn(e.target)) return;
    const target = e.target instanceof win.Element ? e.target : null;
    if (target && target !== doc.body && isInteractive(target)) return;
    const sel = doc.getSelection();
    // Caret browsing (F7) puts a collapsed selection in the text: Enter there reads from that sentence.
    if (!sel?.isCollapsed || !sel.anchorNode) return;
    if (o.readAt(sel.anchorNode, sel.anchorOffset)) e.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}
