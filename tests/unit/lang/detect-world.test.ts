// The extension's world scope, text by text: short texts in many languages, telling letters, the declaration
// between close relatives, and what the world scope must not do (one "we" keeping a wrong lang="en").
import { describe, expect, test } from 'vitest';
import { areClose } from '../../../src/lang/close-languages.ts';
import { detectLanguage } from '../../../src/lang/detect.ts';
import { detectWorldLanguage, worldFrancLite } from '../../../src/lang/detect-world.ts';
import { WORLD_LANGUAGES, worldBcp47ToIso3, worldIso3ToBcp47 } from '../../../src/lang/world-languages.ts';
import { lettersAllow } from '../../../src/lang/world-letters.ts';

describe('texts in the world scope', () => {
  test.each([
    ['Wo ist der Bahnhof, bitte?', 'de'],
    ['Où se trouve la gare, s’il vous plaît ?', 'fr'],
    ['¿Dónde está la estación de tren?', 'es'],
    ['Dov’è la stazione, per favore?', 'it'],
    ['Waar is het station, alstublieft?', 'nl'],
    ['Onde fica a estação de comboios?', 'pt'],
    ['Kde je vlakové nádraží, prosím?', 'cs'],
    ['Gdzie jest dworzec kolejowy?', 'pl'],
    ['Hol van a vasútállomás, kérem?', 'hu'],
    ['Tren istasyonu nerede? Bavulum çok ağır.', 'tr'],
    ['Где находится вокзал? Мы опаздываем на поезд.', 'ru'],
    ['Де знаходиться вокзал? Ми їдемо до Києва.', 'uk'],
    ['Πού είναι ο σιδηροδρομικός σταθμός;', 'el'],
    ['駅はどこですか。', 'ja'],
    ['기차역이 어디에 있어요?', 'ko'],
    ['火车站在哪里？', 'zh'],
    ['रेलवे स्टेशन कहाँ है?', 'hi'],
    ['Kituo cha treni kiko wapi?', 'sw'],
    ['Järnvägsstationen ligger vid torget.', 'sv'],
  ])('%j → %s', (text, lang) => {
    expect(detectWorldLanguage(text).bcp47).toBe(lang);
  });

  test.each([
    ['የከተማው ምክር ቤት አዲስ የብስክሌት መንገዶችን ለመገንባት ወስኗል።', 'am'],
    ['ምምሕዳር ኖርስትራንድ ንመውዓሊ ህጻናትን ኣብያተ ትምህርትን ሓላፍነት ኣለዎ።', 'ti'],
  ])('Ethiopic %j → %s by አ (Amharic "a") or ኣ (Tigrinya "a")', (text, lang) => {
    expect(detectWorldLanguage(text).bcp47).toBe(lang);
  });

  test('Urdu is not Sorani: ھ is written by both, ے ں ٹ only by Urdu', () => {
    expect(detectWorldLanguage('ریلوے اسٹیشن کہاں ہے؟ مجھے وہاں جانا ہے۔').bcp47).toBe('ur');
  });
});

describe('telling letters', () => {
  const all = WORLD_LANGUAGES;
  test.each([
    ['Příští týden', ['ces']],
    ['Mulțumesc frumos', ['ron']],
    ['Ўсё добра', ['bel']],
    ['Azərbaycan dili', ['azj']],
    ['Guten Morgen', null],
    // Once in a long English text "ř" is a name, not Czech.
    [
      'The orchestra played the New World Symphony by Antonín Dvořák last night, and the hall was full of people who had waited years.',
      null,
    ],
  ])('%j may be %j', (text, langs) => {
    expect(lettersAllow(text, all)).toEqual(langs);
  });
});

describe('the declaration', () => {
  test.each([
    ['Kerajaan akan membina jalan baharu di bandar ini tahun depan.', 'ms', 'ms'],
    ['Kerajaan akan membina jalan baharu di bandar ini tahun depan.', 'id', 'id'],
    ['Vláda postaví novú cestu v meste budúci rok.', 'sk', 'sk'],
    ['Vláda postaví novú cestu v meste budúci rok.', 'cs', 'cs'],
  ])('%j declared %s is %s: between close relatives the author decides', (text, prior, lang) => {
    expect(detectWorldLanguage(text, { prior }).bcp47).toBe(lang);
  });

  test('one English-looking word does not keep a CMS default lang="en" on a Polish sentence', () => {
    const polish =
      'Rada miasta postanowiła we wtorek, że do końca przyszłego roku powstanie dwanaście kilometrów ścieżek.';
    expect(detectWorldLanguage(polish, { prior: 'en-US' }).bcp47).toBe('pl');
  });

  test('the world scope knows its languages; the widget’s does not know German', () => {
    expect(detectWorldLanguage.knows?.('de-AT')).toBe(true);
    expect(detectWorldLanguage.knows?.('ja')).toBe(true);
    expect(detectLanguage.knows?.('de')).toBe(false);
    expect(detectLanguage.knows?.('sv-SE')).toBe(true);
  });
});

describe('codes and groups', () => {
  test.each([
    ['zlm', 'ms'],
    ['cmn', 'zh'],
    ['ekk', 'et'],
    ['nno', 'nb'],
    ['prs', 'fa'],
  ])('%s → %s', (iso3, bcp47) => {
    expect(worldIso3ToBcp47(iso3)).toBe(bcp47);
  });

  test.each([
    ['ms', 'zlm'],
    ['zh-Hant', 'cmn'],
    ['fa-AF', 'prs'],
    ['no', 'nob'],
    ['fil', 'tgl'],
    ['xx', null],
  ])('declared %s → %s', (tag, iso3) => {
    expect(worldBcp47ToIso3(tag)).toBe(iso3);
  });

  test('close groups pair relatives only', () => {
    expect(areClose('ind', 'zlm')).toBe(true);
    expect(areClose('ces', 'slk')).toBe(true);
    expect(areClose('swe', 'nob')).toBe(false);
    expect(areClose('deu', 'nld')).toBe(false);
  });

  test('every world language with a trigram model is loaded', () => {
    const modelled = worldFrancLite.languages;
    expect(modelled.length).toBeGreaterThan(60);
    for (const lang of modelled) expect(WORLD_LANGUAGES).toContain(lang);
  });
});
