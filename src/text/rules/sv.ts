// Swedish speech rules: what a Swedish voice should say for the abbreviations, numbers and signs of
// municipal pages. Choices marked "heard" were checked with espeak-ng -v sv (phoneme output and timing).

import { SV_ABBREVIATIONS } from '../abbreviations.ts';
import { abbreviationRule } from './abbreviations.ts';
import {
  addressRule,
  clockTimeRule,
  groupedNumberRule,
  isoDateRule,
  phoneRule,
  rangeRule,
  symbolRule,
  timeRangeRule,
} from './common.ts';
import { regexRule, whole } from './regex-rule.ts';
import { swedishOrdinal } from './sv-ordinals.ts';
import type { SpeechRule, SpeechVocabulary } from './types.ts';

export const SV_VOCABULARY: SpeechVocabulary = {
  to: 'till',
  // Heard: "snabel-a" is read as one word, "snabel a", as Swedes say it.
  at: 'snabel-a',
  dot: 'punkt',
  slash: 'snedstreck',
  months: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  wholeHour: (hour) => String(hour),
};

/** Determiners after which "s.k." agrees as neuter indefinite: "ett s.k. trygghetsboende" → "så kallat". */
const NEUTER_INDEFINITE = new Set(['ett', 'något', 'inget', 'vilket']);
/**
 * Determiners after which the adjective takes its definite/plural form: "den s.k. ekonomiska flerårsplanen",
 * "det s.k. kommunalekonomiska …", "de s.k. …" → "så kallade". Genitives ("kommunens s.k. …") too.
 */
const DEFINITE_OR_PLURAL = new Set([
  'den',
  'det',
  'de',
  'denna',
  'detta',
  'dessa',
  'samma',
  'sin',
  'sitt',
  'sina',
]);
/** Plural noun endings: "s.k. åtgärdsplaner" → "så kallade". Singular nouns get the default "så kallad". */
const PLURAL_NOUN = /(?:ar|or|er|na)$/u;

/** "s.k." → "så kallad/kallat/kallade", agreeing with the noun phrase around it as well as a rule can. */
export function soCalled(before: string, after: string): string {
  const prev = (before.trimEnd().split(/\s+/u).pop() ?? '').toLowerCase();
  const next = (after.trimStart().split(/\s+/u)[0] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (NEUTER_INDEFINITE.has(prev)) return 'så kallat';
  if (DEFINITE_OR_PLURAL.has(prev) || (prev.endsWith('s') && prev.length > 3) || PLURAL_NOUN.test(next)) {
    return 'så kallade';
  }
  return 'så kallad';
}

const soCalledRule = regexRule(
  'so-called',
  /(?<![\p{L}\p{N}.])[Ss]\.k\./u,
  (m) => {
    const spoken = soCalled(m.input.slice(0, m.index), m.input.slice(m.index + m[0].length));
    return whole(m, m[0][0] === 'S' ? `S${spoken.slice(1)}` : spoken);
  },
  /\.k\./u,
);

/** The Riksdag parties by their letters, only right after a capitalised name: "Ronny Nilsson (S)". */
export const PARTIES: Record<string, string> = {
  S: 'Socialdemokraterna',
  M: 'Moderaterna',
  SD: 'Sverigedemokraterna',
  C: 'Centerpartiet',
  V: 'Vänsterpartiet',
  KD: 'Kristdemokraterna',
  L: 'Liberalerna',
  MP: 'Miljöpartiet',
};

/**
 * "Per-Olof Näslund (S), tel. …" → "Per-Olof Näslund, Socialdemokraterna, telefon …". Heard: the letter
 * alone ("Näslund S") means nothing to a listener; the comma gives the pause a reader makes.
 */
const partyRule = regexRule(
  'party-letters',
  new RegExp(
    `(?<=(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*\\p{Ll})[ \\u00A0]\\((${Object.keys(PARTIES).join('|')})\\)`,
    'u',
  ),
  (m) => {
    // Close the aside with a comma unless punctuation already does: "Nilsson, Socialdemokraterna, sa att".
    const next = m.input.slice(m.index + m[0].length);
    return whole(m, `, ${PARTIES[m[1]!]}${next === '' || /^[\p{P}]/u.test(next) ? '' : ','}`);
  },
  /\(/u,
);

/** "15:e" → "femtonde", "1:a" → "första". */
const ordinalRule = regexRule(
  'ordinals',
  /(?<![\p{N}])(\p{N}{1,3}):([ae])(?![\p{L}\p{N}])/u,
  (m) => {
    const word = swedishOrdinal(Number(m[1]));
    return word ? whole(m, word) : null;
  },
  /:/u,
);

/** Heard: espeak-ng read "2,2" as "två punkt två"; "komma" is what Swedes say. Lists ("1,2,3") are left. */
const decimalCommaRule = regexRule(
  'decimal-comma',
  /(?<=(?<![\p{N},])\p{N}+),(?=\p{N}+(?![\p{N}]|,\p{N}))/u,
  (m) => whole(m, ' komma '),
  /,/u,
);

/**
 * "Karin Å. Lindgren" → "Karin Å Lindgren": the full stop made the voice pause as at a sentence end.
 * Only a single capital after a capitalised word and before one.
 */
const initialRule = regexRule(
  'initials',
  /(?<=\p{Lu}\p{Ll}+[ \u00A0]\p{Lu})\.(?=[ \u00A0]\p{Lu}\p{Ll})/u,
  (m) => whole(m, ''),
  /\./u,
);

/** In order: a match claims its characters, so the specific rules come before the general ones. */
export const SV_RULES: readonly SpeechRule[] = [
  addressRule(SV_VOCABULARY),
  phoneRule,
  isoDateRule(SV_VOCABULARY),
  timeRangeRule(SV_VOCABULARY),
  clockTimeRule(SV_VOCABULARY, ['kl.', 'kl', 'klockan'], ['och', 'till', 'eller']),
  ordinalRule,
  partyRule,
  soCalledRule,
  abbreviationRule('sv-abbreviations', SV_ABBREVIATIONS),
  rangeRule(SV_VOCABULARY),
  symbolRule({
    and: 'och',
    percent: 'procent',
    permille: 'promille',
    paragraph: 'paragraf',
    paragraphs: 'paragraferna',
  }),
  decimalCommaRule,
  groupedNumberRule,
  initialRule,
];
