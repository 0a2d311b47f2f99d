// Language labels in the options page: a name a person can read, never a bare code.
import { describe, expect, test } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import { languageLabel } from '../../../src/extension/pages/tts-voices.ts';

const voice = (name: string, lang: string): VoiceInfo =>
  ({ id: name, name, lang, localService: true, default: false }) as VoiceInfo;

describe('languageLabel', () => {
  test.each([
    ['sv', 'sv', 'svenska'],
    ['it', 'sv', 'italienska'],
    ['nl', 'en', 'Dutch'],
    ['cv', 'en', 'Chuvash'],
  ])('%s in %s → %s', (code, ui, name) => {
    expect(languageLabel(code, ui as 'sv' | 'en', [])).toBe(name);
  });

  test('a code no name list knows is labelled by its best voice', () => {
    expect(languageLabel('qaa', 'sv', [voice('Private Voice', 'qaa')])).toBe('Private Voice (qaa)');
  });
});
