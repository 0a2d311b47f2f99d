// assignBlockLanguages (rule R7): own lang, declared lang as a prior, short blocks inheriting; and the page language.
import { describe, expect, test } from 'vitest';
import {
  assignBlockLanguages,
  detectPageLanguage,
  isShortBlock,
  LANG_SAMPLE_CHARS,
  languageSample,
  SHORT_BLOCK_CHARS,
} from '../../../src/lang/block-langs.ts';
import { detectWorldLanguage } from '../../../src/lang/detect-world.ts';
import type { BlockLangInput } from '../../../src/lang/types.ts';

const FI_LONG =
  'Norrstrandin kunta vastaa muun muassa varhaiskasvatuksesta, kouluista ja vanhustenhuollosta.';
const SV_LONG = 'Kommunen bokar och betalar tolk när du har ett möte med oss. Berätta vilket språk du talar.';
const EN_LONG =
  'If you have questions, please contact our customer service centre. It is open every weekday.';
const AR_LONG = 'بلدية نورستراند مسؤولة عن خدمات مثل رياض الأطفال والمدارس ورعاية المسنين.';
const NB_LONG = 'Kommunen har ansvar for barnehager, skoler og helsetjenester for alle innbyggere.';

/** A block under the page's declaration (no lang of its own). */
const page = (text: string, declaredLang: string | null = 'sv'): BlockLangInput => ({
  text,
  declaredLang,
  ownLang: false,
});
/** A heading under the page's declaration, or with its own lang. */
const heading = (text: string, ownTag?: string): BlockLangInput => ({
  text,
  declaredLang: ownTag ?? 'sv',
  ownLang: ownTag !== undefined,
  kind: 'heading',
});
/** A definition (a contact card's `<dd>`) under the page's declaration. */
const definition = (text: string): BlockLangInput => ({ ...page(text), kind: 'definition' });
/** A block carrying its own lang attribute. */
const own = (text: string, declaredLang: string): BlockLangInput => ({ text, declaredLang, ownLang: true });

describe('short blocks', () => {
  test.each([
    ['Tietoa suomeksi', true],
    ['Behöver du tolk?', true],
    ['Customer service: +46 31 390 06 00', true], // 34 characters, 15 letters
    [SV_LONG, false],
  ])('%j is short: %s', (text, short) => {
    expect(isShortBlock(text)).toBe(short);
  });

  test('the threshold counts letters', () => {
    expect(isShortBlock('a'.repeat(SHORT_BLOCK_CHARS))).toBe(false);
    expect(isShortBlock(`${'a'.repeat(SHORT_BLOCK_CHARS - 1)} 12345 !!!`)).toBe(true);
  });
});

describe('assignBlockLanguages', () => {
  test.each<[string, BlockLangInput[], string | null, string[]]>([
    // Inheritance: next long block first, then the previous one, then the declaration.
    [
      'a heading takes the next long block’s language',
      [page('Tietoa suomeksi'), page(FI_LONG)],
      'sv',
      ['fi', 'fi'],
    ],
    [
      '…before the previous one',
      [page(SV_LONG), page('Tietoa suomeksi'), page(FI_LONG)],
      'sv',
      ['sv', 'fi', 'fi'],
    ],
    [
      'the last short block takes the previous long one',
      [page(EN_LONG, 'en'), page('Emergency number: 112', 'en')],
      'en',
      ['en', 'en'],
    ],
    [
      'short lines after a heading are in its section, not the one before it',
      [
        page(EN_LONG),
        heading('Kontakt'),
        definition('Telefon: 0980-319 241'),
        definition('E-post: a@x.se'),
        page(SV_LONG),
      ],
      'sv',
      ['en', 'sv', 'sv', 'sv', 'sv'],
    ],
    [
      '…which speaks the heading’s own language when it has one',
      [page(SV_LONG), heading('Contact', 'en'), definition('Phone: 0980-319 241'), page(SV_LONG)],
      'sv',
      ['sv', 'en', 'en', 'sv'],
    ],
    [
      'a heading with no long text after it speaks the page language, not the section before',
      [page(SV_LONG), page(SV_LONG), page(EN_LONG), heading('Kontakt'), definition('Ring oss')],
      null,
      ['sv', 'sv', 'en', 'sv', 'sv'],
    ],
    [
      'a section of short lines does not borrow from the next section, nor does its heading',
      [
        page(SV_LONG),
        page(SV_LONG),
        heading('Kontakt'),
        definition('Ring oss'),
        heading('In English'),
        page(EN_LONG),
      ],
      'sv',
      ['sv', 'sv', 'sv', 'sv', 'en', 'en'],
    ],
    [
      'a heading right under a heading opens the same section',
      [page(SV_LONG), heading('Tietoa suomeksi'), heading('Yhteystiedot'), page(FI_LONG)],
      'sv',
      ['sv', 'fi', 'fi', 'fi'],
    ],
    [
      'short blocks lend nothing to each other',
      [page(FI_LONG), page('Behöver du tolk?'), page('Ring 112')],
      'sv',
      ['fi', 'fi', 'fi'],
    ],
    [
      'only short blocks: the declared language',
      [page('Behöver du tolk?'), page('Ring oss')],
      'sv',
      ['sv', 'sv'],
    ],
    [
      'short blocks reach past each other to the nearest long one',
      [page(FI_LONG), page('Ring 112'), page('Behöver du tolk?'), page('Ring oss'), page(SV_LONG)],
      'sv',
      ['fi', 'sv', 'sv', 'sv', 'sv'],
    ],
    [
      'a section in its own language lends only to its own blocks',
      [page(SV_LONG), own(EN_LONG, 'en'), page('Ring oss')],
      'sv',
      ['sv', 'en', 'sv'],
    ],
    ['a declared region tag is normalised', [page('Ring oss', 'sv-SE')], 'sv-SE', ['sv']],
    ['an empty block inherits', [page(''), page(SV_LONG)], 'sv', ['sv', 'sv']],
    ['nothing declared, nothing long: und', [page('12 34', null)], null, ['und']],
    // A short block never inherits a language its script rules out.
    ['a short Arabic line among Swedish', [page('مرحبا بكم في'), page(SV_LONG)], 'sv', ['ar', 'sv']],
    // The declared language is a prior only.
    [
      'a page declared en that is Swedish',
      [page('Behöver du tolk?', 'en'), page(SV_LONG, 'en')],
      'en',
      ['sv', 'sv'],
    ],
    ['Finnish text under a Swedish declaration', [page(FI_LONG)], 'sv', ['fi']],
    ['Arabic text under a Swedish declaration', [page(AR_LONG)], 'sv', ['ar']],
    ['a Bokmål declaration settles Bokmål vs Danish', [page(NB_LONG, 'nb')], 'nb', ['nb']],
    ['a Danish declaration settles it the other way', [page(NB_LONG, 'da')], 'da', ['da']],
    ['"no" is Bokmål', [page(NB_LONG, 'no')], 'no', ['nb']],
    // An element's own lang is trusted unless the script plainly disagrees.
    ['own lang on a short heading', [own('Information in English', 'en'), page(SV_LONG)], 'sv', ['en', 'sv']],
    ['own lang is trusted over the trigrams', [own(FI_LONG, 'en')], 'sv', ['en']],
    ['own lang=sv on Arabic script is overruled', [own(AR_LONG, 'sv')], 'sv', ['ar']],
    ['own lang=ar on Latin script is overruled', [own(EN_LONG, 'ar')], 'sv', ['en']],
    ['own lang outside our languages is kept', [own('東京都の情報', 'ja-JP')], 'sv', ['ja']],
    ['own lang=ku on Sorani', [own('زانیاری بە زمانی کوردی', 'ku')], 'sv', ['ckb']],
  ])('%s', (_, blocks, pageDeclared, expected) => {
    expect(assignBlockLanguages(blocks, pageDeclared)).toEqual(expected);
  });
});

