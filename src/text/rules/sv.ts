// Swedish speech rules: what a Swedish voice should say for the abbreviations, numbers and signs of
// municipal pages. Choices marked "heard" were checked with espeak-ng -v sv (phoneme output and timing).

import { type Abbreviation, abbreviationRule } from './abbreviations.ts';
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

/** Heard: espeak-ng spells "bl.a." as "b l punkt a" and "mnkr" as "m n k r"; each entry fixes such a case. */
export const SV_ABBREVIATIONS: readonly Abbreviation[] = [
  { forms: ['fr.o.m.', 'fr o m'], spoken: 'från och med' },
  { forms: ['t.o.m.'], spoken: 'till och med' },
  { forms: ['t.ex.', 't ex'], spoken: 'till exempel' },
  { forms: ['bl.a.', 'bl a'], spoken: 'bland annat' },
  { forms: ['m.m.'], spoken: 'med mera' },
  { forms: ['m.fl.'], spoken: 'med flera' },
  { forms: ['o.s.v.', 'osv.', 'osv'], spoken: 'och så vidare' },
  { forms: ['d.v.s.', 'dvs.', 'dvs'], spoken: 'det vill säga' },
  { forms: ['p.g.a.', 'pga.', 'pga'], spoken: 'på grund av' },
  { forms: ['m.a.o.'], spoken: 'med andra ord' },
  { forms: ['f.d.'], spoken: 'före detta' },
  { forms: ['inkl.'], spoken: 'inklusive' },
  { forms: ['exkl.'], spoken: 'exklusive' },
  { forms: ['resp.'], spoken: 'respektive' },
  { forms: ['jfr.', 'jfr'], spoken: 'jämför' },
  { forms: ['ang.'], spoken: 'angående' },
  { forms: ['enl.'], spoken: 'enligt' },
  { forms: ['ev.'], spoken: 'eventuellt' },
  { forms: ['obs.', 'obs!'], spoken: 'observera' },
  { forms: ['kl.'], spoken: 'klockan' },
  { forms: ['kl'], spoken: 'klockan', beforeNumber: true },
  { forms: ['c:a', 'ca.', 'ca'], spoken: 'cirka' },
  { forms: ['nr.', 'nr'], spoken: 'nummer' },
  { forms: ['dnr.', 'dnr'], spoken: 'diarienummer' },
  { forms: ['tel.', 'tfn.', 'tfn'], spoken: 'telefon' },
  { forms: ['tel'], spoken: 'telefon', beforeNumber: true },
  { forms: ['sid.', 's.'], spoken: 'sidan', beforeNumber: true },
  { forms: ['S:t', 's:t'], spoken: 'Sankt', caseSensitive: true },
  // Months: "sept. 2026" was heard as "sept" and a full stop's pause.
  { forms: ['jan.'], spoken: 'januari' },
  { forms: ['febr.', 'feb.'], spoken: 'februari' },
  { forms: ['apr.'], spoken: 'april' },
  { forms: ['jun.'], spoken: 'juni' },
  { forms: ['jul.'], spoken: 'juli' },
  { forms: ['aug.'], spoken: 'augusti' },
  { forms: ['sept.', 'sep.'], spoken: 'september' },
  { forms: ['okt.'], spoken: 'oktober' },
  { forms: ['nov.'], spoken: 'november' },
  { forms: ['dec.'], spoken: 'december' },
  // Money. "mnkr" is what the fixture pages write; "mkr" is just as common.
  { forms: ['mdkr', 'mdr kr', 'mdr'], spoken: 'miljarder kronor', afterNumber: true },
  { forms: ['mnkr', 'mkr', 'milj. kr', 'msek'], spoken: 'miljoner kronor' },
  { forms: ['tkr'], spoken: 'tusen kronor' },
  { forms: ['kr'], spoken: 'kronor' },
  { forms: ['milj.'], spoken: 'miljoner' },
  // Units, only after a number: "min" and "st" are also words.
  { forms: ['st.', 'st'], spoken: 'stycken', afterNumber: true },
  { forms: ['min.', 'min'], spoken: 'minuter', afterNumber: true },
  { forms: ['tim.', 'tim'], spoken: 'timmar', afterNumber: true },
  { forms: ['km'], spoken: 'kilometer', afterNumber: true },
  { forms: ['kvm', 'm²', 'm2'], spoken: 'kvadratmeter', afterNumber: true, caseSensitive: true },
  { forms: ['m³', 'm3'], spoken: 'kubikmeter', afterNumber: true, caseSensitive: true },
  // Heard: "kWh" came out as "k dubbelve h".
  { forms: ['kWh'], spoken: 'kilowattimmar', afterNumber: true, caseSensitive: true },
  { forms: ['MWh'], spoken: 'megawattimmar', afterNumber: true, caseSensitive: true },
  { forms: ['GWh'], spoken: 'gigawattimmar', afterNumber: true, caseSensitive: true },
];

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
