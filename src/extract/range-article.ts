// Turns a DOM Range (the reader's selection) into an article: blocks of display text with live ranges back
// into the page, so the selection is read and highlighted like the page itself.

import type { BlockKind } from '../core/plan.ts';
import type { ExtractedArticle, ExtractedBlock } from './types.ts';

/** Elements that start a new block when the selection crosses them. */
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'CAPTION',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'SUMMARY',
  'DETAILS',
  'BODY',
]);
/** Text inside these is never read (not text the reader sees). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TEXTAREA']);
/** Soft hyphen and zero-width characters: invisible, and they split words for the voice (rule R6). */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
const SPACE = /\s/;

function kindOf(el: Element): BlockKind {
  const tag = el.tagName;
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI') return 'list-item';
  if (tag === 'TD' || tag === 'TH') return 'table-row';
  if (tag === 'FIGCAPTION') return 'figcaption';
  if (tag === 'CAPTION') return 'caption';
  if (tag === 'DT') return 'term';
  if (tag === 'DD') return 'definition';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'SUMMARY') return 'summary';
  return tag === 'P' ? 'paragraph' : 'text';
}

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK_TAGS.has(el.tagName)) return el;
  return null;
}

function skipped(node: Node, exclude: (n: Node) => boolean): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (SKIP_TAGS.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') return true;
  }
  return exclude(node);
}

interface Pos {
  node: Text;
  offset: number;
}

/** One block under construction: collapsed text and, per character, where it came from. */
class BlockBuilder {
  chars: string[] = [];
  pos: Pos[] = [];
  pendingSpace: Pos | null = null;
  constructor(readonly element: Element) {}
  add(node: Text, start: number, end: number): void {
    const data = node.data;
    for (let i = start; i < end; i++) {
      const c = data[i]!;
      if (INVISIBLE.test(c)) continue;
      if (SPACE.test(c)) {
        if (this.chars.length > 0) this.pendingSpace ??= { node, offset: i };
        continue;
      }
      if (this.pendingSpace) {
        this.chars.push(' ');
        this.pos.push(this.pendingSpace);
        this.pendingSpace = null;
      }
      this.chars.push(c);
      this.pos.push({ node, offset: i });
    }
  }
  /** A line break between text nodes of one block (e.g. <br>) counts as a space. */
  breakWord(node: Text): void {
    if (this.chars.length > 0) this.pendingSpace ??= { node, offset: 0 };
  }
}

/**
 * The article for a range: one block per block-level element the range crosses, text collapsed like
 * extraction does, languages from the `lang` in force. `exclude` drops nodes (e.g. the widget's own hosts).
 */
export function articleFromRange(
  range: Range,
  exclude: (n: Node) => boolean = () => false,
): ExtractedArticle {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const builders: BlockBuilder[] = [];
  const visit = (text: Text) => {
    if (!range.intersectsNode(text) || skipped(text, exclude)) return;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end <= start) return;
    const el = blockOf(text) ?? doc.documentElement;
    let b = builders[builders.length - 1];
    if (!b || b.element !== el) {
      b = new BlockBuilder(el);
      builders.push(b);
    } else if (text.previousSibling instanceof Element && text.previousSibling.tagName === 'BR') {
      b.breakWord(text);
    }
    b.add(text, start, end);
  };
  if (root.nodeType === Node.TEXT_NODE) visit(root as Text);
  else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  }
  const htmlLang = doc.documentElement.getAttribute('lang');
  const blocks: ExtractedBlock[] = builders
    .filter((b) => b.chars.length > 0)
    .map((b) => {
      const text = b.chars.join('');
      const langEl = b.element.closest('[lang]');
      const pos = b.pos;
      return {
        kind: kindOf(b.element),
        text,
        declaredLang: langEl?.getAttribute('lang') ?? htmlLang,
        ownLang: Boolean(langEl && langEl !== doc.documentElement),
        element: b.element,
        toRange(s: number, e: number): Range | null {
          const a = pos[Math.max(0, s)];
          const z = pos[Math.min(e, pos.length) - 1];
          if (!a || !z || !a.node.isConnected || !z.node.isConnected) return null;
          try {
            const r = doc.createRange();
            r.setStart(a.node, a.offset);
            r.setEnd(z.node, z.offset + 1);
            return r;
          } catch {
            return null;
          }
        },
      };
    });
  return { title: blocks[0]?.text ?? '', declaredLang: htmlLang, root: null, blocks };
}

/** A selector that finds exactly this element (for reading an element through the extractor's contentSelector). */
export function selectorFor(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e !== e.ownerDocument.documentElement; e = e.parentElement) {
    if (e.id && e.ownerDocument.querySelectorAll(`#${cssEscape(e.id)}`).length === 1) {
      parts.unshift(`#${cssEscape(e.id)}`);
      return parts.join(' > ');
    }
    const parent: Element | null = e.parentElement;
    const index = parent ? Array.prototype.indexOf.call(parent.children, e) + 1 : 1;
    parts.unshift(`${e.tagName.toLowerCase()}:nth-child(${index})`);
  }
  parts.unshift(':root');
  return parts.join(' > ');
}

function cssEscape(id: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(id);
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}
