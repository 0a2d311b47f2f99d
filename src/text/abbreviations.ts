// Abbreviations, one table per language: what a voice should say for each (speech text), and what each
// does to a sentence end (sentence splitting). One entry per abbreviation, so the two never drift apart.

/**
 * What an abbreviation does before "Capital" or a digit (short names: the table repeats them ~60 times in the
 * widget bundle). `joins`: it introduces what follows ("bl.a. Storgatan", "kl. 18.00", "t.ex. Region
 * Skåne"), so it practically never ends a sentence. `ends`: it closes a list or clause ("…en ny plaskdamm
 * m.m. Den beräknas…"), so a capital after it starts a sentence. `number`: it stands before a number
 * ("sept. 2026", "s. 14"): before a digit no boundary, before a capital the sentence ended ("…klar i dec.
 * Därefter…").
 */
export type SentenceRole = 'joins' | 'ends' | 'number';

export interface Abbreviation {
  /** Written forms, lower case unless `caseSensitive`; a capitalised form is matched too ("Ca", "Bl.a."). */
  forms: readonly string[];
  /** What the voice says; absent: said as written (the entry is there for its sentence role). */
  spoken?: string;
  /** Only when a number follows: "s. 14" is "sidan 14", a lone "s." is not. */
  beforeNumber?: boolean;
  /** Only after a number: "20 st." is "20 stycken", "25 min" is "25 minuter" but "min bil" is not. */
  afterNumber?: boolean;
  /** Match the forms exactly as written ("S:t", "kWh"). */
  caseSensitive?: boolean;
  /** What its dotted forms do to a sentence end (see SentenceRole); absent: nothing special. */
  sentence?: SentenceRole;
}

/** Heard: espeak-ng spells "bl.a." as "b l punkt a" and "mnkr" as "m n k r"; each entry fixes such a case. */
export const SV_ABBREVIATIONS: readonly Abbreviation[] = [
  { forms: ['fr.o.m.', 'fr o m'], spoken: 'från och med', sentence: 'joins' },
  { forms: ['t.o.m.'], spoken: 'till och med', sentence: 'joins' },
  { forms: ['t.ex.', 't ex'], spoken: 'till exempel', sentence: 'joins' },
  { forms: ['bl.a.', 'bl a'], spoken: 'bland annat', sentence: 'joins' },
  { forms: ['m.m.'], spoken: 'med mera', sentence: 'ends' },
  { forms: ['m.fl.'], spoken: 'med flera', sentence: 'ends' },
  { forms: ['o.s.v.', 'osv.', 'osv'], spoken: 'och så vidare', sentence: 'ends' },
  { forms: ['d.v.s.', 'dvs.', 'dvs'], spoken: 'det vill säga', sentence: 'joins' },
  { forms: ['p.g.a.', 'pga.', 'pga'], spoken: 'på grund av', sentence: 'joins' },
  { forms: ['m.a.o.'], spoken: 'med andra ord', sentence: 'joins' },
  { forms: ['f.d.'], spoken: 'före detta', sentence: 'joins' },
  { forms: ['inkl.'], spoken: 'inklusive', sentence: 'joins' },
  { forms: ['exkl.'], spoken: 'exklusive', sentence: 'joins' },
  { forms: ['resp.'], spoken: 'respektive', sentence: 'joins' },
  { forms: ['jfr.', 'jfr'], spoken: 'jämför', sentence: 'joins' },
  { forms: ['ang.'], spoken: 'angående', sentence: 'joins' },
  { forms: ['enl.'], spoken: 'enligt', sentence: 'joins' },
  { forms: ['ev.'], spoken: 'eventuellt', sentence: 'joins' },
  { forms: ['obs.', 'obs!'], spoken: 'observera', sentence: 'joins' },
  { forms: ['kl.'], spoken: 'klockan', sentence: 'joins' },
  { forms: ['kl'], spoken: 'klockan', beforeNumber: true },
  { forms: ['c:a', 'ca.', 'ca'], spoken: 'cirka', sentence: 'joins' },
  { forms: ['nr.', 'nr'], spoken: 'nummer', sentence: 'number' },
  { forms: ['dnr.', 'dnr'], spoken: 'diarienummer', sentence: 'joins' },
  { forms: ['tel.', 'tfn.', 'tfn'], spoken: 'telefon', sentence: 'joins' },
  { forms: ['tel'], spoken: 'telefon', beforeNumber: true },
  { forms: ['sid.', 's.'], spoken: 'sidan', beforeNumber: true, sentence: 'number' },
  { forms: ['S:t', 's:t'], spoken: 'Sankt', caseSensitive: true },
  // Months: "sept. 2026" was heard as "sept" and a full stop's pause.
  { forms: ['jan.'], spoken: 'januari', sentence: 'number' },
  { forms: ['febr.', 'feb.'], spoken: 'februari', sentence: 'number' },
  { forms: ['apr.'], spoken: 'april', sentence: 'number' },
  { forms: ['jun.'], spoken: 'juni', sentence: 'number' },
  { forms: ['jul.'], spoken: 'juli', sentence: 'number' },
  { forms: ['aug.'], spoken: 'augusti', sentence: 'number' },
  { forms: ['sept.', 'sep.'], spoken: 'september', sentence: 'number' },
  { forms: ['okt.'], spoken: 'oktober', sentence: 'number' },
  { forms: ['nov.'], spoken: 'november', sentence: 'number' },
  { forms: ['dec.'], spoken: 'december', sentence: 'number' },
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
  // Only for sentence ends: said as written (or by a rule of their own, like "s.k.").
  { forms: ['etc.', 'o.dyl.', 'o.d.', 'm.v.', 'f.m.', 'e.m.'], sentence: 'ends' },
  { forms: ['s.k.', 'c:a.', 'prof.', 'dr.'], sentence: 'joins' },
  { forms: ['kap.'], sentence: 'number' },
];

