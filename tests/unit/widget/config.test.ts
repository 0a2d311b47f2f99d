// The site owner's data-* options: every attribute, its validation and its default.
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_CONFIG,
  parseConfig,
  parseLexiconJson,
  parseShortcut,
  snapRate,
} from '../../../widget/config.ts';

/** happy-dom has no CSS.supports for colours: a stand-in that knows a few. */
const supports = (_p: string, v: string) => /^(#[0-9a-f]{3,8}|rgb\(.*\)|rebeccapurple|red|yellow)$/i.test(v);

describe('parseConfig', () => {
  test('no attributes gives the documented defaults', () => {
    expect(parseConfig({}, supports)).toEqual({ config: DEFAULT_CONFIG, warnings: [] });
  });

  test.each([
    [{ content: '#main-content' }, { contentSelector: '#main-content' }],
    [{ lang: 'sv-SE' }, { lang: 'sv-SE' }],
    [{ rate: '1.25' }, { rate: 1.25 }],
    [{ rate: '1,5' }, { rate: 1.5 }],
    [{ rate: '1.3' }, { rate: 1.25 }],
    [{ rate: '9' }, { rate: 3 }],
    [{ theme: 'dark' }, { theme: 'dark' }],
    [{ theme: 'AUTO' }, { theme: 'auto' }],
    [{ color: '#005a9c' }, { color: '#005a9c' }],
    [{ highlightColor: 'yellow' }, { highlightColor: 'yellow' }],
    [{ wordColor: 'rgb(255, 200, 0)' }, { wordColor: 'rgb(255, 200, 0)' }],
    [{ uiLang: 'en' }, { uiLang: 'en' }],
    [{ position: 'bottom-left' }, { position: 'bottom-start' }],
    [{ position: 'top-end' }, { position: 'top-end' }],
    [{ lexicon: '/uttal.json' }, { lexicon: { url: '/uttal.json' } }],
    [{ lexicon: '{"Perstorp":"Pärstorp"}' }, { lexicon: { inline: { Perstorp: 'Pärstorp' } } }],
    [
      { shortcut: 'alt+shift+l' },
      { shortcut: { key: 'l', alt: true, ctrl: false, shift: true, meta: false } },
    ],
    [{ clickToRead: 'false' }, { clickToRead: false }],
    [{ selection: 'nej' }, { selectionButton: false }],
    [{ autoScroll: 'off' }, { autoScroll: false }],
    [{ wordHighlight: '0' }, { wordHighlight: false }],
    [{ wordHighlight: 'true' }, { wordHighlight: true }],
  ] as [Record<string, string>, Partial<typeof DEFAULT_CONFIG>][])('%j → %j', (data, expected) => {
    const { config, warnings } = parseConfig(data, supports);
    expect(warnings).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, ...expected });
  });

  test.each([
    [{ rate: 'snabb' }, 'data-rate'],
    [{ theme: 'pink' }, 'data-theme'],
    [{ color: 'red;}body{display:none' }, 'data-color'],
    [{ highlightColor: 'url(x)' }, 'data-highlight-color'],
    [{ uiLang: 'fi' }, 'data-ui-lang'],
    [{ position: 'middle' }, 'data-position'],
    [{ lexicon: '{"a": 1}' }, 'data-lexicon'],
    [{ shortcut: 'l' }, 'data-shortcut'],
  ] as [Record<string, string>, string][])(
    '%j is refused with a warning naming %s; the default stays',
    (data, attr) => {
      const { config, warnings } = parseConfig(data, supports);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(attr);
      expect(config).toEqual(DEFAULT_CONFIG);
    },
  );
});

describe('helpers', () => {
  test.each([
    [0.1, 0.5],
    [0.6, 0.5],
    [0.7, 0.75],
    [1.1, 1],
    [1.9, 2],
    [2.3, 2.5],
    [9, 3],
  ])('snapRate(%s) = %s', (rate, snapped) => expect(snapRate(rate)).toBe(snapped));

  test.each([
    ['ctrl+alt+l', { key: 'l', alt: true, ctrl: true, shift: false, meta: false }],
    ['Meta + K', { key: 'k', alt: false, ctrl: false, shift: false, meta: true }],
    ['shift+l', null], // Shift alone would type a capital letter in every text field
    ['alt+ll', null],
    ['hyper+l', null],
  ])('parseShortcut(%j)', (text, expected) => expect(parseShortcut(text)).toEqual(expected));

  test.each([
    ['{"kommun":"kåmmun"}', { kommun: 'kåmmun' }],
    ['{}', {}],
    ['[]', null],
    ['"x"', null],
    ['{"a":{"b":"c"}}', null],
    ['{not json', null],
  ])('parseLexiconJson(%j)', (json, expected) => expect(parseLexiconJson(json)).toEqual(expected));
});
