// Remembers what the user right-clicked, for "Lyssna härifrån": the menu click arrives later, in the worker.

/** A right-click older than this is not the one the menu item refers to. */
export const CONTEXT_TARGET_MAX_AGE_MS = 60_000;

export interface ContextTarget {
  /** The node and offset under the pointer (caret position), or the element when there is no caret. */
  node: Node;
  offset: number | null;
  at: number;
}

export interface ContextTracker {
  /** The last right-click target, if recent and still in the page. */
  take(now?: number): ContextTarget | null;
  dispose(): void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function trackContextTarget(doc: Document, clock: () => number = Date.now): ContextTracker {
  let last: ContextTarget | null = null;
  const onContextMenu = (e: MouseEvent) => {
    if (!e.isTrusted || !(e.target instanceof Node)) return;
    const caret = caretFromPoint(doc, e.clientX, e.clientY);
    last =
      caret && e.target.contains(caret.node)
        ? { node: caret.node, offset: caret.offset, at: clock() }
        : { node: e.target, offset: null, at: clock() };
  };
  doc.addEventListener('contextmenu', onContextMenu, true);
  return {
    take(now = clock()) {
      const t = last;
      last = null;
      if (!t || now - t.at > CONTEXT_TARGET_MAX_AGE_MS || !t.node.isConnected) return null;
      return t;
    },
    dispose() {
      doc.removeEventListener('contextmenu', onContextMenu, true);
    },
  };
}
