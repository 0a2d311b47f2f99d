// Voice helpers (pure): language tag normalisation and the choice of the best voice for a language.

import type { VoiceInfo } from './engine.ts';
import { parseLanguageTag, primaryLanguage } from './lang-tag.ts';

export type { LanguageTag } from './lang-tag.ts';
export { normalizeLanguageTag, parseLanguageTag, primaryLanguage } from './lang-tag.ts';

/** Region preferred when the requested tag has none (a Swedish site wants sv-SE before sv-FI). */
const DEFAULT_REGION: Record<string, string> = {
  sv: 'SE',
  nb: 'NO',
  da: 'DK',
  fi: 'FI',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  pl: 'PL',
};

/** Voices known to sound good (docs/speech-platform.md#voices-and-language-tags); matched on the voice name. */
const KNOWN_GOOD: Record<string, RegExp> = {
  sv: /\b(Microsoft (Bengt|Sofie|Mattias|Hillevi)|Alva|Klara|Oskar|Google svenska)\b/i,
  en: /\b(Microsoft (Aria|Jenny|Guy|Sonia|Ryan|Libby|Zira|David|Hazel|George|Susan)|Samantha|Daniel|Karen|Serena|Google (UK|US) English)\b/i,
  nb: /\b(Microsoft (Jon|Pernille|Finn|Iselin)|Nora|Henrik|Google norsk)\b/i,
  da: /\b(Microsoft (Helle|Christel|Jeppe)|Sara|Magnus|Google dansk)\b/i,
  fi: /\b(Microsoft (Heidi|Noora|Harri|Selma)|Satu|Onni|Google suomi)\b/i,
};

/**
 * Lyssna röster's offline voices ("Lyssna svenska (offline)"), a separate extension: after the platform's own
 * voices, which sound better, but before speech-dispatcher's eSpeak, which speaks the same synthesiser without
 * Lyssna's text normalisation and without word boundaries.
 */
const LYSSNA_ROSTER = /^Lyssna .+ \(offline\)$/;
/** eSpeak voices ("Swedish espeak-ng", "Swedish+Adam espeak-ng", "eSpeak Swedish"). */
const ESPEAK = /e-?speak/i;
/**
 * eSpeak variants carry a "+Name" suffix ("Swedish+Adam espeak-ng" in Chromium, "Swedish+Hugo" in Firefox,
 * which leaves "espeak" out of the name); the plain voice sounds the most natural of them.
 */
export const ESPEAK_VARIANT = /\+\S/;

export interface SavedVoice {
  name: string;
  lang: string;
}

/** Lower is better. Tiers: saved choice, known good, ordinary, Lyssna röster, plain eSpeak, eSpeak variants. */
function tier(voice: VoiceInfo, primary: string, saved?: SavedVoice): number {
  if (saved && voice.name === saved.name && primaryLanguage(voice.lang) === primaryLanguage(saved.lang))
    return 0;
  if (LYSSNA_ROSTER.test(voice.name)) return 3;
  if (ESPEAK_VARIANT.test(voice.name)) return 5;
  if (ESPEAK.test(voice.name)) return 4;
  if (KNOWN_GOOD[primary]?.test(voice.name)) return 1;
  return 2;
}

/** Voices of the language of `lang`, best first (stable within a tier; region matches first). */
export function rankVoices(voices: readonly VoiceInfo[], lang: string, saved?: SavedVoice): VoiceInfo[] {
  const want = parseLanguageTag(lang);
  const region = want.region ?? DEFAULT_REGION[want.primary];
  const scored: { voice: VoiceInfo; score: number; index: number }[] = [];
  voices.forEach((voice, index) => {
    const tag = parseLanguageTag(voice.lang);
    if (tag.primary !== want.primary) return;
    const regionMiss = region !== undefined && tag.region !== undefined && tag.region !== region ? 1 : 0;
    scored.push({ voice, score: tier(voice, want.primary, saved) * 2 + regionMiss, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.map((s) => s.voice);
}

/** The best voice for `lang`, or null: speak with `utterance.lang` only and tell the user. */
export function chooseVoice(
  voices: readonly VoiceInfo[],
  lang: string,
  saved?: SavedVoice,
): VoiceInfo | null {
  return rankVoices(voices, lang, saved)[0] ?? null;
}

/**
 * Languages whose voices read each other's text intelligibly, best first; the player offers such a voice when
 * the language has none, and never any other: a Swedish voice reading German is not understood, so a German
 * text without a German voice gets the no-voice message naming German instead. Scandinavian languages are
 * mutually intelligible in writing and speech; Bosnian, Croatian and Serbian share one standard; Malay and
 * Indonesian, Czech and Slovak are understood across; Finnish and Estonian spell nearly alike, so a Finnish
 * voice pronounces Estonian recognisably; Sorani pages are often tagged "ku".
 */
export const INTELLIGIBLE_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  sv: ['nb', 'da'],
  nb: ['da', 'sv'],
  da: ['nb', 'sv'],
  bs: ['hr', 'sr'],
  hr: ['bs', 'sr'],
  sr: ['hr', 'bs'],
  ms: ['id'],
  id: ['ms'],
  cs: ['sk'],
  sk: ['cs'],
  fi: ['et'],
  et: ['fi'],
  ckb: ['ku'],
  ku: ['ckb'],
};

/** The best voice of a language intelligible to readers of `lang` (INTELLIGIBLE_LANGUAGES), or null. */
export function intelligibleVoice(voices: readonly VoiceInfo[], lang: string): VoiceInfo | null {
  for (const related of INTELLIGIBLE_LANGUAGES[primaryLanguage(lang)] ?? []) {
    const best = rankVoices(voices, related)[0];
    if (best) return best;
  }
  return null;
}
