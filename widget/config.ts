// The site owner's options: data-* attributes on the widget's <script> tag, parsed and validated.

/** Speeds the player offers: clear steps a listener can tell apart (0.25 apart, 0.5–2 as the issue asks). */
export const RATE_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

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

/** Problems found in the owner's options: logged once to the console, never shown to readers. */
export type ConfigWarning = string;

const POSITION_ALIASES: Record<string, Position> = {
  'bottom-end': 'bottom-end',
  'bottom-start': 'bottom-start',
  'top-end': 'top-end',
  'top-start': 'top-start',
  'bottom-right': 'bottom-end',
  'bottom-left': 'bottom-start',
  'top-right': 'top-end',
  'top-left': 'top-start',
};

/** Nearest offered speed. */
export function snapRate(rate: number): number {
  let best: number = RATE_STEPS[0];
  for (const step of RATE_STEPS) if (Math.abs(step - rate) < Math.abs(best - rate)) best = step;
  return best;
}

/** Is this a CSS colour the browser understands? (Also keeps owner text out of our stylesheets' syntax.) */
export function isCssColor(
  value: string,
  supports: (p: string, v: string) => boolean = cssSupports,
): boolean {
  if (/[;{}<>\\]/.test(value)) return false;
  return supports('color', value);
}

function cssSupports(property: string, value: string): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports(property, value);
}

/** "alt+shift+l" → a shortcut needing a modifier (a bare letter would collide with screen-reader keys). */
export function parseShortcut(text: string): Shortcut | null {
  const parts = text
    .toLowerCase()
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  const key = parts.pop();
  if (key?.length !== 1) return null;
  const mods = new Set(parts);
  for (const m of mods) if (!['alt', 'ctrl', 'shift', 'meta'].includes(m)) return null;
  const shortcut = {
    key,
    alt: mods.has('alt'),
    ctrl: mods.has('ctrl'),
    shift: mods.has('shift'),
    meta: mods.has('meta'),
  };
  if (!shortcut.alt && !shortcut.ctrl && !shortcut.meta) return null;
  return shortcut;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return !['false', '0', 'no', 'off', 'nej'].includes(value.trim().toLowerCase());
}

/** Reads the options from a dataset (the script tag's), returning the config and any warnings. */
export function parseConfig(
  data: Record<string, string | undefined>,
  supports?: (p: string, v: string) => boolean,
): { config: WidgetConfig; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const config: WidgetConfig = { ...DEFAULT_CONFIG };
  const text = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);

  config.contentSelector = text(data.content);
  config.lang = text(data.lang);

  const rate = text(data.rate);
  if (rate !== null) {
    const n = Number(rate.replace(',', '.'));
    if (Number.isFinite(n) && n > 0) config.rate = snapRate(n);
    else warnings.push(`data-rate="${rate}" is not a number; using 1`);
  }

  const theme = text(data.theme)?.toLowerCase();
  if (theme === 'light' || theme === 'dark' || theme === 'auto') config.theme = theme;
  else if (theme) warnings.push(`data-theme="${theme}" is not light, dark or auto`);

  for (const [attr, key] of [
    ['color', 'color'],
    ['highlightColor', 'highlightColor'],
    ['wordColor', 'wordColor'],
  ] as const) {
    const value = text(data[attr]);
    if (value === null) continue;
    if (isCssColor(value, supports)) config[key] = value;
    else
      warnings.push(
        `data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}" is not a CSS colour`,
      );
  }

  const uiLang = text(data.uiLang)?.toLowerCase();
  if (uiLang === 'sv' || uiLang === 'en' || uiLang === 'auto') config.uiLang = uiLang;
  else if (uiLang) warnings.push(`data-ui-lang="${uiLang}" is not sv, en or auto`);

  const position = text(data.position)?.toLowerCase();
  if (position && POSITION_ALIASES[position]) config.position = POSITION_ALIASES[position];
  else if (position) warnings.push(`data-position="${position}" is unknown; using bottom-end`);

  const lexicon = text(data.lexicon);
  if (lexicon !== null) {
    if (lexicon.startsWith('{')) {
      const parsed = parseLexiconJson(lexicon);
      if (parsed) config.lexicon = { inline: parsed };
      else warnings.push('data-lexicon is not a JSON object of strings');
    } else {
      config.lexicon = { url: lexicon };
    }
  }

  const shortcut = text(data.shortcut);
  if (shortcut !== null) {
    config.shortcut = parseShortcut(shortcut);
    if (!config.shortcut) warnings.push(`data-shortcut="${shortcut}" needs alt, ctrl or meta plus one key`);
  }

  config.clickToRead = flag(data.clickToRead, DEFAULT_CONFIG.clickToRead);
  config.selectionButton = flag(data.selection, DEFAULT_CONFIG.selectionButton);
  config.autoScroll = flag(data.autoScroll, DEFAULT_CONFIG.autoScroll);
  config.wordHighlight = flag(data.wordHighlight, DEFAULT_CONFIG.wordHighlight);
  return { config, warnings };
}

/** A lexicon is a flat object of strings; anything else is rejected whole (no half-applied lexicons). */
export function parseLexiconJson(json: string): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'string') return null;
      out[k] = v;
    }
    return out;
  } catch {
    return null;
  }
}

/** The widget's own script tag: currentScript while it runs, else the last script whose src names it. */
export function findScriptTag(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const all = doc.querySelectorAll<HTMLScriptElement>('script[src*="lyssna"]');
  return all[all.length - 1] ?? null;
}
