// Helpers to write speech rules as regular expressions, and to keep an expansion's capital letter.

import type { Edit, RuleMatch, SpeechRule } from './types.ts';

/**
 * A rule from a regular expression. `build` returns the edits for one match (offsets relative to the whole
 * text), or null to decline the match. The claimed span is the whole match, so use lookarounds for context.
 * `requires`, when given, is a cheap test that every match needs to pass on the whole text (a digit, a "(");
 * text without it is not scanned: most sentences have no digits, and a pattern never run is never compiled,
 * which matters on the click that reads the first sentence of a page.
 */
export function regexRule(
  name: string,
  pattern: RegExp,
  build: (m: RegExpExecArray) => Edit[] | null,
  requires?: RegExp,
): SpeechRule {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  // Compiled once; matchAll works on its own copy, so the shared lastIndex is never touched.
  const re = new RegExp(pattern.source, flags);
  return {
    name,
    find(text: string): RuleMatch[] {
      const found: RuleMatch[] = [];
      if (requires && !requires.test(text)) return found;
      for (const m of text.matchAll(re)) {
        if (m[0].length === 0) continue;
        const edits = build(m as RegExpExecArray);
        if (edits) found.push({ start: m.index, end: m.index + m[0].length, edits });
      }
      return found;
    },
  };
}

/** Replace the whole match. */
export function whole(m: RegExpExecArray, spoken: string): Edit[] {
  return [{ start: m.index, end: m.index + m[0].length, spoken }];
}

/** "Ca" → "Cirka": an expansion starts with a capital when its source did (sentence starts). */
export function matchCase(source: string, spoken: string): string {
  const first = source.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase() && spoken.length > 0) {
    return spoken[0]!.toUpperCase() + spoken.slice(1);
  }
  return spoken;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A digit of any script: what every number rule needs somewhere in the text. */
export const HAS_NUMBER = /\p{N}/u;

/** Letters and digits: an abbreviation or lexicon word must not touch one on either side. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';
