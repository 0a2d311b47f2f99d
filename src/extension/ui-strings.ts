// The extension's own messages (errors from the worker and popup), in Swedish and English.

import { primarySubtag } from '../core/lang-tag.ts';
import type { ReplyError, ReplyErrorCode } from './messages.ts';

const REPLY_ERRORS: Record<ReplyErrorCode, { sv: string; en: string }> = {
  'restricted-page': {
    sv: 'Lyssna kan inte läsa den här sidan. Webbläsaren tillåter inga tillägg på interna sidor och i Chrome Web Store.',
    en: 'Lyssna cannot read this page. The browser allows no extensions on its own pages or in the Chrome Web Store.',
  },
  'file-access': {
    sv: 'Lyssna får inte läsa filer på datorn än. Slå på "Tillåt åtkomst till fil-URL:er" för Lyssna under chrome://extensions → Information.',
    en: 'Lyssna may not read files on this computer yet. Turn on "Allow access to file URLs" for Lyssna in chrome://extensions → Details.',
  },
  'blank-page': {
    sv: 'Den här fliken har ingen webbsida att läsa upp (en tom sida eller en data:-adress).',
    en: 'This tab has no web page to read (a blank page or a data: address).',
  },
  'pdf-page': {
    sv: 'Lyssna kan inte läsa PDF-filer ännu. Markera texten i PDF:en och använd högerklicksmenyn, eller öppna en webbversion av dokumentet.',
    en: 'Lyssna cannot read PDF files yet. Open a web version of the document instead.',
  },
  'blocked-site': {
    sv: 'Du har valt att Lyssna aldrig ska köras på den här webbplatsen. Ändra det under Inställningar.',
    en: 'You chose never to run Lyssna on this site. Change it in the settings.',
  },
  'no-selection': {
    sv: 'Markera först texten du vill höra.',
    en: 'Select the text you want to hear first.',
  },
  'nothing-to-read': {
    sv: 'Det finns ingen text att läsa upp på den här sidan.',
    en: 'There is no text to read on this page.',
  },
  'no-tab': {
    sv: 'Hittade ingen flik att läsa upp.',
    en: 'Found no tab to read.',
  },
  'bad-message': {
    sv: 'Något gick fel i tillägget. Ladda om sidan och försök igen.',
    en: 'Something went wrong in the extension. Reload the page and try again.',
  },
};

export function replyError(code: ReplyErrorCode): ReplyError {
  return { code, ...REPLY_ERRORS[code] };
}

/** The UI language of extension pages: Swedish unless the browser's language is something else we have. */
export function uiLanguage(browserLang: string | undefined): 'sv' | 'en' {
  const primary = primarySubtag(browserLang ?? 'sv');
  return primary === 'sv' || primary === 'nb' || primary === 'nn' || primary === 'no' || primary === 'da'
    ? 'sv'
    : 'en';
}
