// The reader view: the extracted article in a clean overlay (own closed shadow root) with font size, line
// spacing, light/dark and a dyslexia-friendly font, following the sentence being read. Page HTML goes through
// DOMPurify; only the user's own input acts (the page can neither reach nor press anything inside), and the
// page behind is inert while it is open, as a modal dialog's should be.

import DOMPurify from 'dompurify';
import type { ReadingPlan } from '../core/plan.ts';
import { normalisePieces, type SourcePiece } from '../extract/normalise.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { createInputGate } from '../ui/trusted-input.ts';
import { READER_FONT_SIZE_RANGE, READER_LINE_HEIGHT_RANGE, type ReaderSettings } from './settings.ts';

export const READER_HIGHLIGHT = 'lyssna-reader-sentence';
/** Our own tag: a page rule for `div` cannot reach it; if the page owns the name, a plain div is the fallback. */
const READER_TAG = 'lyssna-ext-reader';

/** Only inline formatting survives: no links (nothing to click away to), no media, no attributes but lang/dir. */
const SANITIZE: { ALLOWED_TAGS: string[]; ALLOWED_ATTR: string[]; RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    'b',
    'strong',
    'i',
    'em',
    'mark',
    'small',
    'sub',
    'sup',
    'code',
    'abbr',
    'q',
    'cite',
    'span',
    'bdi',
    'bdo',
    'br',
    'time',
    'dfn',
    'kbd',
    's',
    'u',
  ],
  ALLOWED_ATTR: ['lang', 'dir', 'title'],
  RETURN_DOM_FRAGMENT: true,
};

/** System fonts only (no remote fonts under our CSP): the first one installed wins. */
const DYSLEXIA_STACK = '"OpenDyslexic", "Lexend", "Atkinson Hyperlegible", Verdana, Tahoma, sans-serif';
const BODY_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const FONT_STEP = 2;
/** Blocks are rendered in slices of this long, well under the 50 ms of a long task. */
const RENDER_SLICE_MS = 10;

const STRINGS = {
  sv: {
    dialog: 'Läsvy',
    close: 'Stäng läsvyn',
    smaller: 'Mindre text',
    larger: 'Större text',
    spacing: 'Radavstånd',
    dark: 'Mörkt tema',
    dyslexia: 'Dyslexivänligt typsnitt',
  },
  en: {
    dialog: 'Reader view',
    close: 'Close reader view',
    smaller: 'Smaller text',
    larger: 'Larger text',
    spacing: 'Line spacing',
    dark: 'Dark theme',
    dyslexia: 'Dyslexia-friendly font',
  },
};

const CSS = `
:host{all:initial;position:fixed;inset:0;z-index:2147483002;display:block}
.reader{position:absolute;inset:0;overflow:auto;background:var(--bg);color:var(--fg);font-family:${BODY_STACK}}
.reader.light{--bg:#fbfaf7;--fg:#1a1a1a;--bar:#efece4;--accent:#0b57a4;--border:#767676;--hl:#fff3a3;--hlfg:#000}
.reader.dark{--bg:#161616;--fg:#eeeeee;--bar:#262626;--accent:#8cc4ff;--border:#9a9a9a;--hl:#5c4a00;--hlfg:#fff}
.reader.dyslexia .article{font-family:${DYSLEXIA_STACK};letter-spacing:.06em;word-spacing:.16em}
.bar{position:sticky;top:0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.5rem 1rem;
  background:var(--bar);border-bottom:1px solid var(--border);font:15px/1.4 ${BODY_STACK}}
.bar button,.bar select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--border);
  border-radius:6px;padding:.3rem .7rem;min-height:2.25rem;cursor:pointer}
.bar label{display:inline-flex;gap:.35rem;align-items:center}
.bar .close{margin-inline-start:auto}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.article{max-width:40em;margin:0 auto;padding:1.5rem 1.25rem 4rem}
.article h1,.article h2,.article h3{line-height:1.25}
.article [aria-current="true"]{border-inline-start:4px solid var(--accent);padding-inline-start:.6rem;margin-inline-start:-.85rem}
::highlight(${READER_HIGHLIGHT}){background-color:var(--hl);color:var(--hlfg)}
@media (forced-colors:active){::highlight(${READER_HIGHLIGHT}){background-color:Mark;color:MarkText}}
`;

export interface ReaderView {
  readonly open: boolean;
  show(plan: ReadingPlan, article: ExtractedArticle): void;
  hide(): void;
  /** Follow the reading: mark the block and highlight the sentence [start, end) of its display text. */
  follow(block: number, start: number, end: number): void;
  dispose(): void;
}

export interface ReaderOptions {
  lang: 'sv' | 'en';
  settings: ReaderSettings;
  autoScroll: boolean;
  /** The user changed a setting in the overlay: save it. */
  onChange(settings: ReaderSettings): void;
  onClose?(): void;
}

type HighlightCtor = new (...ranges: Range[]) => object;

