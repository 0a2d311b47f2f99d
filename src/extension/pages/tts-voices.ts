// Voices for the extension's pages, straight from chrome.tts (the pages may call it; no worker round trip),
// or from Web Speech in Firefox.

import type { VoiceInfo } from '../../core/engine.ts';
import { createWebSpeechEngine, hasWebSpeech } from '../../core/engines/web-speech.ts';
import { collapseVoiceVariants } from '../../core/voice-menu.ts';
import { primaryLanguage, rankVoices } from '../../core/voices.ts';
import { toVoiceInfo } from '../tts-engine.ts';

/** eSpeak lists ~100 variants per language: a select that long helps nobody. */
export const MAX_VOICES_LISTED = 60;

export async function allVoices(): Promise<VoiceInfo[]> {
  // Firefox has no chrome.tts: the page reads with Web Speech, whose voices the extension pages see too.
  if (!chrome.tts) return hasWebSpeech() ? createWebSpeechEngine().loadVoices() : [];
  const raw = await new Promise<chrome.tts.TtsVoice[]>((resolve) => chrome.tts.getVoices(resolve));
  return raw.map(toVoiceInfo).filter((v): v is VoiceInfo => v !== null);
}

/** The voices of one language, best first, eSpeak variants collapsed (but `keep`, a saved choice), capped. */
export function voicesFor(voices: readonly VoiceInfo[], lang: string, keep?: string): VoiceInfo[] {
  return collapseVoiceVariants(rankVoices(voices, lang), keep).slice(0, MAX_VOICES_LISTED);
}

/** The language's name in the page language ("svenska", "Swedish"); the code when the browser has no name. */
export function languageName(lang: string, uiLang: 'sv' | 'en'): string {
  const primary = primaryLanguage(lang);
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(primary) ?? primary;
  } catch {
    return primary;
  }
}

/**
 * A name a person can read for a language with voices: in the page language, else in English, else the
 * name of its best voice ("ba", "bpy" or "cv" alone tell nobody which language it is).
 */
export function languageLabel(lang: string, uiLang: 'sv' | 'en', voices: readonly VoiceInfo[]): string {
  const primary = primaryLanguage(lang);
  for (const l of [uiLang, 'en'] as const) {
    const name = languageName(primary, l);
    if (name.toLowerCase() !== primary) return name;
  }
  const voice = rankVoices(voices, primary)[0];
  return voice ? `${voice.name} (${primary})` : primary;
}
