// The voices a menu offers (pure): eSpeak's many "+Variant" voices of one base voice collapse into one entry.

import type { VoiceInfo } from './engine.ts';
import { ESPEAK_VARIANT } from './voices.ts';

/** "Swedish+Hugo" → "Swedish", "Swedish+Adam espeak-ng" → "Swedish espeak-ng"; other names stay. */
export function baseVoiceName(name: string): string {
  return name.replace(/\+\S+/, '').trim();
}

/**
 * Firefox on Linux lists ~100 eSpeak variants per language (Chromium ~70): a menu that long helps nobody.
 * Keeps the first voice of each base name in the given (ranked) order, so the plain voice stands for its
 * variants, plus the voice named `keep` (a variant the user chose earlier must stay visible as chosen).
 */
export function collapseVoiceVariants(ranked: readonly VoiceInfo[], keep?: string): VoiceInfo[] {
  const shown = new Set(ranked.filter((v) => !ESPEAK_VARIANT.test(v.name)).map((v) => v.name));
  return ranked.filter((v) => {
    if (v.name === keep || !ESPEAK_VARIANT.test(v.name)) return true;
    const base = baseVoiceName(v.name);
    if (shown.has(base)) return false;
    shown.add(base);
    return true;
  });
}
