// Abbreviation tables turned into a speech rule: "t.ex." → "till exempel", "20 st." → "20 stycken".

import type { Abbreviation } from '../abbreviations.ts';
import { escapeRegExp, matchCase, regexRule } from './regex-rule.ts';
import type { SpeechRule } from './types.ts';

export type { Abbreviation } from '../abbreviations.ts';

/** Nothing but closing punctuation and spaces left: the abbreviation ends the text. */
const SENTENCE_TAIL = /^[\s"”’)\]]*$/u;

/** Nothing before, or a sentence end: an expansion here starts a sentence. */
const SENTENCE_HEAD = /(?:^|[.!?:]\s+)[\s"“(–-]*$/u;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The exact strings an entry's pattern can match: its forms, and their capitalised variants. */
function writtenForms(a: Abbreviation): string[] {
  return [...new Set(a.caseSensitive ? [...a.forms] : a.forms.flatMap((f) => [f, capitalise(f)]))];
}

function patternFor(a: Abbreviation): RegExp {
  const forms = writtenForms(a);
  // Longest first, so "ca." wins over "ca" and "mnkr" over "kr".
  const alternatives = [...new Set(forms)].sort((x, y) => y.length - x.length).map(escapeRegExp);
  const before = a.afterNumber ? '(?<=\\p{N}[ \\u00A0]?)' : '(?<![\\p{L}\\p{N}.:])';
  const after = `(?![\\p{L}\\p{N}])${a.beforeNumber ? '(?=[ \\u00A0]?\\p{N})' : ''}`;
  return new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'gu');
}

/** One rule for a whole table; entries are tried in table order, so put the longer forms first. */
export function abbreviationRule(name: string, table: readonly Abbreviation[]): SpeechRule {
  const spokenEntries = table.filter((a): a is Abbreviation & { spoken: string } => a.spoken !== undefined);
  const rules = spokenEntries.map((a) => {
    // A match is one of the written forms, so text holding none of them is not scanned (most entries, in
    // most sentences): ~50 regular expressions per sentence become a handful of substring searches.
    const written = writtenForms(a);
    const rule = regexRule(name, patternFor(a), (m) => {
      const end = m.index + m[0].length;
      // "…en ny plaskdamm m.m." at the end: its full stop is also the sentence's, and the voice needs it
      // to end the sentence with a falling tone.
      const endsText = m[0].endsWith('.') && SENTENCE_TAIL.test(m.input.slice(end));
      // A capital is kept only where a sentence starts ("Ca 300 kom"); "Room No. 5" says "number".
      const spoken = SENTENCE_HEAD.test(m.input.slice(0, m.index)) ? matchCase(m[0], a.spoken) : a.spoken;
      return [{ start: m.index, end, spoken: spoken + (endsText ? '.' : '') }];
    });
    return {
      find: (text: string) => (written.some((w) => text.includes(w)) ? rule.find(text) : []),
    };
  });
  return {
    name,
    find(text) {
      const found = rules.flatMap((r) => r.find(text));
      // Entries overlap rarely ("m.m." and a unit "m"); keep the earliest-listed claim, in text order.
      const taken: typeof found = [];
      for (const f of found) if (!taken.some((t) => f.start < t.end && f.end > t.start)) taken.push(f);
      return taken.sort((x, y) => x.start - y.start);
    },
  };
}
