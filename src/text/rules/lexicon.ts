// The pronunciation lexicon as a speech rule: whole words, case-insensitive, longest entry first.

import type { Lexicon } from '../types.ts';
import { escapeRegExp, regexRule } from './regex-rule.ts';
import type { SpeechRule } from './types.ts';

/**
 * Entries past these sizes are no pronunciation (a word is said in a few words, an explanation in a few
 * utterances) and are dropped: a 1 MB value froze the page and garbled the reading, a 1 MB key makes a 1 MB
 * pattern, and 100,000 keys one alternation the regex engine compiles inside the click.
 */
export const MAX_LEXICON_WORD_CHARS = 100;
export const MAX_LEXICON_SPOKEN_CHARS = 1_000;
export const MAX_LEXICON_ENTRIES = 5_000;

/** Built once per lexicon object: a plan speaks hundreds of sentences with the same lexicon. */
const cache = new WeakMap<Lexicon, SpeechRule | null>();

/** A rule that says each lexicon word as its entry says; null when the lexicon is empty. */
export function lexiconRule(lexicon: Lexicon | undefined): SpeechRule | null {
  if (!lexicon) return null;
  if (cache.has(lexicon)) return cache.get(lexicon) ?? null;
  const rule = buildLexiconRule(lexicon);
  cache.set(lexicon, rule);
  return rule;
}

function buildLexiconRule(lexicon: Lexicon): SpeechRule | null {
  const entries = new Map<string, string>();
  for (const [word, spoken] of Object.entries(lexicon)) {
    if (entries.size >= MAX_LEXICON_ENTRIES) break;
    if (typeof spoken !== 'string' || spoken.length > MAX_LEXICON_SPOKEN_CHARS) continue;
    if (word.length > MAX_LEXICON_WORD_CHARS) continue;
    const key = word.trim().toLocaleLowerCase();
    if (key) entries.set(key, spoken);
  }
  if (entries.size === 0) return null;
  const words = [...entries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole word: no letter or digit touching either end ("Lyssna" is not inside "Lyssnare").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return regexRule('lexicon', pattern, (m) => {
    const spoken = entries.get(m[0].toLocaleLowerCase());
    return spoken === undefined ? null : [{ start: m.index, end: m.index + m[0].length, spoken }];
  });
}
