// Is an element hidden from sighted readers? Static rules everywhere; computed styles in a real browser.

import { staticHidden } from './skip-rules.ts';

export type HiddenBy = 'hidden' | 'hidden-class' | 'aria-hidden' | 'sr-only' | 'computed' | null;

/** Clip rectangles of the visually-hidden pattern: `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`… */
const TINY_CLIP =
  /^rect\(\s*(?:0|1px)(?:px)?[\s,]+(?:0|1px)(?:px)?[\s,]+(?:0|1px)(?:px)?[\s,]+(?:0|1px)(?:px)?\s*\)$/i;
/** `clip-path: inset(50%)` or a zero circle: the modern visually-hidden pattern. */
const TINY_CLIP_PATH = /^(?:inset\(\s*50%|circle\(\s*0)/i;
/** A box this small (px) with overflow hidden shows nothing: the other half of the visually-hidden pattern. */
const TINY_BOX_PX = 1;
/** Positioned this far off-screen (px) means "for screen readers only" (skip links, image replacement). */
const OFFSCREEN_PX = -500;

/** Does this page have a layout engine behind it (a real browser) so computed styles mean something? */
export function hasLayout(doc: Document): boolean {
  try {
    const view = doc.defaultView;
    const body = doc.body;
    if (!view || !body || typeof view.getComputedStyle !== 'function') return false;
    if (typeof body.getClientRects !== 'function') return false;
    const rects = body.getClientRects();
    // happy-dom returns zero-sized rects and linkedom has none: only a real layout gives the body a width.
    return rects.length > 0 && (rects[0]?.width ?? 0) > 0;
  } catch {
    return false;
  }
}

/**
 * Hidden by computed style: display:none, visibility:hidden/collapse, and the visually-hidden clip patterns.
 * `ignoreInherited` is set inside collapsed disclosure panels, where inherited visibility is the fold itself
 * (the panel element itself is never asked: its own hiding is the fold).
 */
export function computedHidden(view: Window, el: Element, ignoreInherited: boolean): boolean {
  let cs: CSSStyleDeclaration;
  try {
    cs = view.getComputedStyle(el);
  } catch {
    return false;
  }
  // display is not inherited: a display:none inside an open-or-folded panel is hidden in its own right.
  if (cs.display === 'none') return true;
  if (!ignoreInherited && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return true;
  const pos = cs.position;
  if (pos === 'absolute' || pos === 'fixed') {
    if (TINY_CLIP.test(cs.clip) || TINY_CLIP_PATH.test(cs.clipPath)) return true;
    if (
      cs.overflow.startsWith('hidden') &&
      parseFloat(cs.width) <= TINY_BOX_PX &&
      parseFloat(cs.height) <= TINY_BOX_PX
    )
      return true;
    if (parseFloat(cs.left) <= OFFSCREEN_PX || parseFloat(cs.top) <= OFFSCREEN_PX) return true;
  }
  return false;
}

/** Static rules first (work in every DOM), then the computed ones when a view is given. */
export function hiddenBy(el: Element, view: Window | null, insidePanel: boolean): HiddenBy {
  const s = staticHidden(el);
  if (s) return s;
  if (view && computedHidden(view, el, insidePanel)) return 'computed';
  return null;
}
