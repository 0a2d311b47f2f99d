// franc-lite over franc's models must answer exactly like franc 6.2.0 with `only`, and over the world data
// exactly like franc-all; the widget's data is franc's models, cut (model-lengths.ts) or left out
// (model-free-scripts.ts), and on a script without models every candidate scores alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { francAll as francAllLanguages } from 'franc-all';
import { data as allData } from 'franc-all/data.js';
import { describe, expect, test } from 'vitest';
import {
  MUNICIPAL_TRIGRAMS,
  SCRIPT_EXPRESSIONS,
  type TrigramRows,
} from '../../../src/lang/data/trigrams.generated.ts';
import { WORLD_TRIGRAMS } from '../../../src/lang/data/world-trigrams.generated.ts';
import { createFrancLite, topScript } from '../../../src/lang/franc-lite.ts';
import { MUNICIPAL_LANGUAGES } from '../../../src/lang/languages.ts';
import { MODEL_FREE_SCRIPTS } from '../../../src/lang/model-free-scripts.ts';
import { FULL_MODEL, MODEL_LENGTHS } from '../../../src/lang/model-lengths.ts';
import { WORLD_LANGUAGES } from '../../../src/lang/world-languages.ts';
import { ALL_SAMPLES, variants } from './sample-texts.ts';

/** The municipal languages with franc's whole models (the generated data's rows, franc's models). */
const FULL_MUNICIPAL: TrigramRows = Object.fromEntries(
  Object.entries(MUNICIPAL_TRIGRAMS).map(([script, rows]) => [
    script,
    rows.map(
      ([lang, rank]) => [lang, rank, Object.values(data[script]!)[rank]!.replaceAll('|', '')] as const,
    ),
  ]),
);
const municipal = createFrancLite(FULL_MUNICIPAL);
const widget = createFrancLite(MUNICIPAL_TRIGRAMS);
const world = createFrancLite(WORLD_TRIGRAMS);
// Plus every block of the fixture pages: real municipal text, headings and table rows.
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const fixtureBlocks = readdirSync(PAGES).flatMap(
  (page) => (JSON.parse(readFileSync(join(PAGES, page, 'expected.json'), 'utf8')) as { text: string[] }).text,
);
const inputs = [...new Set([...ALL_SAMPLES.flatMap(variants), ...fixtureBlocks])];

describe('generated data', () => {
  const languagesOf = (rows: TrigramRows): string[] =>
    Object.values(rows).flatMap((list) => list.map(([l]) => l));

  /** Languages franc knows by their script alone (Greek, Thai…): no trigram model. */
  const scriptOnly = SCRIPT_EXPRESSIONS.map(([name]) => name);
  test.each([
    ['MUNICIPAL_TRIGRAMS', MUNICIPAL_TRIGRAMS, MUNICIPAL_LANGUAGES],
    ['WORLD_TRIGRAMS', WORLD_TRIGRAMS, WORLD_LANGUAGES.filter((l) => !scriptOnly.includes(l))],
  ] as const)('%s holds exactly its languages', (_, rows, languages) => {
    expect(new Set(languagesOf(rows))).toEqual(new Set(languages));
  });

  test.each([
    ...Object.entries(MUNICIPAL_TRIGRAMS).map(([script, rows]) => ['franc', script, rows, data] as const),
    ...Object.entries(WORLD_TRIGRAMS).map(([script, rows]) => ['franc-all', script, rows, allData] as const),
  ])(
    'models of %s’s script %s are its own, at its rank',
    (_, script, rows, source: Record<string, Record<string, string>>) => {
      const francModels = Object.entries(source[script] ?? {});
      // Stored without franc's '|' separators: every trigram is 3 UTF-16 units.
      // The municipal data leaves the models of MODEL_FREE_SCRIPTS out and cuts those of MODEL_LENGTHS.
      const municipalData = source === data;
      for (const [lang, rank, model] of rows) {
        const [francLang, francModel] = francModels[rank] ?? [];
        const length = !municipalData
          ? FULL_MODEL
          : MODEL_FREE_SCRIPTS.includes(script)
            ? 0
            : (MODEL_LENGTHS[`${script}:${lang}`] ?? FULL_MODEL);
        expect([lang, model.match(/[\s\S]{3}/g) ?? []]).toEqual([
          francLang,
          francModel?.split('|').slice(0, length),
        ]);
        expect(model.length % 3).toBe(0);
      }
    },
  );
});

