// Turns a DOM Range (the reader's selection) into an article: blocks of display text with live ranges back
// into the page, so the selection is read and highlighted like the page itself.

import { BLOCK_TAGS, FLATTEN_TAGS, KIND_OF } from './blocks.ts';
import { isElement, parentElementOf, tagOf } from './dom.ts';
import { normalisePieces, type SourcePiece } from './normalise.ts';
import { rangeMaker } from './ranges.ts';
import { CONTROL_TAGS, LYSSNA_SKIP_ATTR, NON_TEXT_TAGS, staticHidden } from './skip-rules.ts';
import type { ExtractedArticle, ExtractedBlock } from './types.ts';

/**
 * The block a text node belongs to, by the page walker's rules (blocks.ts): its nearest block element,
 * unless that sits in a heading, row, caption… which is read as one block (R4). `inner` is the nearest block
 * element itself: text in different ones of a flattened block is joined by a space.
 */
function blockOf(node: Node, top: Element): { block: Element; inner: Element } {
  let inner: Element | null = null;
  let block: Element | null = null;
  for (let el: Element | null = node.parentElement; el; el = parentElementOf(el)) {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) {
      inner ??= el;
      block ??= el;
    }
    if (FLATTEN_TAGS.has(tag)) block = el;
  }
  return { block: block ?? top, inner: inner ?? top };
}

/** Not text the reader sees, or text the page never wants read (R2): the extractor's skip rules. */
function skipped(node: Node, exclude: (n: Node) => boolean): boolean {
  for (let el: Element | null = node.parentElement; el; el = parentElementOf(el)) {
    const tag = tagOf(el);
    if (NON_TEXT_TAGS.has(tag) || CONTROL_TAGS.has(tag) || el.hasAttribute(LYSSNA_SKIP_ATTR)) return true;
    if (staticHidden(el) !== null) return true;
  }
  return exclude(node);
}

interface Run {
  block: Element;
  inner: Element;
  pieces: SourcePiece[];
}

/**
 * The article for a range: one block per block the range crosses, its text normalised as extraction does
 * (R6, NFC) with live ranges back into the page, languages from the `lang` in force. `exclude` drops nodes
 * (e.g. the widget's own hosts).
 */
export function articleFromRange(
  range: Range,
  exclude: (n: Node) => boolean = () => false,
): ExtractedArticle {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const runs: Run[] = [];
  const gap = (run: Run) => run.pieces.push({ node: null, start: 0, end: 0 });
  const visit = (text: Text) => {
    if (!range.intersectsNode(text) || skipped(text, exclude)) return;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end <= start) return;
    const { block, inner } = blockOf(text, doc.documentElement);
    let run = runs[runs.length - 1];
    if (!run || run.block !== block) {
      run = { block, inner, pieces: [] };
      runs.push(run);
    } else if (run.inner !== inner) {
      gap(run); // a cell or nested block of a flattened one
      run.inner = inner;
    } else if (isElement(text.previousSibling) && tagOf(text.previousSibling) === 'br') {
      gap(run);
    }
    run.pieces.push({ node: text, start, end });
  };
  if (root.nodeType === Node.TEXT_NODE) visit(root as Text);
  else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  }
  const htmlLang = doc.documentElement.getAttribute('lang');
  const blocks: ExtractedBlock[] = [];
  for (const run of runs) {
    const display = normalisePieces(run.pieces);
    if (display.text.length === 0) continue;
    const langEl = run.block.closest('[lang]');
    blocks.push({
      kind: KIND_OF[tagOf(run.block)] ?? 'text',
      text: display.text,
      declaredLang: langEl?.getAttribute('lang') ?? htmlLang,
      ownLang: Boolean(langEl && langEl !== doc.documentElement),
      element: run.block,
      toRange: rangeMaker(doc, run.pieces, display),
    });
  }
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
