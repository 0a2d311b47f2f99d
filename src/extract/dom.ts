// Small DOM helpers that work the same in browsers, happy-dom and linkedom (no instanceof, no layout).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function isText(n: Node | null | undefined): n is Text {
  return !!n && n.nodeType === TEXT_NODE;
}

/** Lower-case local tag name ("div", "svg"); DOM libraries disagree on tagName case. */
export function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

/** The element's class attribute as a string (SVG elements have an object className). */
export function classOf(el: Element): string {
  return el.getAttribute('class') ?? '';
}

export function parentElementOf(el: Element): Element | null {
  const p = el.parentNode;
  return isElement(p) ? p : null;
}

/** The first element child (no live collections: cheap in every DOM). */
export function firstElementChildOf(el: Element): Element | null {
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (isElement(k)) return k;
  }
  return null;
}

/** Is `inner` inside `outer` (or the same node)? Walks up from `inner`, O(depth). */
export function isInside(inner: Node, outer: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode) if (n === outer) return true;
  return false;
}

/**
 * The page's body for whole-page passes. Browsers always build one <body>; lenient parsers (linkedom) may
 * keep two when the markup repeats it, so then the whole document element is the page.
 */
export function pageBody(doc: Document): Element | null {
  const bodies = doc.getElementsByTagName('body');
  if (bodies.length > 1 && doc.documentElement) return doc.documentElement;
  return doc.body ?? null;
}
