// Pass: abbreviations. Whether "abbrev. Capital" ends a sentence depends on the kind of abbreviation.

import { ABBREVIATIONS, type SentenceRole } from '../abbreviations.ts';
import type { SentencePass } from './types.ts';

/** Each language's dotted abbreviation forms (lower case) → their sentence role, from the one table. */
const ROLES = new Map<string, Map<string, SentenceRole>>();
function rolesFor(lang: string): Map<string, SentenceRole> {
  let roles = ROLES.get(lang);
  if (!roles) {
    roles = new Map();
    for (const a of ABBREVIATIONS[lang] ?? []) {
      if (!a.sentence) continue;
      for (const form of a.forms) if (form.endsWith('.')) roles.set(form.toLowerCase(), a.sentence);
    }
    ROLES.set(lang, roles);
  }
  return roles;
}

/**
 * Lower-case dotted abbreviations we have not listed ("f.d.", "o.ä.") behave like the introducing kind.
 * Upper-case ones ("U.S.", "A.B.") are left to the initials pass, which looks at the word before.
 */
const DOTTED_ABBREVIATION = /^(?:\p{Ll}{1,4}\.){2,}$/u;
const OPENING_PUNCT = /^[("“'‘[]+/u;
const STARTS_DIGIT = /^[("“'‘[]?\p{N}/u;

export const abbreviationPass: SentencePass = {
  name: 'abbreviations',
  judge: ({ tokenBefore, after, lang }) => {
    const written = tokenBefore.replace(OPENING_PUNCT, '');
    const token = written.toLowerCase();
    // Matched case-insensitively ("Kl. 8", "Ca 30").
    const role = rolesFor(lang).get(token);
    if (role === 'ends') return 'keep';
    if (role === 'joins') return 'join';
    if (role === 'number') return STARTS_DIGIT.test(after) ? 'join' : 'keep';
    if (DOTTED_ABBREVIATION.test(written)) return 'join';
    return undefined;
  },
};
