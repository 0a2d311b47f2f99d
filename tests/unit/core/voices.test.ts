// Voice helpers as tables: tag normalisation and the ranking of voices for a language.

import { describe, expect, test } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import {
  chooseVoice,
  intelligibleVoice,
  normalizeLanguageTag,
  parseLanguageTag,
  rankVoices,
} from '../../../src/core/voices.ts';

describe('language tags', () => {
  test.each([
    ['sv', 'sv', undefined],
    ['sv_SE', 'sv', 'SE'],
    ['SV-se', 'sv', 'SE'],
    ['swe', 'sv', undefined],
    ['sv-FI', 'sv', 'FI'],
    ['nob', 'nb', undefined],
    ['nno', 'nb', undefined],
    ['no-NO', 'nb', 'NO'],
    ['nn_NO', 'nb', 'NO'],
    ['dan', 'da', undefined],
    ['eng', 'en', undefined],
    ['en-GB', 'en', 'GB'],
    ['fin', 'fi', undefined],
    ['arb', 'ar', undefined],
    ['ara', 'ar', undefined],
    ['ar-001', 'ar', '001'],
    ['som', 'so', undefined],
    ['pes', 'fa', undefined],
    ['prs', 'fa', undefined],
    ['tir', 'ti', undefined],
    ['pol', 'pl', undefined],
    ['bos', 'bs', undefined],
    ['por', 'pt', undefined], // every code detection can answer maps to the voice tag
    ['hrv', 'hr', undefined],
    ['srp', 'sr', undefined],
    ['sr-Latn-RS', 'sr', 'RS'],
    ['ckb', 'ckb', undefined],
    ['rmn', 'rom', undefined],
    ['ydd', 'yi', undefined],
    ['deu', 'de', undefined],
    ['fra', 'fr', undefined],
    ['spa', 'es', undefined],
    ['es-419', 'es', '419'],
    ['cmn', 'zh', undefined], // eSpeak's Mandarin
    ['cmn-latn-pinyin', 'zh', undefined],
    ['in_ID', 'id', 'ID'], // Android's old Java tags
    ['iw-IL', 'he', 'IL'],
    ['fil-PH', 'tl', 'PH'],
    ['cs-CZ', 'cs', 'CZ'],
  ])('%s → primary %s, region %s', (tag, primary, region) => {
    expect(parseLanguageTag(tag)).toEqual(region ? { primary, region } : { primary });
  });

  test.each([
    ['sv_SE', 'sv-SE'],
    ['SV-se', 'sv-SE'],
    ['swe', 'sv'],
    ['nob', 'nb'],
  ])('normalizeLanguageTag(%s) = %s', (tag, out) => {
    expect(normalizeLanguageTag(tag)).toBe(out);
  });
});

const v = (name: string, lang: string, localService = true): VoiceInfo => ({
  id: `${name}|${lang}`,
  name,
  lang,
  localService,
  default: false,
});

const LINUX = [
  v('Afrikaans espeak-ng', 'af'),
  v('Swedish+Adam espeak-ng', 'sv'),
  v('Swedish espeak-ng', 'sv'),
  v('Swedish+Hugo espeak-ng', 'sv'),
];
const MAC = [v('Albert', 'en-US'), v('Oskar', 'sv-SE'), v('Alva', 'sv-SE'), v('Klara', 'sv-SE')];
const WINDOWS = [
  v('Microsoft Zira - English (United States)', 'en-US'),
  v('Microsoft Bengt - Swedish (Sweden)', 'sv-SE'),
];
const EDGE = [
  v('Microsoft Hillevi Online (Natural) - Swedish (Sweden)', 'sv-SE', false),
  v('Microsoft Sofie Online (Natural) - Swedish (Sweden)', 'sv-SE', false),
  v('Microsoft Mattias Online (Natural) - Swedish (Sweden)', 'sv-SE', false),
];
const MIXED_REGION = [
  v('Finlandssvensk röst', 'sv-FI'),
  v('Rikssvensk röst', 'sv_SE'),
  v('Svensk röst', 'swe'),
];
const ANDROID = [v('Google svenska', 'sv_SE'), v('Google English', 'en_US')];
const ESPEAK_AND_REAL = [
  v('Swedish+Adam espeak-ng', 'sv'),
  v('Swedish espeak-ng', 'sv'),
  v('Någon röst', 'sv-SE'),
];
/** Lyssna röster's offline voices (the separate engine extension), listed first as Chrome may list them. */
const LYSSNA_ROSTER = [v('Lyssna svenska (offline)', 'sv-SE'), v('Lyssna arabiska (offline)', 'ar')];

