// Which speech rules a language gets. Languages without a table still get the language-free rules.

import { groupedNumberRule, phoneRule } from './common.ts';
import { EN_RULES } from './en.ts';
import { SV_RULES } from './sv.ts';
import type { SpeechRule } from './types.ts';

/** Rules that need no words: joining "10 000" and reading phone numbers digit by digit. */
const LANGUAGE_FREE_RULES: readonly SpeechRule[] = [phoneRule, groupedNumberRule];

const BY_LANGUAGE: Record<string, readonly SpeechRule[]> = { sv: SV_RULES, en: EN_RULES };

/** Rules for a primary language subtag ("sv", "en"). */
export function rulesFor(primaryLang: string): readonly SpeechRule[] {
  return BY_LANGUAGE[primaryLang] ?? LANGUAGE_FREE_RULES;
}
