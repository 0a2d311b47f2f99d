// franc-lite over the generated whitelist data must answer exactly like franc 6.2.0 with `only`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { describe, expect, test } from 'vitest';
import {
  EXTENSION_TRIGRAMS,
  MUNICIPAL_TRIGRAMS,
  type TrigramRows,
} from '../../../src/lang/data/trigrams.generated.ts';
import { createFrancLite } from '../../../src/lang/franc-lite.ts';
import { ALL_LANGUAGES, EXTENSION_LANGUAGES, MUNICIPAL_LANGUAGES } from '../../../src/lang/languages.ts';
import { ALL_SAMPLES, variants } from './sample-texts.ts';

const municipal = createFrancLite(MUNICIPAL_TRIGRAMS);
const extended = createFrancLite(MUNICIPAL_TRIGRAMS, EXTENSION_TRIGRAMS);
// Plus every block of the fixture pages: real municipal text, headings and table rows.
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const fixtureBlocks = readdirSync(PAGES).flatMap(
  (page) => (JSON.parse(readFileSync(join(PAGES, page, 'expected.json'), 'utf8')) as { text: string[] }).text,
);
const inputs = [...new Set([...ALL_SAMPLES.flatMap(variants), ...fixtureBlocks])];

describe('generated data', () => {
  const languagesOf = (rows: TrigramRows): string[] =>
    Object.values(rows).flatMap((list) => list.map(([l]) => l));

  test.each([
    ['MUNICIPAL_TRIGRAMS', MUNICIPAL_TRIGRAMS, MUNICIPAL_LANGUAGES],
    ['EXTENSION_TRIGRAMS', EXTENSION_TRIGRAMS, EXTENSION_LANGUAGES],
  ] as const)('%s holds exactly its languages', (_, rows, languages) => {
    expect(new Set(languagesOf(rows))).toEqual(new Set(languages));
  });

  test.each(Object.entries({ ...MUNICIPAL_TRIGRAMS }).concat(Object.entries({ ...EXTENSION_TRIGRAMS })))(
    'models of script %s are franc’s own, at franc’s rank',
    (script, rows) => {
      const francModels = Object.entries(data[script] ?? {});
      for (const [lang, rank, model] of rows) expect(francModels[rank]).toEqual([lang, model]);
    },
  );
});

describe(`franc-lite equals francAll(text, { only }) on ${inputs.length} texts`, () => {
  test.each([
    ['municipal data, municipal whitelist', municipal, [...MUNICIPAL_LANGUAGES]],
    ['extended data, all languages', extended, [...ALL_LANGUAGES]],
    ['municipal data, Scandinavian only', municipal, ['swe', 'nob', 'nno', 'dan']],
    ['municipal data, Arabic script only', municipal, ['arb', 'pes', 'prs']],
    ['extended data, Cyrillic and Polish', extended, ['rus', 'ukr', 'srp', 'bos', 'pol']],
  ] as const)('%s', (_, lite, only) => {
    const mismatches = inputs
      .map((text) => ({ text, franc: francAll(text, { only: [...only] }), lite: lite.all(text, { only }) }))
      .filter(({ franc, lite: ours }) => JSON.stringify(franc) !== JSON.stringify(ours));
    expect(mismatches).toEqual([]);
  });

  test.each([0, 1, 4, 20])('minLength %i is honoured like franc', (minLength) => {
    for (const text of inputs) {
      expect(municipal.all(text, { minLength })).toEqual(
        francAll(text, { only: [...MUNICIPAL_LANGUAGES], minLength }),
      );
    }
  });

  test.each([
    ['', 'und'],
    ['short', 'und'],
    ['1234567890 123', 'und'],
    ['市は保育園、学校、高齢者介護を担当しています。', 'und'],
    ['Kommunen bokar och betalar tolk när du har ett möte med oss.', 'swe'],
  ])('detect(%j) is %s', (text, expected) => {
    expect(municipal.detect(text)).toBe(expected);
  });

  test('a single-language script is returned when `only` allows it, like franc', () => {
    const lite = createFrancLite(MUNICIPAL_TRIGRAMS);
    const text = '市は保育園、学校、高齢者介護を担当しています。';
    expect(lite.all(text, { only: ['jpn', 'swe'] })).toEqual(francAll(text, { only: ['jpn', 'swe'] }));
  });
});
