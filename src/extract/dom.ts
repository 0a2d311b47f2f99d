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

/** The next element sibling, by the sibling links (no live collections). */
export function nextElementSiblingOf(el: Element): Element | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) if (isElement(n)) return n;
  return null;
}

/** Is `inner` inside `outer` (or the same node)? Walks up from `inner`, O(depth). */
export function isInside(inner: Node, outer: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode) if (n === outer) return true;
  return false;
}

/**
 * The elements with this tag under `scope`, in page order. A static list, not the live collection of
 * getElementsByTagName: jsdom answers every property read on a live HTMLCollection (`length`, an index, its
 * iterator) by first looking the name up among the collection's ids, a walk of the whole collection, so a
 * loop over one was quadratic in the CLI.
 */
export function elementsByTag(scope: Document | Element, tag: string): Element[] {
  return Array.from(scope.querySelectorAll(tag));
}

/**
 * The page's body for whole-page passes. Browsers always build one <body>; lenient parsers (linkedom) may
 * keep two when the markup repeats it, so then the whole document element is the page. The parsed <body> is
 * taken from the tree, not from `doc.body`: when markup comes before <html> or <head> (a script, a second
 * <html>), linkedom's `body` getter misses the parsed one and adds an empty <body> of its own, and the page
 * read as empty.
 */
export function pageBody(doc: Document): Element | null {
  const bodies = doc.getElementsByTagName('body');
  if (bodies.length === 1) return bodies[0] ?? null;
  if (bodies.length > 1 && doc.documentElement) return doc.documentElement;
  return doc.body ?? null;
}

/**
 * Does `a` come before `b` in document order (and not contain it)? Computed from the tree itself:
 * compareDocumentPosition is unreliable in DOM libraries (linkedom answers inverted).
 */
export function precedesNode(a: Node, b: Node): boolean {
  if (a === b || isInside(b, a)) return false;
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return false; // different trees
  if (i >= cb.length) return false; // b is an ancestor of a
  const parent = ca[i - 1]!;
  const kids = parent.childNodes;
  for (let k = 0; k < kids.length; k++) {
    if (kids[k] === ca[i]) return true;
    if (kids[k] === cb[i]) return false;
  }
  return false;
}