/** One rendered block: its element and, per display character, where it sits in the rendered text nodes. */
interface RenderedBlock {
  el: HTMLElement;
  rangeFor(start: number, end: number): Range | null;
}

function tagFor(kind: string, index: number): keyof HTMLElementTagNameMap {
  if (kind === 'heading') return index === 0 ? 'h1' : 'h2';
  if (kind === 'list-item') return 'li';
  if (kind === 'quote') return 'blockquote';
  return 'p';
}

/** Text nodes of an element as normaliser pieces, in document order. */
function piecesOf(el: Node): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  const doc = el.ownerDocument!;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE)
      pieces.push({ node: n as Text, start: 0, end: (n as Text).data.length });
    else if ((n as Element).tagName === 'BR') pieces.push({ node: null, start: 0, end: 0 });
  }
  return pieces;
}

/**
 * Render one block: the page's inline markup (sanitised) when it yields exactly the block's text, so offsets
 * map one to one; otherwise the plain text (never a guess at markup).
 */
function renderBlock(
  doc: Document,
  text: string,
  source: Element | undefined,
  tag: keyof HTMLElementTagNameMap,
): RenderedBlock {
  const el = doc.createElement(tag);
  let pieces: SourcePiece[] | null = null;
  if (source) {
    const fragment = DOMPurify.sanitize(source.innerHTML, SANITIZE) as unknown as DocumentFragment;
    const probe = doc.createElement(tag);
    probe.append(doc.importNode(fragment, true));
    const candidate = piecesOf(probe);
    if (normalisePieces(candidate).text === text) {
      el.append(...probe.childNodes);
      pieces = piecesOf(el);
    }
  }
  if (!pieces) {
    el.textContent = text;
    pieces = piecesOf(el);
  }
  const map = normalisePieces(pieces);
  return {
    el,
    rangeFor(start, end) {
      if (start < 0 || end > map.text.length || end <= start) return null;
      const a = pieces[map.startPiece(start)]?.node;
      const z = pieces[map.endPiece(end - 1)]?.node;
      if (!a || !z) return null;
      const r = doc.createRange();
      r.setStart(a, map.startOffset(start));
      r.setEnd(z, map.endOffset(end - 1));
      return r;
    },
  };
}

