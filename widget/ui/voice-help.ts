// What to tell a reader who has no voice for the text's language, and which related voice could stand in.

import type { VoiceInfo } from '../../src/core/engine.ts';
import { intelligibleVoice, primaryLanguage } from '../../src/core/voices.ts';
import { languageName, type Strings } from './i18n.ts';
import type { ViewMessage } from './player-view.ts';

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