describe(`franc-lite equals francAll(text, { only }) on ${inputs.length} texts`, () => {
  test.each([
    ['municipal data, municipal whitelist', municipal, [...MUNICIPAL_LANGUAGES]],
    ['municipal data, Scandinavian only', municipal, ['swe', 'nob', 'nno', 'dan']],
    ['municipal data, Arabic script only', municipal, ['arb', 'pes', 'prs']],
  ] as const)('%s', (_, lite, only) => {
    const mismatches = inputs
      .map((text) => ({ text, franc: francAll(text, { only: [...only] }), lite: lite.all(text, { only }) }))
      .filter(({ franc, lite: ours }) => JSON.stringify(franc) !== JSON.stringify(ours));
    expect(mismatches).toEqual([]);
  });

  test.each([
    ['world data, world scope', [...WORLD_LANGUAGES]],
    ['world data, Cyrillic and Polish', ['rus', 'ukr', 'srp', 'bos', 'bul', 'mkd', 'pol']],
  ] as const)('%s equals franc-all', (_, only) => {
    const mismatches = inputs
      .map((text) => ({
        text,
        franc: francAllLanguages(text, { only: [...only] }),
        lite: world.all(text, { only }),
      }))
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

  test.each([
    ['Општина је одговорна за вртиће, школе и бригу о старијим особама.', ['bos', 'srp']],
    ['ሰላም ንኹሉ ሰብ፣ እዚ ናይ ምምሕዳር ሓበሬታ እዩ።', ['tir']],
    ['די שטאָט איז פֿאַראַנטוואָרטלעך פֿאַר שולן.', ['ydd']],
  ])('the widget’s data: on a script without models (%j) every candidate alike', (text, langs) => {
    expect(widget.all(text)).toEqual(langs.map((lang) => [lang, 1]));
  });

  test('a single-language script is returned when `only` allows it, like franc', () => {
    const lite = createFrancLite(MUNICIPAL_TRIGRAMS);
    const text = '市は保育園、学校、高齢者介護を担当しています。';
    expect(lite.all(text, { only: ['jpn', 'swe'] })).toEqual(francAll(text, { only: ['jpn', 'swe'] }));
  });
});

describe('the Latin shortcut in topScript', () => {
  // topScript answers "Latin" as soon as Latin letters are more than half of a text, without running the
  // other scripts' expressions. That is franc's answer only if no character counts for Latin and for another
  // script too (then the shares add up to at most 1): checked here for every code point, and for each half
  // of a surrogate pair, since franc's expressions work on UTF-16 units.
  test('no character franc counts as Latin is counted for any other script', () => {
    const single = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));
    const latin = single(SCRIPT_EXPRESSIONS.find(([name]) => name === 'Latin')![1]);
    const others = SCRIPT_EXPRESSIONS.filter(([name]) => name !== 'Latin').map(
      ([name, re]) => [name, single(re)] as const,
    );
    const clashes: string[] = [];
    let latinCount = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!latin.test(ch)) continue;
      latinCount++;
      const parts = ch.length === 2 ? [ch, ch[0]!, ch[1]!] : [ch];
      for (const [name, re] of others)
        if (parts.some((p) => re.test(p))) clashes.push(`${cp.toString(16)} ${name}`);
    }
    expect(latinCount).toBeGreaterThan(1000);
    expect(clashes).toEqual([]);
  });

  /** franc's getTopScript: every expression counted, the first of equal shares wins. */
  function fullComparison(text: string): [string | undefined, number] {
    let best: [string | undefined, number] = [undefined, -1];
    for (const [name, re] of SCRIPT_EXPRESSIONS) {
      const share = (text.match(re)?.length ?? 0) / text.length || 0;
      if (share > best[1]) best = [name, share];
    }
    return best;
  }

  test.each([
    'Kommunen bokar tolk.',
    'Kommunen 2026: 1 234 567 890 kr',
    'Ett ord och العربية والفارسية',
    'abc متن',
    'Ä',
    '12345',
    '',
  ])('topScript(%j) is the full comparison’s answer', (text) => {
    expect(topScript(text)).toEqual(fullComparison(text));
  });

  test('topScript is the full comparison’s answer on every sample and fixture text', () => {
    const differ = inputs.filter((t) => JSON.stringify(topScript(t)) !== JSON.stringify(fullComparison(t)));
    expect(differ).toEqual([]);
  });
});
