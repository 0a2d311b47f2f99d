// What the shared player UI is configured with: the widget parses it from its script tag's data-* attributes
// (widget/config.ts), the extension builds it from its settings. Here so the UI depends on no product.

export type Position = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';
export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetConfig {
  /** data-content: CSS selector of the content area to read (strongest extraction hint). */
  contentSelector: string | null;
  /** data-lang: the content's language when the page's own `lang` is wrong or missing. */
  lang: string | null;
  /** data-rate: start speed (snapped to RATE_STEPS); the listener's saved choice wins. */
  rate: number;
  /** data-theme: light, dark or auto (follows the reader's system setting). */
  theme: Theme;
  /** data-color: the player's accent colour (any CSS colour); text colour is chosen for contrast. */
  color: string | null;
  /** data-highlight-color: background of the sentence being read. */
  highlightColor: string | null;
  /** data-word-color: background of the word being read. */
  wordColor: string | null;
  /** data-ui-lang: sv, en or auto (English on English pages, else Swedish). */
  uiLang: 'sv' | 'en' | 'auto';
  /** data-position: where the floating button sits; logical (start/end follow dir=rtl) or left/right. */
  position: Position;
  /** data-lexicon: a JSON URL (fetched once, with the player: the only other request) or inline JSON. */
  lexicon: { url: string } | { inline: Record<string, string> } | null;
  /** data-shortcut: opt-in page-wide key that plays/pauses, e.g. "alt+shift+l". Off by default. */
  shortcut: Shortcut | null;
  /** data-click-to-read="false": clicking a paragraph while the player is open does not start there. */
  clickToRead: boolean;
  /** data-selection="false": no "Lyssna" button beside selected text. */
  selectionButton: boolean;
  /** data-auto-scroll="false": default for the auto-scroll setting (the listener may change it). */
  autoScroll: boolean;
  /** data-word-highlight="false": default for the word highlight setting. */
  wordHighlight: boolean;
}

export interface Shortcut {
  key: string;
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
}

/** The reader pressed the owner's shortcut (the loader and the player both listen for it). */
export function matchesShortcut(e: KeyboardEvent, s: Shortcut): boolean {
  // e.code keeps Alt+letter working on macOS, where Alt changes e.key ("¬" for Alt+L).
  const key = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
  return (
    key === s.key &&
    e.altKey === s.alt &&
    e.ctrlKey === s.ctrl &&
    e.shiftKey === s.shift &&
    e.metaKey === s.meta
  );
}

export const DEFAULT_CONFIG: WidgetConfig = {
  contentSelector: null,
  lang: null,
  rate: 1,
  theme: 'light',
  color: null,
  highlightColor: null,
  wordColor: null,
  uiLang: 'auto',
  position: 'bottom-end',
  lexicon: null,
  shortcut: null,
  clickToRead: true,
  selectionButton: true,
  autoScroll: true,
  wordHighlight: true,
};
