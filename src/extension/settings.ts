// The user's extension settings: defaults, a validating merge of whatever storage holds, and site blocking.
// Pure: the chrome.storage.sync edge is in settings-store.ts.

import { isLangTag, RATE_RANGE } from './messages.ts';

export type ReaderTheme = 'light' | 'dark';

export interface ReaderSettings {
  /** CSS pixels. */
  fontSize: number;
  /** Unitless line-height. */
  lineHeight: number;
  theme: ReaderTheme;
  /** A dyslexia-friendly system font stack with wider letter spacing. */
  dyslexiaFont: boolean;
}

export interface ExtensionSettings {
  /** Default speaking rate. */
  rate: number;
  /** Saved voice per primary language ("sv" → the voice's name and tag). */
  voices: Record<string, { name: string; lang: string }>;
  /** Highlight colours on the page (CSS colours: #rrggbb). */
  highlight: { sentence: string; word: string };
  /** Scroll the page so the sentence being read stays in view. */
  autoScroll: boolean;
  /** Host names where the extension never runs ("example.se" also covers "www.example.se"). */
  neverRunOn: string[];
  /** The toolbar button opens the popup (true) or starts/pauses at once (false). */
  toolbarOpensPopup: boolean;
  reader: ReaderSettings;
}

/** Yellow and orange pass 3:1 against black text and read as "marker pen" to most people. */
export const DEFAULT_SETTINGS: Readonly<ExtensionSettings> = Object.freeze<ExtensionSettings>({
  rate: 1,
  voices: {},
  highlight: { sentence: '#fff3a3', word: '#ffc966' },
  autoScroll: true,
  neverRunOn: [],
  toolbarOpensPopup: true,
  reader: { fontSize: 20, lineHeight: 1.7, theme: 'light', dyslexiaFont: false },
});

/** Readable sizes: below 12 px is too small for a reading aid, above 48 px a line holds two words. */
export const READER_FONT_SIZE_RANGE = [12, 48] as const;
/** WCAG 1.4.12 asks for 1.5 to be possible; beyond 3 paragraphs fall apart. */
export const READER_LINE_HEIGHT_RANGE = [1, 3] as const;
/** chrome.storage.sync allows 8 KB per item; a few hundred sites is far more than anyone blocks. */
export const MAX_BLOCKED_SITES = 500;
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
/** A host name (or a bare domain): letters, digits, hyphens, dots; IDNs arrive punycoded. */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, [lo, hi]: readonly [number, number], fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : fallback;
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const colour = (v: unknown, fallback: string): string =>
  typeof v === 'string' && HEX_COLOUR.test(v) ? v.toLowerCase() : fallback;

/**
 * Turn what the user typed ("https://www.Example.se/path", "example.se") into a host name, or null.
 * Used both for the options page's list and to validate stored entries.
 */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (s === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return HOST.test(s) ? s : null;
}

/** Merge stored values (anything: old versions, hand-edited sync data) over the defaults, field by field. */
export function mergeSettings(stored: unknown): ExtensionSettings {
  const d = DEFAULT_SETTINGS;
  const s = isRecord(stored) ? stored : {};
  const voices: ExtensionSettings['voices'] = {};
  if (isRecord(s.voices)) {
    for (const [lang, v] of Object.entries(s.voices)) {
      if (!isLangTag(lang) || !isRecord(v)) continue;
      if (typeof v.name !== 'string' || v.name === '' || typeof v.lang !== 'string') continue;
      voices[lang.toLowerCase()] = { name: v.name, lang: v.lang };
    }
  }
  const hl = isRecord(s.highlight) ? s.highlight : {};
  const rd = isRecord(s.reader) ? s.reader : {};
  const sites = Array.isArray(s.neverRunOn) ? s.neverRunOn : [];
  const neverRunOn = [
    ...new Set(
      sites.flatMap((x) => (typeof x === 'string' ? [normaliseHost(x)] : [])).filter((x) => x !== null),
    ),
  ].slice(0, MAX_BLOCKED_SITES) as string[];
  return {
    rate: num(s.rate, RATE_RANGE, d.rate),
    voices,
    highlight: {
      sentence: colour(hl.sentence, d.highlight.sentence),
      word: colour(hl.word, d.highlight.word),
    },
    autoScroll: bool(s.autoScroll, d.autoScroll),
    neverRunOn,
    toolbarOpensPopup: bool(s.toolbarOpensPopup, d.toolbarOpensPopup),
    reader: {
      fontSize: num(rd.fontSize, READER_FONT_SIZE_RANGE, d.reader.fontSize),
      lineHeight: num(rd.lineHeight, READER_LINE_HEIGHT_RANGE, d.reader.lineHeight),
      theme: rd.theme === 'dark' || rd.theme === 'light' ? rd.theme : d.reader.theme,
      dyslexiaFont: bool(rd.dyslexiaFont, d.reader.dyslexiaFont),
    },
  };
}

/** Apply a partial change and validate the result (the options page and popup write through this). */
export function updateSettings(current: ExtensionSettings, patch: unknown): ExtensionSettings {
  const p = isRecord(patch) ? patch : {};
  return mergeSettings({
    ...current,
    ...p,
    highlight: { ...current.highlight, ...(isRecord(p.highlight) ? p.highlight : {}) },
    reader: { ...current.reader, ...(isRecord(p.reader) ? p.reader : {}) },
    voices: isRecord(p.voices) ? p.voices : current.voices,
  });
}

/**
 * The saved voice per language with `lang`'s choice set to `voice`, or removed (back to "automatic") when there
 * is none. The options page and the popup both store a choice through this, so they agree on the shape.
 */
export function withVoiceChoice(
  voices: ExtensionSettings['voices'],
  lang: string,
  voice: { name: string; lang: string } | null | undefined,
): ExtensionSettings['voices'] {
  const next = { ...voices };
  if (voice) next[lang] = { name: voice.name, lang: voice.lang };
  else delete next[lang];
  return next;
}

/** True when the URL's host is on the never-run list (the host itself or any subdomain of an entry). */
export function isSiteBlocked(url: string | undefined, neverRunOn: readonly string[]): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return neverRunOn.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/** Pages extensions may not script (Chrome refuses; we say so instead of failing silently). */
/**
 * Why a URL cannot be read, more precisely than "restricted": `file://` needs the user's "Allow access to file
 * URLs" switch (the browser's, not a rule), and a blank or `data:` tab simply has no page.
 */
export function refusalFor(url: string | undefined): 'file-access' | 'blank-page' | null {
  if (!url) return null;
  if (/^file:/i.test(url)) return 'file-access';
  if (/^(about:blank|about:srcdoc|data:)/i.test(url)) return 'blank-page';
  return null;
}

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  if (/^(chrome|edge|about|chrome-extension|moz-extension|devtools|view-source|chrome-search):/i.test(url))
    return true;
  // The Chrome Web Store and its new domain refuse content scripts.
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com)(\/|$)/i.test(url);
}
