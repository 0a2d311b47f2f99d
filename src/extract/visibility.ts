// Is an element hidden from sighted readers? Static rules everywhere; computed styles in a real browser.

import { pageBody } from './dom.ts';
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
/** Text this far off its box (`text-indent: -9999px`, image replacement) is never on screen. */
const OFFSCREEN_INDENT_PX = 500;
/** Text colour this close to the background's (each RGB channel, 0–255) cannot be told from it. */
const SAME_COLOR_TOLERANCE = 4;
/** Below this alpha, text or a background colour is as good as transparent. */
const INVISIBLE_ALPHA = 0.05;
/** The canvas behind a page that paints no background (light colour scheme). */
const CANVAS: Rgba = [255, 255, 255, 1];

type Rgba = [number, number, number, number];

/** `rgb(…)`/`rgba(…)` as computed styles give colours; null for anything else (color-mix, lab…). */
function parseRgba(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value);
  if (!m) return value === 'transparent' ? [0, 0, 0, 0] : null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/**
 * Computed styles of one extraction, kept for the task that runs it (the walk asks about each element and its
 * ancestors' backgrounds many times); dropped at the next microtask, so a later extraction sees new styles.
 */
let styleCache: WeakMap<Element, CSSStyleDeclaration> | null = null;
function styleOf(view: Window, el: Element): CSSStyleDeclaration {
  if (!styleCache) {
    styleCache = new WeakMap();
    queueMicrotask(() => {
      styleCache = null;
    });
  }
  let cs = styleCache.get(el);
  if (!cs) {
    cs = view.getComputedStyle(el);
    styleCache.set(el, cs);
  }
  return cs;
}

/** The background colour behind an element: the first opaque-enough one up the tree, else the canvas. */
function backgroundBehind(view: Window, el: Element): Rgba | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = styleOf(view, e);
    // An image or gradient behind the text: its colour cannot be compared, so the text counts as visible.
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
    const bg = parseRgba(cs.backgroundColor);
    if (!bg) return null;
    if (bg[3] >= 1 - INVISIBLE_ALPHA) return bg;
    if (bg[3] > INVISIBLE_ALPHA) return null; // translucent layers: too uncertain to call the text hidden
  }
  return CANVAS;
}

/**
 * Text that cannot be seen through inherited properties: `font-size: 0`, a transparent colour, or the colour
 * of the background behind it (white on white).
 */
function textInvisible(view: Window, el: Element): boolean {
  const cs = styleOf(view, el);
  if (parseFloat(cs.fontSize) === 0) return true;
  const color = parseRgba(cs.color);
  if (!color) return false;
  if (color[3] <= INVISIBLE_ALPHA) return true;
  const bg = backgroundBehind(view, el);
  return (
    bg !== null &&
    color[3] >= 1 - INVISIBLE_ALPHA &&
    Math.abs(color[0] - bg[0]) <= SAME_COLOR_TOLERANCE &&
    Math.abs(color[1] - bg[1]) <= SAME_COLOR_TOLERANCE &&
    Math.abs(color[2] - bg[2]) <= SAME_COLOR_TOLERANCE
  );
}

/**
 * Inherited tricks hide the element only when no element inside shows text again: `font-size: 0` on a row
 * of inline blocks that set their own size is a layout technique, not hiding.
 */
function inheritedInvisible(view: Window, el: Element): boolean {
  if (!textInvisible(view, el)) return false;
  for (const d of el.querySelectorAll('*')) if (!textInvisible(view, d)) return false;
  return true;
}

/** A transform that flattens the box to nothing (`scale(0)`, `scaleX(0)`, a zero matrix). */
function degenerateTransform(transform: string): boolean {
  const m = /^matrix\(([^)]*)\)$/.exec(transform);
  if (!m) return false;
  const [a, b, c, d] = m[1]!.split(',').map(Number);
  return a !== undefined && b !== undefined && c !== undefined && d !== undefined && a * d - b * c === 0;
}

/** Inside a folded disclosure (R3): its layout is the fold, so size and position say nothing. */
function insideFold(el: Element, ignoreInherited: boolean): boolean {
  return ignoreInherited || el.closest('details:not([open])') !== null;
}

/** Does this page have a layout engine behind it (a real browser) so computed styles mean something? */
export function hasLayout(doc: Document): boolean {
  try {
    const view = doc.defaultView;
    const body = pageBody(doc);
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
 * Hidden by computed style: display:none, visibility:hidden/collapse, the visually-hidden clip patterns, and
 * the ways a page hides text it still wants read: opacity 0, a zero scale, a zero-size box that clips its
 * content, an inset(50%) clip path, text or a box pushed far off the page, text of size 0 or in the
 * background's colour. `ignoreInherited` is set inside collapsed disclosure panels (and closed <details>),
 * where inherited visibility and the box's size and position are the fold itself (the panel element itself is
 * never asked: its own hiding is the fold).
 */
export function computedHidden(view: Window, el: Element, ignoreInherited: boolean): boolean {
  let cs: CSSStyleDeclaration;
  try {
    cs = styleOf(view, el);
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
  if (parseFloat(cs.opacity) === 0) return true;
  if (TINY_CLIP_PATH.test(cs.clipPath)) return true;
  if (degenerateTransform(cs.transform)) return true;
  const indent = parseFloat(cs.textIndent);
  if (indent <= -OFFSCREEN_INDENT_PX || indent >= OFFSCREEN_INDENT_PX * 10) return true;
  if (!insideFold(el, ignoreInherited)) {
    if (pos === 'relative' && (parseFloat(cs.left) <= OFFSCREEN_PX || parseFloat(cs.top) <= OFFSCREEN_PX))
      return true;
    const clips = /hidden|clip/.test(cs.overflowX) || /hidden|clip/.test(cs.overflowY);
    if (clips && cs.display !== 'contents') {
      const r = el.getBoundingClientRect();
      if (r.width < TINY_BOX_PX || r.height < TINY_BOX_PX) return true;
    }
  }
  try {
    if (inheritedInvisible(view, el)) return true;
  } catch {
    return false;
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