describe('voice ranking', () => {
  test.each([
    [
      'Linux: plain eSpeak before its variants',
      LINUX,
      'sv',
      undefined,
      ['Swedish espeak-ng', 'Swedish+Adam espeak-ng', 'Swedish+Hugo espeak-ng'],
    ],
    ['macOS: known good voices, in list order', MAC, 'sv-SE', undefined, ['Oskar', 'Alva', 'Klara']],
    [
      'macOS: the saved choice first',
      MAC,
      'sv',
      { name: 'Klara', lang: 'sv-SE' },
      ['Klara', 'Oskar', 'Alva'],
    ],
    [
      'saved choice of another language is ignored',
      MAC,
      'sv',
      { name: 'Albert', lang: 'en-US' },
      ['Oskar', 'Alva', 'Klara'],
    ],
    ['Windows: Bengt', WINDOWS, 'sv', undefined, ['Microsoft Bengt - Swedish (Sweden)']],
    ['Edge: Natural voices are known good', EDGE, 'sv', undefined, EDGE.map((x) => x.name)],
    [
      'region sv-SE before sv-FI when the page says sv',
      MIXED_REGION,
      'sv',
      undefined,
      ['Rikssvensk röst', 'Svensk röst', 'Finlandssvensk röst'],
    ],
    [
      'region sv-FI first when the page says sv-FI',
      MIXED_REGION,
      'sv-FI',
      undefined,
      ['Finlandssvensk röst', 'Svensk röst', 'Rikssvensk röst'],
    ],
    ['Android sv_SE tags match sv', ANDROID, 'sv', undefined, ['Google svenska']],
    [
      'eSpeak after any other voice',
      ESPEAK_AND_REAL,
      'swe',
      undefined,
      ['Någon röst', 'Swedish espeak-ng', 'Swedish+Adam espeak-ng'],
    ],
    ['no voice of the language', WINDOWS, 'ar', undefined, []],
    [
      'Lyssna röster: after a known good voice',
      [...LYSSNA_ROSTER, ...MAC],
      'sv',
      undefined,
      ['Oskar', 'Alva', 'Klara', 'Lyssna svenska (offline)'],
    ],
    [
      'Lyssna röster: before speech-dispatcher’s eSpeak',
      [...LINUX, ...LYSSNA_ROSTER],
      'sv',
      undefined,
      ['Lyssna svenska (offline)', 'Swedish espeak-ng', 'Swedish+Adam espeak-ng', 'Swedish+Hugo espeak-ng'],
    ],
    [
      'Lyssna röster: Arabic on Windows',
      [...WINDOWS, ...LYSSNA_ROSTER],
      'ar',
      undefined,
      ['Lyssna arabiska (offline)'],
    ],
  ])('%s', (_name, voices, lang, saved, expected) => {
    expect(rankVoices(voices, lang, saved).map((x) => x.name)).toEqual(expected);
  });

  test.each([
    ['Swedish on Windows', WINDOWS, 'sv', 'Microsoft Bengt - Swedish (Sweden)'],
    ['Arabic on Windows (none)', WINDOWS, 'ar', null],
    ['Norwegian nynorsk tag finds nothing in a Swedish list', LINUX, 'nn', null],
  ])('chooseVoice: %s', (_name, voices, lang, expected) => {
    expect(chooseVoice(voices, lang)?.name ?? null).toBe(expected);
  });
});

describe('an intelligible stand-in voice, and only that', () => {
  const voices = [
    v('Norwegian Bokmål espeak-ng', 'nb'),
    v('Danish espeak-ng', 'da'),
    v('Swedish espeak-ng', 'sv'),
    v('Croatian espeak-ng', 'hr'),
    v('Indonesian espeak-ng', 'id'),
    v('Slovak espeak-ng', 'sk'),
    v('English (America) espeak-ng', 'en-us'),
  ];
  const without = (...langs: string[]) => voices.filter((x) => !langs.includes(x.lang));
  test.each([
    ['sv', without('sv'), 'Norwegian Bokmål espeak-ng'],
    ['sv', without('sv', 'nb'), 'Danish espeak-ng'],
    ['nb', without('nb', 'da'), 'Swedish espeak-ng'],
    ['sr', voices, 'Croatian espeak-ng'],
    ['bs-BA', voices, 'Croatian espeak-ng'],
    ['ms', voices, 'Indonesian espeak-ng'],
    ['cs', voices, 'Slovak espeak-ng'],
    ['de', voices, null], // never Swedish (or English) for German
    ['fr', voices, null],
    ['so', voices, null],
  ] as const)('%s, from %#: %s', (lang, list, expected) => {
    expect(intelligibleVoice(list, lang)?.name ?? null).toBe(expected);
  });
});
