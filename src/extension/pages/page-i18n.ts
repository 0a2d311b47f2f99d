// Swedish/English for the extension's own pages: static HTML carries data-i18n keys, this fills them in.

import { uiLanguage } from '../ui-strings.ts';

export type PageStrings = Record<string, { sv: string; en: string }>;

/** The page's language from the browser's UI language (Swedish for Nordic readers, English otherwise). */
export function pageLanguage(): 'sv' | 'en' {
  const ui = typeof chrome !== 'undefined' && chrome.i18n ? chrome.i18n.getUILanguage() : navigator.language;
  return uiLanguage(ui);
}

/** Fill every [data-i18n] element's text and [data-i18n-label] element's aria-label; set <html lang>. */
export function applyStrings(doc: Document, strings: PageStrings, lang: 'sv' | 'en'): void {
  doc.documentElement.lang = lang;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const s = strings[el.dataset.i18n ?? ''];
    if (s) el.textContent = s[lang];
  }
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const s = strings[el.dataset.i18nLabel ?? ''];
    if (s) el.setAttribute('aria-label', s[lang]);
  }
}

/** Speeds offered by the popup and options (the same steps as the widget's player). */
export const RATE_CHOICES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export function formatRate(rate: number, lang: 'sv' | 'en'): string {
  const s = String(rate);
  return `${lang === 'sv' ? s.replace('.', ',') : s}×`;
}