/** Heard: espeak-ng en reads "i.e." as "eye ee" and pauses after "Mr." as at a sentence end. */
export const EN_ABBREVIATIONS: readonly Abbreviation[] = [
  { forms: ['e.g.'], spoken: 'for example', sentence: 'joins' },
  { forms: ['i.e.'], spoken: 'that is', sentence: 'joins' },
  { forms: ['etc.'], spoken: 'et cetera', sentence: 'ends' },
  { forms: ['approx.'], spoken: 'approximately', sentence: 'joins' },
  { forms: ['vs.'], spoken: 'versus', sentence: 'joins' },
  { forms: ['Mr.'], spoken: 'Mister', caseSensitive: true, sentence: 'joins' },
  { forms: ['Mrs.'], spoken: 'Missus', caseSensitive: true, sentence: 'joins' },
  { forms: ['Dr.'], spoken: 'Doctor', caseSensitive: true, sentence: 'joins' },
  {
    forms: ['No.', 'no.', 'Nos.', 'nos.'],
    spoken: 'number',
    beforeNumber: true,
    caseSensitive: true,
    sentence: 'number',
  },
  { forms: ['tel.'], spoken: 'telephone', sentence: 'joins' },
  { forms: ['SEK'], spoken: 'kronor', caseSensitive: true },
  { forms: ['kr'], spoken: 'kronor', caseSensitive: true },
  { forms: ['km'], spoken: 'kilometres', afterNumber: true },
  { forms: ['min.', 'min'], spoken: 'minutes', afterNumber: true },
  { forms: ['kWh'], spoken: 'kilowatt hours', afterNumber: true, caseSensitive: true },
  // Only for sentence ends: said as written.
  { forms: ['et al.', 'al.', 'a.m.', 'p.m.'], sentence: 'ends' },
  { forms: ['ms.', 'prof.', 'st.', 'cf.', 'fig.'], sentence: 'joins' },
  {
    forms: ['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'],
    sentence: 'number',
  },
  { forms: ['p.', 'pp.'], sentence: 'number' },
];

/** The tables by primary language subtag. */
export const ABBREVIATIONS: Readonly<Record<string, readonly Abbreviation[]>> = {
  sv: SV_ABBREVIATIONS,
  en: EN_ABBREVIATIONS,
};