export function createReaderView(doc: Document, options: ReaderOptions): ReaderView {
  const win = doc.defaultView!;
  const s = STRINGS[options.lang];
  const settings = { ...options.settings };
  let host: HTMLElement | null = null;
  let blocks: RenderedBlock[] = [];
  let current = -1;
  let renderTimer: number | undefined;
  let returnFocus: Element | null = null;
  /** Page elements we made inert (and only those: the page's own inert ones stay as they were). */
  let madeInert: HTMLElement[] = [];

  const highlights = (win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;

  function makeHost(): { host: HTMLElement; root: ShadowRoot } {
    for (const tag of [READER_TAG, 'div']) {
      try {
        const h = doc.createElement(tag);
        const root = h.attachShadow({ mode: 'closed' });
        return { host: h, root };
      } catch {
        // The page defined our tag name and took the shadow root: use a plain element.
      }
    }
    throw new Error('no shadow root');
  }

  /** Page-synthesised events never change the view or write the user's settings (set per shown root). */
  let isUserInput: (e: Event) => boolean = () => false;
  function listen(target: EventTarget, type: string, fn: () => void): void {
    target.addEventListener(type, (e) => {
      if (isUserInput(e)) fn();
    });
  }

  function applySettings(readerEl: HTMLElement, article: HTMLElement): void {
    readerEl.className = `reader ${settings.theme}${settings.dyslexiaFont ? ' dyslexia' : ''}`;
    article.style.fontSize = `${settings.fontSize}px`;
    article.style.lineHeight = String(settings.lineHeight);
  }

  /** A button whose accessible name is its visible label; an optional glyph before it is decorative. */
  function button(label: string, glyph: string, onClick: () => void, cls = ''): HTMLButtonElement {
    const b = doc.createElement('button');
    b.type = 'button';
    if (glyph) {
      const g = doc.createElement('span');
      g.setAttribute('aria-hidden', 'true');
      g.textContent = `${glyph} `;
      b.append(g);
    }
    b.append(label);
    if (cls) b.className = cls;
    listen(b, 'click', onClick);
    return b;
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && isUserInput(e)) {
      e.stopPropagation();
      view.hide();
    }
  };

  const view: ReaderView = {
    get open() {
      return host !== null;
    },
    show(plan, article) {
      view.hide();
      returnFocus = doc.activeElement;
      const made = makeHost();
      host = made.host;
      const root = made.root;
      isUserInput = createInputGate(root);
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];

      const readerEl = doc.createElement('div');
      readerEl.setAttribute('role', 'dialog');
      readerEl.setAttribute('aria-modal', 'true');
      readerEl.setAttribute('aria-label', s.dialog);
      const bar = doc.createElement('div');
      bar.className = 'bar';
      const articleEl = doc.createElement('article');
      articleEl.className = 'article';
      articleEl.lang = plan.lang;

      const save = () => {
        applySettings(readerEl, articleEl);
        options.onChange({ ...settings });
      };
      const clampFont = (n: number) =>
        Math.min(READER_FONT_SIZE_RANGE[1], Math.max(READER_FONT_SIZE_RANGE[0], n));
      const spacing = doc.createElement('select');
      for (const v of [1.2, 1.5, 1.7, 2, 2.5, 3]) {
        if (v < READER_LINE_HEIGHT_RANGE[0] || v > READER_LINE_HEIGHT_RANGE[1]) continue;
        spacing.append(new Option(String(v).replace('.', options.lang === 'sv' ? ',' : '.'), String(v)));
      }
      if (![...spacing.options].some((o) => o.value === String(settings.lineHeight))) {
        spacing.append(new Option(String(settings.lineHeight), String(settings.lineHeight)));
      }
      spacing.value = String(settings.lineHeight);
      listen(spacing, 'change', () => {
        settings.lineHeight = Number(spacing.value);
        save();
      });
      const spacingLabel = doc.createElement('label');
      spacingLabel.append(s.spacing, spacing);
      const check = (text: string, on: boolean, change: (v: boolean) => void) => {
        const label = doc.createElement('label');
        const box = doc.createElement('input');
        box.type = 'checkbox';
        box.checked = on;
        listen(box, 'change', () => change(box.checked));
        label.append(box, text);
        return label;
      };
      bar.append(
        button(s.smaller, 'A−', () => {
          settings.fontSize = clampFont(settings.fontSize - FONT_STEP);
          save();
        }),
        button(s.larger, 'A+', () => {
          settings.fontSize = clampFont(settings.fontSize + FONT_STEP);
          save();
        }),
        spacingLabel,
        check(s.dark, settings.theme === 'dark', (v) => {
          settings.theme = v ? 'dark' : 'light';
          save();
        }),
        check(s.dyslexia, settings.dyslexiaFont, (v) => {
          settings.dyslexiaFont = v;
          save();
        }),
        button(s.close, '', () => view.hide(), 'close'),
      );

      blocks = [];
      let list: HTMLUListElement | null = null;
      const renderOne = (i: number) => {
        const b = plan.blocks[i]!;
        // A huge block's windows (pipeline.ts) share one article block and its text: shown once, each
        // window's index points at it (segment offsets are offsets into the whole text).
        const source = article.blocks[i];
        if (i > 0 && source !== undefined && source === article.blocks[i - 1]) {
          blocks.push(blocks[i - 1]!);
          return;
        }
        const tag = tagFor(b.kind, i);
        const rendered = renderBlock(doc, b.text, article.blocks[i]?.element, tag);
        if (b.lang !== plan.lang) rendered.el.lang = b.lang;
        if (tag === 'li') {
          if (!list) {
            list = doc.createElement('ul');
            articleEl.append(list);
          }
          list.append(rendered.el);
        } else {
          list = null;
          articleEl.append(rendered.el);
        }
        blocks.push(rendered);
      };
      // The first screenfuls at once, the rest in slices: 20,000 paragraphs took 4 s in one task.
      const shown = host;
      let next = 0;
      const renderSlice = () => {
        if (host !== shown) return; // closed (or shown again) meanwhile
        const until = win.performance.now() + RENDER_SLICE_MS;
        do renderOne(next++);
        while (next < plan.blocks.length && win.performance.now() < until);
        if (next < plan.blocks.length) renderTimer = win.setTimeout(renderSlice, 0);
      };
      if (plan.blocks.length > 0) renderSlice();
      readerEl.append(bar, articleEl);
      applySettings(readerEl, articleEl);
      root.append(readerEl);
      root.addEventListener('keydown', onKey as EventListener);
      const parent = doc.body ?? doc.documentElement;
      parent.append(host);
      madeInert = [...parent.children].filter(
        (el): el is HTMLElement => el !== host && el instanceof win.HTMLElement && !el.inert,
      );
      for (const el of madeInert) el.inert = true;
      (bar.querySelector('.close') as HTMLElement | null)?.focus();
    },
    hide() {
      if (!host) return;
      highlights?.delete(READER_HIGHLIGHT);
      host.remove();
      host = null;
      win.clearTimeout(renderTimer);
      for (const el of madeInert) el.inert = false;
      madeInert = [];
      blocks = [];
      current = -1;
      if (returnFocus instanceof win.HTMLElement) returnFocus.focus();
      returnFocus = null;
      options.onClose?.();
    },
    follow(block, start, end) {
      const b = blocks[block];
      if (!b) return;
      if (current !== block) {
        blocks[current]?.el.removeAttribute('aria-current');
        b.el.setAttribute('aria-current', 'true');
        current = block;
      }
      const range = b.rangeFor(start, end);
      if (range && highlights && Highlight) highlights.set(READER_HIGHLIGHT, new Highlight(range));
      if (options.autoScroll) b.el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    dispose() {
      view.hide();
    },
  };
  return view;
}
