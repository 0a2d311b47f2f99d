// The cheap, certain evidence detectLanguage adds to franc: letters that rule languages out, function words.
import { describe, expect, test } from 'vitest';
import { markerHits, markerLeaders } from '../../../src/lang/function-words.ts';
import { MUNICIPAL_LANGUAGES } from '../../../src/lang/languages.ts';
import { excludedByLetters } from '../../../src/lang/letters.ts';
import { plainScript, scriptAllows } from '../../../src/lang/script.ts';

describe('letters that rule languages out', () => {
  test.each([
    ['Snöröjning på gator', ['nob', 'nno', 'dan']],
    ['Søknad om barnehageplass', ['swe', 'fin']],
    ['Håll avstånd', []],
    ['Општина Сјеница и њени грађани', ['rus', 'ukr']],
    ['Мы здесь объясним', ['srp', 'bos', 'ukr']],
    ['Її відповідь є', ['rus', 'srp', 'bos']],
    ['Welcome to Sjövik', ['nob', 'nno', 'dan']],
    // Mixed text rules out neither side: each side's own letters are there.
    ['Kommunalrådet Mette Bøgh öppnade mötet', []],
    ['Snöröjning. – Vi har meget at lære af jer', []],
    // …but Cyrillic sets together point at a third language (Belarusian writes і and ы): both stay out.
    ['Беларуская мова і лічбы', ['rus', 'srp', 'bos', 'ukr']],
  ])('%j excludes %j', (text, excluded) => {
    expect([...excludedByLetters(text)].sort()).toEqual([...excluded].sort());
  });
});

describe('function words', () => {
  test.each([
    ['Kan jag se hur mycket just min skola får?', 'swe', 3],
    ['Eg veit ikkje kva tid bussen kjem', 'nno', 3],
    ['Hvad koster det af gebyrer?', 'dan', 2],
    ['Hva koster det? Det er mye.', 'nob', 2],
    ['When you move here, please register your address', 'eng', 4],
  ])('%j → %s (%i hits)', (text, lang, hits) => {
    const leaders = markerLeaders(markerHits(text).hits, MUNICIPAL_LANGUAGES);
    expect(leaders).toEqual({ langs: [lang], hits });
  });

  test.each([
    ['Jeg vet ikke', ['nob', 'dan']],
    ['Norrstrandin kunta vastaa kouluista', []],
    ['', []],
  ])('%j → leaders %j', (text, langs) => {
    expect(markerLeaders(markerHits(text).hits, MUNICIPAL_LANGUAGES).langs).toEqual(langs);
  });

  test('only allowed languages lead', () => {
    expect(markerLeaders(markerHits('Jeg vet ikke').hits, ['dan']).langs).toEqual(['dan']);
  });
});

describe('plain script', () => {
  test.each([
    ['Kommunen bokar tolk', 'Latin'],
    ['إذا كانت لديك أسئلة حول المدارس، يمكنك مراسلتنا على info@norrstrand.se', 'Arabic'],
    ['Arabiska: العربية', null],
    ['112', null],
  ])('%j → %s', (text, script) => {
    expect(plainScript(text)).toBe(script);
  });

  test.each([
    ['swe', 'بلدية نورستراند مسؤولة', false],
    ['arb', 'بلدية نورستراند مسؤولة', true],
    ['ckb', 'زانیاری بە زمانی کوردی', true],
    ['srp', 'Општина', true],
    ['eng', 'Општина', false],
    ['swe', '08:30–16:00', true],
    ['jpn', 'Kommunen', true],
  ])('%s may be written as %j: %s', (iso3, text, allowed) => {
    expect(scriptAllows(iso3, text)).toBe(allowed);
  });
});
