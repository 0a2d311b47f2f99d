import { describe, expect, test } from 'vitest';
import { spokenToDisplay } from '../../../src/core/plan.ts';
import { toSpeechText } from '../../../src/text/speech-text.ts';
import { expectValidMap } from './map-properties.ts';

const sv = (text: string): string => toSpeechText(text, 'sv').spoken;
const en = (text: string): string => toSpeechText(text, 'en').spoken;

describe('Swedish abbreviations', () => {
  test.each([
    ['Vi ses kl. 8 i morgon.', 'Vi ses klockan 8 i morgon.'],
    ['Ta t.ex. bussen.', 'Ta till exempel bussen.'],
    ['Här finns bl.a. gungor.', 'Här finns bland annat gungor.'],
    ['Det kostar ca 300 kronor.', 'Det kostar cirka 300 kronor.'],
    ['Ca 300 personer kom.', 'Cirka 300 personer kom.'],
    ['Gungor, bänkar m.m. finns.', 'Gungor, bänkar med mera finns.'],
    ['Gungor, bänkar m.m.', 'Gungor, bänkar med mera.'],
    ['Äpplen, päron osv.', 'Äpplen, päron och så vidare.'],
    ['Det gäller fr.o.m. i dag t.o.m. fredag.', 'Det gäller från och med i dag till och med fredag.'],
    ['De flesta, dvs. alla.', 'De flesta, det vill säga alla.'],
    ['Stängt p.g.a. snö.', 'Stängt på grund av snö.'],
    ['Karin, Per m.fl. kom.', 'Karin, Per med flera kom.'],
    ['Ring nr 5.', 'Ring nummer 5.'],
    ['Ring tel. 112.', 'Ring telefon 112.'],
    ['Se s. 14.', 'Se sidan 14.'],
    ['Det var s. k.', 'Det var s. k.'],
    ['Hyran är 68 kr, inkl. el.', 'Hyran är 68 kronor, inklusive el.'],
    ['Budgeten är 38 mnkr.', 'Budgeten är 38 miljoner kronor.'],
    ['Budgeten är 38 mkr.', 'Budgeten är 38 miljoner kronor.'],
    ['Bidraget är 40 tkr.', 'Bidraget är 40 tusen kronor.'],
    ['Av dem blir 20 st. små.', 'Av dem blir 20 stycken små.'],
    ['Det tar 25 min. att gå.', 'Det tar 25 minuter att gå.'],
    ['Det är min bil.', 'Det är min bil.'],
    ['150 m³ vatten och 120 kvm yta.', '150 kubikmeter vatten och 120 kvadratmeter yta.'],
    ['Klart i sept. 2026.', 'Klart i september 2026.'],
    ['Boendet S:t Olof.', 'Boendet Sankt Olof.'],
    ['Diarienummer enligt dnr KS 2025/0412.', 'Diarienummer enligt diarienummer KS 2025/0412.'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('"s.k." agrees with its noun phrase', () => {
  test.each([
    ['den s.k. ekonomiska planen', 'den så kallade ekonomiska planen'],
    ['det s.k. utjämningssystemet', 'det så kallade utjämningssystemet'],
    ['ett s.k. trygghetsboende', 'ett så kallat trygghetsboende'],
    ['om s.k. åtgärdsplaner', 'om så kallade åtgärdsplaner'],
    ['på s.k. karriärväxling', 'på så kallad karriärväxling'],
    ['kommunens s.k. ägardirektiv', 'kommunens så kallade ägardirektiv'],
    ['S.k. RIB-personal', 'Så kallad RIB-personal'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('Swedish numbers, ranges and times', () => {
  test.each([
    ['den 20-21 september', 'den 20 till 21 september'],
    ['under 2027–2028', 'under 2027 till 2028'],
    ['i 20 – 50 år', 'i 20 till 50 år'],
    ['årskurs F–6', 'årskurs F till 6'],
    ['Januari–mars', 'Januari till mars'],
    ['måndag–fredag', 'måndag till fredag'],
    ['öppet 08:30–16:00', 'öppet 8:30 till 16'],
    ['kl. 10.00–15.00', 'klockan 10 till 15'],
    ['kl. 08.00–16.30', 'klockan 8 till 16:30'],
    ['kl. 18.00 i salen', 'klockan 18 i salen'],
    ['klockan 9.15', 'klockan 9:15'],
    ['mellan klockan 07.00 och 22.00', 'mellan klockan 7 och 22'],
    ['mellan 07.00 och 22.00', 'mellan 07.00 och 22.00'],
    ['priset 18.00 kr', 'priset 18.00 kronor'],
    ['den 2026-04-14', 'den 14 april 2026'],
    ['10 000 kronor', '10000 kronor'],
    ['ca 27 400 invånare', 'cirka 27400 invånare'],
    ['1 234 567 kr', '1234567 kronor'],
    ['425 miljoner', '425 miljoner'],
    ['24 nya 300 gamla', '24 nya 300 gamla'],
    ['2,2 miljarder', '2 komma 2 miljarder'],
    ['1 234,5 meter', '1234 komma 5 meter'],
    ['talen 1,2,3', 'talen 1,2,3'],
    ['var 15:e minut', 'var femtonde minut'],
    ['1:a året', 'första året'],
    ['den 21:a', 'den tjugoförsta'],
    ['RIB-personal och VA-taxan', 'RIB-personal och VA-taxan'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('Swedish symbols', () => {
  test.each([
    ['Dahl & Son', 'Dahl och Son'],
    ['Q&A', 'Q och A'],
    ['30 %', '30 procent'],
    ['30% av alla', '30 procent av alla'],
    ['KF § 187', 'KF paragraf 187'],
    ['§ 5', 'paragraf 5'],
    ['enligt §§ 3–5', 'enligt paragraferna 3 till 5'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('phone numbers are read digit by digit, group by group', () => {
  test.each([
    ['tel. 0980-319 200.', 'telefon 0 9 8 0, 3 1 9, 2 0 0.'],
    ['ring 070-174 06 50', 'ring 0 7 0, 1 7 4, 0 6, 5 0'],
    ['ring 031-390 06 00 i dag', 'ring 0 3 1, 3 9 0, 0 6, 0 0 i dag'],
    ['kl 08-12', 'klockan 08 till 12'],
    ['ring +46 31 390 06 00', 'ring plus 4 6, 3 1, 3 9 0, 0 6, 0 0'],
    ['ring +46 (0)980-319 200', 'ring plus 4 6, 9 8 0, 3 1 9, 2 0 0'],
    ['ring +46 (0) 980 319 200', 'ring plus 4 6, 9 8 0, 3 1 9, 2 0 0'],
    ['år +2026', 'år +2026'],
    // One ungrouped subscriber part is still a phone number, not a range ("0900 till 123456").
    ['ring 0900-123456', 'ring 0 9 0 0, 1 2 3 4 5 6'],
    ['ring 08-1234567 i dag', 'ring 0 8, 1 2 3 4 5 6 7 i dag'],
    ['öppet 08-12', 'öppet 08 till 12'],
    ['åren 1990-2000', 'åren 1990 till 2000'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('addresses', () => {
  test.each([
    ['Mejla info@sjovik.se.', 'Mejla info snabel-a sjovik punkt se.'],
    ['Mejla karin.lindgren@bergvik.se i dag', 'Mejla karin punkt lindgren snabel-a bergvik punkt se i dag'],
    ['Läs på https://www.perstorp.se/nyheter/2024/delegationen.html nu', 'Läs på perstorp punkt se nu'],
    ['Läs på www.bergvik.se/budget.', 'Läs på bergvik punkt se snedstreck budget.'],
    ['Läs på perstorp.se i dag', 'Läs på perstorp punkt se i dag'],
    ['Se https://www.bergvik.se/', 'Se bergvik punkt se'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('party letters after a name', () => {
  test.each([
    ['Ronny Nilsson (S) sa', 'Ronny Nilsson, Socialdemokraterna, sa'],
    ['Per-Olof Näslund (S), tel. 070', 'Per-Olof Näslund, Socialdemokraterna, telefon 070'],
    ['Karin Å. Lindgren (C), ordförande', 'Karin Å Lindgren, Centerpartiet, ordförande'],
    ['Anna Ek (M).', 'Anna Ek, Moderaterna.'],
    ['Bo Ek (SD)', 'Bo Ek, Sverigedemokraterna'],
    ['Bo Ek (V)', 'Bo Ek, Vänsterpartiet'],
    ['Bo Ek (KD)', 'Bo Ek, Kristdemokraterna'],
    ['Bo Ek (L)', 'Bo Ek, Liberalerna'],
    ['Bo Ek (MP)', 'Bo Ek, Miljöpartiet'],
    ['bilaga (C) finns', 'bilaga (C) finns'],
    ['SKR (S) finns', 'SKR (S) finns'],
  ])('%s', (text, spoken) => {
    expect(sv(text)).toBe(spoken);
  });
});

describe('English', () => {
  test.each([
    ['Salt & pepper', 'Salt and pepper'],
    ['30% of people', '30 percent of people'],
    ['Bring e.g. a passport.', 'Bring for example a passport.'],
    ['The office, i.e. the town hall.', 'The office, that is the town hall.'],
    ['Chairs, tables etc.', 'Chairs, tables et cetera.'],
    ['Chairs, tables etc. are free.', 'Chairs, tables et cetera are free.'],
    ['Room No. 5', 'Room number 5'],
    ['I said no. 5 times', 'I said number 5 times'],
    ['Mr. Smith and Dr. Jones', 'Mister Smith and Doctor Jones'],
    ['Open 08:30–16:00', 'Open 8:30 to 16 hundred'],
    ['Open 9-17 daily', 'Open 9 to 17 daily'],
    ['Open 8 am to 4.30 pm.', 'Open 8 am to 4:30 pm.'],
    ['Closes at 4.00 p.m. today', 'Closes at 4 p.m. today'],
    ['Write to info@sjovik.se.', 'Write to info at sjovik dot se.'],
    ['Visit https://www.sjovik.se/en/moving today', 'Visit sjovik dot se today'],
    ['Visit www.sjovik.se/moving today', 'Visit sjovik dot se slash moving today'],
    ['It costs 10 000 kr', 'It costs 10000 kronor'],
    ['Call 0980-319 200', 'Call 0 9 8 0, 3 1 9, 2 0 0'],
    ['On 2026-04-14', 'On 14 April 2026'],
  ])('%s', (text, spoken) => {
    expect(en(text)).toBe(spoken);
  });
});

describe('other languages get only the language-free rules', () => {
  test.each([
    ['fi', 'Hinta on 10 000 euroa, puh. 0980-319 200', 'Hinta on 10000 euroa, puh. 0 9 8 0, 3 1 9, 2 0 0'],
    ['ar', 'مرحبا 10 000', 'مرحبا 10000'],
  ])('%s: %s', (lang, text, spoken) => {
    expect(toSpeechText(text, lang).spoken).toBe(spoken);
  });
});

describe('invisible characters are never spoken', () => {
  test.each([
    ['Lyss\u00ADna på oss.', 'Lyssna på oss.'],
    ['noll\u200Bbredd', 'nollbredd'],
    ['\uFEFFBOM först', 'BOM först'],
    ['bl.\u00ADa. sådant', 'bland annat sådant'],
  ])('%j', (text, spoken) => {
    const speech = toSpeechText(text, 'sv');
    expect(speech.spoken).toBe(spoken);
    expectValidMap(speech.spoken, speech.map, text);
  });
});

describe('the pronunciation lexicon', () => {
  const lexicon = { Lyssna: 'Lüssna', 'S:t Olof': 'Sankte Olof', kl: 'klock', bergvik: 'Bärrviik' };
  test.each([
    ['Lyssna på oss', 'Lüssna på oss'],
    ['LYSSNA och lyssna', 'Lüssna och Lüssna'],
    ['Lyssnare lyssnar', 'Lyssnare lyssnar'],
    ['vid S:t Olof', 'vid Sankte Olof'],
    ['kl. 18.00', 'klock. 18'],
    ['Mejla info@bergvik.se', 'Mejla info snabel-a Bärrviik punkt se'],
  ])('%s', (text, spoken) => {
    const speech = toSpeechText(text, 'sv', lexicon);
    expect(speech.spoken).toBe(spoken);
    expectValidMap(speech.spoken, speech.map, text);
  });

  test('an empty lexicon changes nothing', () => {
    expect(toSpeechText('kl. 8', 'sv', {}).spoken).toBe('klockan 8');
  });
});

describe('the offset map', () => {
  const cases = [
    'Det betyder att en person med en månadslön på 35 000 kr betalar ca 7 100 kr, inkl. 30 % skatt.',
    'Anmäl dig senast den 7 april via https://www.bergvik.se/budgetdialog eller på tel. 0980-319 200.',
    'Frågor besvaras av Per-Olof Näslund (S), tel. 070-174 06 50 eller ekonomi@bergvik.se.',
    'Telefontiden är måndag–fredag 08:30–16:00, lunchstängt kl. 12.00–13.00.',
    'Ett ord utan regler.',
    '– Vi vet att tidiga insatser gör skillnad.',
  ];

  test.each(cases)('covers, is ordered and consistent: %s', (text) => {
    const speech = toSpeechText(text, 'sv');
    expectValidMap(speech.spoken, speech.map, text);
  });

  test.each([
    ['Ta t.ex. bussen.', 'till', 't.ex.'],
    ['Ta t.ex. bussen.', 'exempel', 't.ex.'],
    ['Ta t.ex. bussen.', 'bussen', 'bussen'],
    ['Kostar 35 000 kr nu.', 'kronor', 'kr'],
    ['Kostar 35 000 kr nu.', '35000', '35 000'],
    ['Mejla info@sjovik.se i dag.', 'snabel-a', '@'],
    ['Mejla info@sjovik.se i dag.', 'sjovik', 'sjovik'],
    ['Bo Ek (S) kom.', 'Socialdemokraterna', ' (S)'],
    ['Öppet 08:30–16:00.', 'till', '–'],
  ])('in "%s" the spoken word "%s" highlights "%s"', (text, word, shown) => {
    const speech = toSpeechText(text, 'sv');
    const at = speech.spoken.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    const seg = { start: 0, end: text.length, spoken: speech.spoken, lang: 'sv', map: speech.map };
    const r = spokenToDisplay(seg, at, at + word.length);
    expect(text.slice(r.start, r.end)).toBe(shown);
  });

  test('an empty text says nothing', () => {
    expect(toSpeechText('', 'sv')).toEqual({ spoken: '', map: [] });
    expect(toSpeechText('\u00AD', 'sv')).toEqual({ spoken: '', map: [] });
  });
});

describe('rules skip text they could never match', () => {
  // regexRule's `requires` and the abbreviation table's written forms keep most patterns from running on a
  // sentence; the speech text must be what the full scan gives. Each row holds the needed character once.
  test.each([
    ['Ring 0980-319 200 i dag', 'Ring 0 9 8 0, 3 1 9, 2 0 0 i dag'],
    ['Ring +46 31 390 06 00 i dag', 'Ring plus 4 6, 3 1, 3 9 0, 0 6, 0 0 i dag'],
    ['Möte 2026-04-14 i salen', 'Möte 14 april 2026 i salen'],
    ['Öppet 08:30–16:00 i dag', 'Öppet 8:30 till 16 i dag'],
    ['Den 15:e maj', 'Den femtonde maj'],
    ['Ronny Nilsson (S) sa', 'Ronny Nilsson, Socialdemokraterna, sa'],
    ['ett s.k. boende', 'ett så kallat boende'],
    ['Ökning 2,2 procent', 'Ökning 2 komma 2 procent'],
    ['Karin Å. Lindgren kom', 'Karin Å Lindgren kom'],
    ['Vi & ni', 'Vi och ni'],
    ['Kostar 10 000 kr', 'Kostar 10000 kronor'],
    ['Läs t.ex. detta', 'Läs till exempel detta'],
    ['Kommunen bygger nytt', 'Kommunen bygger nytt'],
  ])('%j → %j', (text, spoken) => {
    expect(toSpeechText(text, 'sv').spoken).toBe(spoken);
  });
});
