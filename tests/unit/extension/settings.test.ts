// Settings: defaults, a field-by-field validating merge, patches, and the never-run site list.
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isRestrictedUrl,
  isSiteBlocked,
  mergeSettings,
  normaliseHost,
  refusalFor,
  updateSettings,
  withVoiceChoice,
} from '../../../src/extension/settings.ts';

describe('mergeSettings', () => {
  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('%s gives the defaults', (_name, stored) => {
    expect(mergeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    ['rate in range', { rate: 1.5 }, (s) => s.rate, 1.5],
    ['rate too fast', { rate: 9 }, (s) => s.rate, 1],
    ['rate not a number', { rate: 'fast' }, (s) => s.rate, 1],
    ['colour lower-cased', { highlight: { sentence: '#AABBCC' } }, (s) => s.highlight.sentence, '#aabbcc'],
    [
      'colour that is CSS injection',
      { highlight: { word: 'red;}*{display:none' } },
      (s) => s.highlight.word,
      '#ffc966',
    ],
    [
      'other colour kept when one is bad',
      { highlight: { sentence: 'x', word: '#000000' } },
      (s) => s.highlight.word,
      '#000000',
    ],
    ['autoScroll false', { autoScroll: false }, (s) => s.autoScroll, false],
    ['autoScroll as string', { autoScroll: 'no' }, (s) => s.autoScroll, true],
    ['reader dark', { reader: { theme: 'dark' } }, (s) => s.reader.theme, 'dark'],
    ['reader theme unknown', { reader: { theme: 'sepia' } }, (s) => s.reader.theme, 'light'],
    ['font size tiny', { reader: { fontSize: 4 } }, (s) => s.reader.fontSize, 20],
    ['font size ok', { reader: { fontSize: 28 } }, (s) => s.reader.fontSize, 28],
    ['line height ok', { reader: { lineHeight: 2 } }, (s) => s.reader.lineHeight, 2],
    ['dyslexia font on', { reader: { dyslexiaFont: true } }, (s) => s.reader.dyslexiaFont, true],
    [
      'sites normalised and deduplicated',
      { neverRunOn: ['https://www.Bank.se/login', 'bank.se', 'bank.se', 42, 'not a host!'] },
      (s) => s.neverRunOn,
      ['www.bank.se', 'bank.se'],
    ],
    [
      'voices: bad entries dropped, keys lower-cased',
      { voices: { SV: { name: 'Alva', lang: 'sv-SE' }, en: { name: '' }, 'x y': { name: 'a', lang: 'a' } } },
      (s) => s.voices,
      { sv: { name: 'Alva', lang: 'sv-SE' } },
    ],
  ] as [string, unknown, (s: ReturnType<typeof mergeSettings>) => unknown, unknown][])(
    '%s',
    (_name, stored, pick, expected) => {
      expect(pick(mergeSettings(stored))).toEqual(expected);
    },
  );
});

describe('updateSettings', () => {
  test('a nested patch keeps the sibling fields', () => {
    const base = mergeSettings({ reader: { fontSize: 30, theme: 'dark' } });
    const next = updateSettings(base, { reader: { lineHeight: 2.2 } });
    expect(next.reader).toEqual({ fontSize: 30, lineHeight: 2.2, theme: 'dark', dyslexiaFont: false });
  });
  test('an invalid patch value falls back to the default, not to garbage', () => {
    expect(updateSettings(mergeSettings({ rate: 2 }), { rate: -1 }).rate).toBe(1);
  });
  test('voices replace as a whole map (removing a choice is possible)', () => {
    const base = mergeSettings({ voices: { sv: { name: 'Alva', lang: 'sv-SE' } } });
    expect(updateSettings(base, { voices: {} }).voices).toEqual({});
  });
});

describe('withVoiceChoice', () => {
  const saved = { sv: { name: 'Alva', lang: 'sv-SE' }, en: { name: 'Daniel', lang: 'en-GB' } };
  const klara = { id: 'k', name: 'Klara', lang: 'sv-SE', localService: true, default: false };
  test.each([
    [
      "a voice replaces the language's choice",
      'sv',
      klara,
      { sv: { name: 'Klara', lang: 'sv-SE' }, en: saved.en },
    ],
    [
      'a voice adds a choice for a new language',
      'fi',
      { name: 'Satu', lang: 'fi-FI' },
      { ...saved, fi: { name: 'Satu', lang: 'fi-FI' } },
    ],
    ['null goes back to automatic', 'sv', null, { en: saved.en }],
    ['undefined (no such voice) goes back to automatic', 'en', undefined, { sv: saved.sv }],
  ])('%s', (_name, lang, voice, expected) => {
    expect(withVoiceChoice(saved, lang, voice)).toEqual(expected);
    // The stored map is never changed in place.
    expect(saved).toEqual({ sv: { name: 'Alva', lang: 'sv-SE' }, en: { name: 'Daniel', lang: 'en-GB' } });
  });
});

describe('sites', () => {
  test.each([
    ['example.se', 'example.se'],
    ['  WWW.Example.SE  ', 'www.example.se'],
    ['https://example.se:8443/a/b?c', 'example.se'],
    ['example.se/path', 'example.se'],
    ['xn--bjrnsson-9za.se', 'xn--bjrnsson-9za.se'],
    ['', null],
    ['http://', null],
    ['exa mple.se', null],
    ['-bad.se', null],
  ])('normaliseHost(%j) = %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });

  test.each([
    ['https://bank.se/', ['bank.se'], true],
    ['https://www.bank.se/x', ['bank.se'], true],
    ['https://notbank.se/', ['bank.se'], false],
    ['https://bank.se.evil.example/', ['bank.se'], false],
    ['https://bank.se/', [], false],
    ['not a url', ['bank.se'], false],
    [undefined, ['bank.se'], false],
  ])('isSiteBlocked(%j, %j) = %j', (url, list, expected) => {
    expect(isSiteBlocked(url, list)).toBe(expected);
  });

  test.each([
    ['chrome://extensions', true],
    ['chrome-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['about:blank', true],
    [undefined, true],
    ['https://www.perstorp.se/', false],
    ['http://127.0.0.1:8080/page.html', false],
    ['file:///home/a.html', false],
  ])('isRestrictedUrl(%j) = %j', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });
});

describe('refusalFor: the plain reason a tab cannot be read', () => {
  test.each([
    ['file:///home/a.html', 'file-access'],
    ['about:blank', 'blank-page'],
    ['data:text/html,<p>Hej</p>', 'blank-page'],
    ['https://www.perstorp.se/', null],
    ['chrome://version', null],
    [undefined, null],
  ])('refusalFor(%j) = %j', (url, expected) => {
    expect(refusalFor(url)).toBe(expected);
  });
});
