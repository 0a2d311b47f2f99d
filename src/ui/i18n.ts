// The player's words in Swedish and English, and the rule for which one a page gets.

import { primarySubtag } from '../core/lang-tag.ts';

export type UiLang = 'sv' | 'en';

export interface Strings {
  /** Decimal separator for speeds ("0,75×" in Swedish). */
  decimal: string;
  launcher: string;
  launcherUnsupported: string;
  launcherUnreadable: string;
  region: string;
  play: string;
  pause: string;
  resume: string;
  stop: string;
  prevSentence: string;
  nextSentence: string;
  prevParagraph: string;
  nextParagraph: string;
  speed: string;
  settings: string;
  close: string;
  follow: string;
  readSelection: string;
  voiceFor: (language: string) => string;
  voiceAuto: string;
  sentenceHighlight: string;
  wordHighlight: string;
  sentenceColor: string;
  wordColor: string;
  autoScroll: string;
  colorNames: Record<string, string>;
  keysHelp: string;
  progress: (done: number, total: number) => string;
  states: { playing: string; paused: string; stopped: string; ended: string; loading: string };
  noSpeech: string;
  unreadable: string;
  pageChanged: string;
  notAllowed: string;
  engineFailed: string;
  noVoices: string;
  noVoiceFor: (language: string) => string;
  installIntro: string;
  install: { platform: string; how: string }[];
  useRelatedVoice: (voiceName: string, language: string) => string;
  noHighlightApi: string;
  /** Language names in this UI language, by BCP 47 primary subtag, where the browser's differ. */
  languageNames: Record<string, string>;
}

/**
 * Language names where the browser's own (Intl.DisplayNames, see languageName) are not what a reader says:
 * "norska", not "norskt bokmål"; "Sorani (Kurdish)", not "Central Kurdish".
 */
const SV_LANGUAGE_NAMES: Record<string, string> = {
  nb: 'norska',
  nn: 'nynorska',
  ckb: 'sorani (kurdiska)',
  rom: 'romani',
};

const EN_LANGUAGE_NAMES: Record<string, string> = {
  nb: 'Norwegian',
  nn: 'Nynorsk',
  ckb: 'Sorani (Kurdish)',
  rom: 'Romani',
};

