// Swedish and English words for the player's error codes, for a UI without its own (the extension, a page
// using the core from npm). The widget says them in its own words (src/ui/i18n.ts) and leaves these out.

import { primaryLanguage } from './lang-tag.ts';
import type { PlayerErrorCode } from './player-types.ts';

/**
 * Language names for the "no voice" message where the browser's own (Intl.DisplayNames) are not what a
 * reader says: "norska", not "norskt bokmål"; "sorani", not "centralkurdiska"; every other language by the
 * browser's name in Swedish and English.
 */
const LANGUAGE_NAMES: Record<string, { sv: string; en: string }> = {
  nb: { sv: 'norska', en: 'Norwegian' },
  ckb: { sv: 'sorani', en: 'Sorani Kurdish' },
  rom: { sv: 'romani', en: 'Romani' },
};

/** The browser's names for a language outside the table ("cs" → tjeckiska / Czech), or the tag itself. */
function displayNames(lang: string): { sv: string; en: string } {
  const primary = primaryLanguage(lang);
  const of = (locale: string): string => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(primary) ?? lang;
    } catch {
      return lang;
    }
  };
  return { sv: of('sv'), en: of('en') };
}

/** The words for an error code (lang: the language concerned, for the no-voice message). */
export function errorMessages(code: PlayerErrorCode, lang?: string): { sv: string; en: string } {
  const name = lang ? (LANGUAGE_NAMES[primaryLanguage(lang)] ?? displayNames(lang)) : undefined;
  switch (code) {
    case 'no-voice-for-language':
      return {
        sv:
          `Det finns ingen röst för ${name?.sv ?? 'språket'} på den här enheten, så texten läses med en annan röst. ` +
          'Lägg till en röst under Inställningar → Tid och språk → Tal (Windows) eller Systeminställningar → ' +
          'Hjälpmedel → Uppläst innehåll (Mac) och ladda om sidan.',
        en:
          `There is no ${name?.en ?? 'matching'} voice on this device, so the text is read with another voice. ` +
          'Add one under Settings → Time & language → Speech (Windows) or System Settings → Accessibility → ' +
          'Spoken Content (Mac), then reload the page.',
      };
    case 'not-allowed':
      return {
        sv: 'Webbläsaren vill att du klickar innan den läser upp. Klicka på Lyssna igen.',
        en: 'The browser wants a click before it speaks. Press Listen again.',
      };
    case 'engine-failed':
      return {
        sv: 'Talsyntesen slutade fungera. Försök igen, eller välj en annan röst.',
        en: 'The speech engine stopped working. Try again, or choose another voice.',
      };
    case 'no-speech-support':
      return {
        sv: 'Den här webbläsaren kan inte läsa upp text.',
        en: 'This browser cannot read text aloud.',
      };
    case 'no-voices':
      return {
        sv: 'Det finns inga röster för uppläsning på den här enheten.',
        en: 'There are no text-to-speech voices on this device.',
      };
    case 'empty-plan':
      return {
        sv: 'Det finns ingen text att läsa upp på den här sidan.',
        en: 'There is no text to read on this page.',
      };
    case 'segment-skipped':
      return {
        sv: 'En mening kunde inte läsas upp och hoppades över.',
        en: 'A sentence could not be read and was skipped.',
      };
  }
}
