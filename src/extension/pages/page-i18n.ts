// Swedish/English for the extension's own pages: static HTML carries data-i18n keys, this fills them in.

import { rateLabel } from '../../ui/speeds.ts';
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

/** A speed as the page's language writes it ("1,25×" in Swedish). */
export function formatRate(rate: number, lang: 'sv' | 'en'): string {
  return rateLabel(rate, lang === 'sv' ? ',' : '.');
}
