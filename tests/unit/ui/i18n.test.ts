// The UI's two languages: both complete, and the rule for which one a page gets.
import { describe, expect, test } from 'vitest';
import { languageName, pickUiLang, STRINGS } from '../../../src/ui/i18n.ts';

describe('pickUiLang', () => {
  test.each([
    [null, 'sv', 'sv'],
    [null, 'sv-SE', 'sv'],
    [null, 'en', 'en'],
    [null, 'en-GB', 'en'],
    [null, 'ar', 'sv'], // other languages: Swedish navigation, as on the municipality's own site
    [null, null, 'sv'],
    ['en', 'sv', 'en'],
    ['sv', 'en', 'sv'],
    ['fi', 'en', 'en'], // an unknown choice falls back to the page rule
  ] as const)('configured %s, page %s → %s', (configured, page, ui) => {
    expect(pickUiLang(configured, page)).toBe(ui);
  });
});

describe('strings', () => {
  const flat = (o: object): [string, unknown][] =>
    Object.entries(o).flatMap(([k, v]): [string, unknown][] =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? flat(v).map(([k2, v2]): [string, unknown] => [`${k}.${k2}`, v2])
        : [[k, v]],
    );
  test('Swedish and English have the same keys, none empty', () => {
    const sv = flat(STRINGS.sv);
    const en = flat(STRINGS.en);
    expect(sv.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [k, v] of [...sv, ...en]) {
      if (typeof v === 'string') expect(v.trim(), k).not.toBe('');
    }
  });

  test('install help names every platform in both languages', () => {
    expect(STRINGS.sv.install.map((i) => i.platform)).toEqual([
      'Windows',
      'macOS',
      'Android',
      'iPhone och iPad',
      'Linux',
      'Chrome och Edge på dator',
    ]);
    expect(STRINGS.en.install.map((i) => i.platform)).toEqual([
      'Windows',
      'macOS',
      'Android',
      'iPhone and iPad',
      'Linux',
      'Chrome and Edge on a computer',
    ]);
  });

  test('install help names Lyssna röster as the offline voice, in both languages', () => {
    for (const lang of ['sv', 'en'] as const)
      expect(STRINGS[lang].install.at(-1)?.how).toMatch(/Lyssna röster/);
  });

  test.each([
    ['sv', 'sv-SE', 'svenska'],
    ['sv', 'nb', 'norska'],
    ['en', 'ar', 'Arabic'],
    ['sv', 'xx', 'xx'],
  ] as const)('languageName in %s of %s is %s', (ui, tag, name) => {
    expect(languageName(STRINGS[ui], tag)).toBe(name);
  });

  test('messages that name a language read as plain sentences', () => {
    expect(STRINGS.sv.noVoiceFor('svenska')).toBe('Det finns ingen röst för svenska på den här enheten.');
    expect(STRINGS.sv.progress(3, 40)).toBe('Mening 3 av 40');
  });
});