export const STRINGS: Record<UiLang, Strings> = {
  sv: {
    decimal: ',',
    launcher: 'Lyssna',
    launcherUnsupported: 'Lyssna – fungerar inte i den här webbläsaren',
    launcherUnreadable: 'Lyssna – ingen text att läsa upp',
    region: 'Uppläsning',
    play: 'Spela',
    pause: 'Pausa',
    resume: 'Fortsätt',
    stop: 'Stoppa',
    prevSentence: 'Föregående mening',
    nextSentence: 'Nästa mening',
    prevParagraph: 'Föregående stycke',
    nextParagraph: 'Nästa stycke',
    speed: 'Hastighet',
    settings: 'Inställningar',
    close: 'Stäng uppläsningen',
    follow: 'Följ texten',
    readSelection: 'Lyssna på markerad text',
    voiceFor: (language) => `Röst för ${language}`,
    voiceAuto: 'Automatiskt',
    sentenceHighlight: 'Markera meningen som läses',
    wordHighlight: 'Markera ordet som läses',
    sentenceColor: 'Färg för meningen',
    wordColor: 'Färg för ordet',
    autoScroll: 'Rulla sidan med texten',
    colorNames: {
      site: 'Webbplatsens',
      yellow: 'Gul',
      green: 'Grön',
      blue: 'Blå',
      pink: 'Rosa',
      orange: 'Orange',
    },
    keysHelp:
      'Tangenter i spelaren: mellanslag spelar och pausar, vänster- och högerpil byter mening, upp- och nedpil byter stycke, Esc stänger.',
    progress: (done, total) => `Mening ${done} av ${total}`,
    states: {
      playing: 'Spelar',
      paused: 'Pausad',
      stopped: 'Stoppad',
      ended: 'Uppläsningen är klar',
      loading: 'Hämtar röster…',
    },
    noSpeech:
      'Den här webbläsaren kan inte läsa upp text. Prova en nyare version av Chrome, Edge, Firefox eller Safari.',
    unreadable: 'Den här sidan har ingen text som kan läsas upp.',
    pageChanged: 'Sidan har ändrats. Tryck på Spela för att läsa den nya texten.',
    notAllowed: 'Webbläsaren vill att du trycker på Spela för att starta uppläsningen.',
    engineFailed: 'Uppläsningen slutade fungera. Prova igen om en stund.',
    noVoices: 'Datorn har inga röster för uppläsning installerade.',
    noVoiceFor: (language) => `Det finns ingen röst för ${language} på den här enheten.`,
    installIntro: 'Så lägger du till en röst:',
    install: [
      {
        platform: 'Windows',
        how: 'Inställningar → Tid och språk → Språk och region → lägg till språket och välj Text till tal. Starta om webbläsaren.',
      },
      {
        platform: 'macOS',
        how: 'Systeminställningar → Hjälpmedel → Uppläst innehåll → Systemröst → Hantera röster, välj språket.',
      },
      {
        platform: 'Android',
        how: 'Inställningar → Hjälpmedel → Text till tal → Googles talsyntes → Installera röstdata, välj språket.',
      },
      {
        platform: 'iPhone och iPad',
        how: 'Inställningar → Hjälpmedel → Uppläst innehåll → Röster, välj språket och hämta en röst.',
      },
      {
        platform: 'Linux',
        how: 'Installera speech-dispatcher och espeak-ng (till exempel sudo apt install speech-dispatcher espeak-ng).',
      },
      {
        platform: 'Chrome och Edge på dator',
        how: 'Installera tillägget Lyssna röster: röster utan nätverk för svenska, arabiska, tigrinja, persiska, finska, polska med flera. Texten lämnar aldrig datorn.',
      },
    ],
    useRelatedVoice: (voiceName, language) => `Använd rösten ${voiceName} (${language})`,
    noHighlightApi: 'Webbläsaren kan inte markera texten som läses. Uppläsningen fungerar ändå.',
    languageNames: SV_LANGUAGE_NAMES,
  },
  en: {
    decimal: '.',
    launcher: 'Listen',
    launcherUnsupported: 'Listen – not available in this browser',
    launcherUnreadable: 'Listen – no text to read',
    region: 'Read aloud',
    play: 'Play',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    prevSentence: 'Previous sentence',
    nextSentence: 'Next sentence',
    prevParagraph: 'Previous paragraph',
    nextParagraph: 'Next paragraph',
    speed: 'Speed',
    settings: 'Settings',
    close: 'Close the reader',
    follow: 'Follow the text',
    readSelection: 'Listen to the selected text',
    voiceFor: (language) => `Voice for ${language}`,
    voiceAuto: 'Automatic',
    sentenceHighlight: 'Highlight the sentence being read',
    wordHighlight: 'Highlight the word being read',
    sentenceColor: 'Sentence colour',
    wordColor: 'Word colour',
    autoScroll: 'Scroll the page with the text',
    colorNames: {
      site: "Site's",
      yellow: 'Yellow',
      green: 'Green',
      blue: 'Blue',
      pink: 'Pink',
      orange: 'Orange',
    },
    keysHelp:
      'Keys in the player: Space plays and pauses, Left and Right arrows change sentence, Up and Down arrows change paragraph, Esc closes.',
    progress: (done, total) => `Sentence ${done} of ${total}`,
    states: {
      playing: 'Playing',
      paused: 'Paused',
      stopped: 'Stopped',
      ended: 'Finished reading',
      loading: 'Loading voices…',
    },
    noSpeech: 'This browser cannot read text aloud. Try a recent Chrome, Edge, Firefox or Safari.',
    unreadable: 'This page has no text that can be read aloud.',
    pageChanged: 'The page has changed. Press Play to read the new text.',
    notAllowed: 'The browser wants you to press Play to start reading.',
    engineFailed: 'Reading stopped working. Please try again in a moment.',
    noVoices: 'This device has no text-to-speech voices installed.',
    noVoiceFor: (language) => `There is no ${language} voice on this device.`,
    installIntro: 'How to add a voice:',
    install: [
      {
        platform: 'Windows',
        how: 'Settings → Time & language → Language & region → add the language with Text-to-speech. Restart the browser.',
      },
      {
        platform: 'macOS',
        how: 'System Settings → Accessibility → Spoken Content → System voice → Manage Voices, pick the language.',
      },
      {
        platform: 'Android',
        how: 'Settings → Accessibility → Text-to-speech → Speech Services by Google → Install voice data.',
      },
      {
        platform: 'iPhone and iPad',
        how: 'Settings → Accessibility → Spoken Content → Voices, pick the language and download a voice.',
      },
      {
        platform: 'Linux',
        how: 'Install speech-dispatcher and espeak-ng (for example sudo apt install speech-dispatcher espeak-ng).',
      },
      {
        platform: 'Chrome and Edge on a computer',
        how: 'Install the Lyssna röster extension: offline voices for Swedish, Arabic, Tigrinya, Persian, Finnish, Polish and more. The text never leaves the computer.',
      },
    ],
    useRelatedVoice: (voiceName, language) => `Use the voice ${voiceName} (${language})`,
    noHighlightApi: 'This browser cannot highlight the text being read. Reading still works.',
    languageNames: EN_LANGUAGE_NAMES,
  },
};

/**
 * Which UI language a page gets: the owner's choice when given; otherwise English on English pages and
 * Swedish everywhere else (the widget is made for Swedish municipal sites, whose other-language pages are
 * read by people who also get Swedish navigation).
 */
export function pickUiLang(
  configured: string | null | undefined,
  pageLang: string | null | undefined,
): UiLang {
  const c = primarySubtag(configured);
  if (c === 'sv' || c === 'en') return c;
  return primarySubtag(pageLang) === 'en' ? 'en' : 'sv';
}

/**
 * A language's name in the UI language ("sv" → "svenska"): our table, then the browser's names (the
 * extension reads any language: "cs" → "tjeckiska"), then the tag itself.
 */
export function languageName(strings: Strings, tag: string): string {
  const p = primarySubtag(tag);
  const own = strings.languageNames[p];
  if (own) return own;
  try {
    const locale = strings.languageNames === SV_LANGUAGE_NAMES ? 'sv' : 'en';
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(p);
    return name ?? tag;
  } catch {
    return tag;
  }
}
