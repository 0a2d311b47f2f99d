// Small DOM helpers for the widget's shadow trees: element building without innerHTML, and CSP-safe styles.

type Attrs = Record<string, string | boolean | undefined>;

/** Create an element with attributes and children. No innerHTML: safe under Trusted Types and CSP. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) el.append(c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A decorative 24×24 icon from path data (hidden from assistive technology). */
export function icon(doc: Document, path: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'icon');
  const p = doc.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

/**
 * Give a shadow root its styles. Constructable stylesheets made by script are not blocked by
 * `style-src 'self'` (a <style> element would be); browsers without them (Safari < 16.4) get a <style>,
 * which only a strict CSP blocks there.
 */
export function adoptStyles(root: ShadowRoot, css: string[]): CSSStyleSheet[] {
  const win = root.ownerDocument.defaultView;
  if (win && 'adoptedStyleSheets' in root && 'replaceSync' in win.CSSStyleSheet.prototype) {
    const sheets = css.map((text) => {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    return sheets;
  }
  for (const text of css) root.append(h(root.ownerDocument, 'style', {}, [text]));
  return [];
}