describe('detectPageLanguage', () => {
  test.each<[string, { text: string; ownLang?: boolean }[], string[], string]>([
    ['the language covering most characters', [{ text: SV_LONG }, { text: 'Hello' }], ['sv', 'en'], 'sv'],
    [
      'more blocks do not beat more text',
      [{ text: 'Hej' }, { text: 'Hej' }, { text: FI_LONG }],
      ['sv', 'sv', 'fi'],
      'fi',
    ],
    [
      'sections with their own lang do not outvote the page',
      [{ text: 'Kort svensk text.' }, { text: EN_LONG, ownLang: true }, { text: AR_LONG, ownLang: true }],
      ['sv', 'en', 'ar'],
      'sv',
    ],
    ['every block has its own lang: they all count', [{ text: EN_LONG, ownLang: true }], ['en'], 'en'],
    ['und is no language', [{ text: '112' }], ['und'], 'und'],
    ['no blocks', [], [], 'und'],
  ])('%s', (_, blocks, langs, expected) => {
    expect(detectPageLanguage(blocks, langs)).toBe(expected);
  });
});

describe('addresses carry no language', () => {
  test.each([
    ['E-post: barnochutbildning@hagmark.se', 'E-post:'],
    ['Läs mer på https://www.hagmark.se/bygglov eller ring oss.', 'Läs mer på eller ring oss.'],
    ['Se www.hagmark.se', 'Se'],
    [SV_LONG, SV_LONG],
  ])('%j is judged on %j', (text, sample) => {
    expect(languageSample(text)).toBe(sample);
  });

  test('a contact line that is mostly an e-mail address is short: it follows its section', () => {
    expect(isShortBlock(languageSample('E-post: barnochutbildning@hagmark.se'))).toBe(true);
    expect(
      assignBlockLanguages(
        [page(SV_LONG), heading('Förskola och skola'), definition('E-post: barnochutbildning@hagmark.se')],
        'sv',
        detectWorldLanguage,
      ),
    ).toEqual(['sv', 'sv', 'sv']);
  });
});

describe('long blocks are judged on a bounded sample', () => {
  const long = (text: string) => `${text} `.repeat(Math.ceil((3 * LANG_SAMPLE_CHARS) / (text.length + 1)));

  test('the sample ends at a space, within the bound, and short blocks are their own sample', () => {
    const text = long(SV_LONG);
    const sample = languageSample(text);
    expect(sample.length).toBeLessThanOrEqual(LANG_SAMPLE_CHARS);
    expect(text.startsWith(sample)).toBe(true);
    expect(text[sample.length]).toBe(' ');
    expect(languageSample(SV_LONG)).toBe(SV_LONG);
  });

  test.each([
    ['sv', SV_LONG],
    ['fi', FI_LONG],
    ['en', EN_LONG],
    ['ar', AR_LONG],
    ['nb', NB_LONG],
  ])('a paragraph of 3 × the sample in %s gets the language its sentence gets', (_lang, text) => {
    const declared = 'sv';
    const [alone] = assignBlockLanguages([page(text.repeat(3))], declared);
    expect(assignBlockLanguages([page(long(text))], declared)).toEqual([alone]);
  });
});
