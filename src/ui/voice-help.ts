// Voices in the panel: the voice lists per language, what to tell a reader who has no voice for the
// text's language, and which related voice could stand in.

import type { VoiceInfo } from '../core/engine.ts';
import { collapseVoiceVariants } from '../core/voice-menu.ts';
import { intelligibleVoice, primaryLanguage, rankVoices } from '../core/voices.ts';
import { languageName, type Strings } from './i18n.ts';
import type { ViewMessage, VoiceChoice } from './player-view-types.ts';

/** The best voice of a related language for `lang`, or null (core/voices.ts's INTELLIGIBLE_LANGUAGES). */
export const relatedVoice = intelligibleVoice;

/** Action ids carry the language to stand in for and the stand-in's language. */
export const USE_RELATED_PREFIX = 'use-related:';

export function noVoiceMessage(strings: Strings, lang: string, voices: readonly VoiceInfo[]): ViewMessage {
  const name = languageName(strings, lang);
  const related = relatedVoice(voices, lang);
  return {
    text: strings.noVoiceFor(name),
    stepsIntro: strings.installIntro,
    steps: strings.install,
    ...(related
      ? {
          actions: [
            {
              id: `${USE_RELATED_PREFIX}${primaryLanguage(lang)}:${primaryLanguage(related.lang)}`,
              label: strings.useRelatedVoice(related.name, languageName(strings, related.lang)),
            },
          ],
        }
      : {}),
  };
}

/** The settings panel's voice lists: per language, its voices best first, and the reader's saved choice. */
export function choicesFor(
  langs: readonly string[],
  voices: readonly VoiceInfo[],
  saved: Readonly<Record<string, { name: string }>>,
  strings: Strings,
): VoiceChoice[] {
  return langs.map((lang) => {
    const ranked = rankVoices(voices, lang);
    const choice = saved[lang];
    return {
      lang,
      label: strings.voiceFor(languageName(strings, lang)),
      selected: choice ? (ranked.find((v) => v.name === choice.name)?.id ?? '') : '',
      voices: collapseVoiceVariants(ranked, choice?.name).map((v) => ({ id: v.id, name: v.name })),
    };
  });
}
