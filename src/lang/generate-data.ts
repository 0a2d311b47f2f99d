// Build step: cut franc's full trigram data down to Lyssna's languages, so the widget ships ~15 kB, not ~110 kB.
// Run: `npx tsx src/lang/generate-data.ts` (writes src/lang/data/trigrams.generated.ts for the widget and
// src/lang/data/world-trigrams.generated.ts, from franc-all's data, for the extension and the CLI).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { data as allData } from 'franc-all/data.js';
import { MUNICIPAL_LANGUAGES } from './languages.ts';
import { MODEL_FREE_SCRIPTS } from './model-free-scripts.ts';
import { FULL_MODEL, MODEL_LENGTHS } from './model-lengths.ts';
import { scriptShift, shiftDown, unshift } from './model-shift.ts';
import { scriptProperty } from './script-properties.ts';
import { WORLD_LANGUAGES } from './world-languages.ts';

const OUT = join(import.meta.dirname, 'data', 'trigrams.generated.ts');
const WORLD_OUT = join(import.meta.dirname, 'data', 'world-trigrams.generated.ts');

/** UTF-16 units per trigram in franc's models. */
const TRIGRAM_UNITS = 3;

/** Per script: [language, franc's position of the language within that script, trigram model]. */
type Rows = Record<string, Array<[string, number, string]>>;

/**
 * franc's models are '|'-joined trigrams of exactly 3 UTF-16 units each, so the separators carry nothing:
 * the models are stored without them (~2 kB less gzip in the widget) and cut every 3 units at load.
 */
function packed(lang: string, model: string): string {
  const trigrams = model.split('|');
  const odd = trigrams.find((t) => t.length !== 3);
  if (odd !== undefined)
    throw new Error(`franc's ${lang} model has a trigram of ${odd.length} units: ${odd}`);
  return trigrams.join('');
}

/** `modelFree`: scripts whose languages are kept (listed, ranked) with an empty model. */
function pick(
  languages: readonly string[],
  source: Record<string, Record<string, string>> = data,
  modelFree: readonly string[] = [],
  lengths: Readonly<Record<string, number>> = {},
): Rows {
  const rows: Rows = {};
  const found = new Set<string>();
  // Languages franc knows by their script alone (Greek, Thai, Korean…) have no trigram model.
  for (const name of Object.keys(expressions)) if (!SCRIPTS_WITH_MODELS.includes(name)) found.add(name);
  for (const [script, models] of Object.entries(source)) {
    // The rank keeps franc's language order: franc breaks distance ties by that order (stable sort).
    Object.entries(models).forEach(([lang, model], rank) => {
      if (!languages.includes(lang)) return;
      const list = rows[script] ?? [];
      list.push([
        lang,
        rank,
        modelFree.includes(script)
          ? ''
          : packed(lang, model).slice(0, TRIGRAM_UNITS * (lengths[`${script}:${lang}`] ?? FULL_MODEL)),
      ]);
      rows[script] = list;
      found.add(lang);
    });
  }
  const missing = languages.filter((l) => !found.has(l));
  if (missing.length > 0) throw new Error(`franc has no trigram data for: ${missing.join(', ')}`);
  return rows;
}

/** Scripts franc has trigram models for; every other script name in its expressions is itself a language. */
const SCRIPTS_WITH_MODELS = Object.keys(data);

function francVersion(name = 'franc'): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** A string literal with every unit past ASCII as an escape, so the control characters of a shifted model show. */
function literal(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A model as written in the generated file: as it is, or shifted down with the call that shifts it back. */
function modelToTs(lang: string, model: string, shift: number): string {
  if (shift === 0) return JSON.stringify(model);
  const stored = shiftDown(model, shift);
  if (unshift(stored, shift) !== model)
    throw new Error(`${lang}'s model does not survive its shift by ${shift}`);
  return `unshift(${literal(stored)}, ${shift})`;
}

/**
 * `shifted`: store scripts far outside ASCII shifted down (the widget's data: its output is ASCII-only). The
 * world data is left as franc-all writes it: the extension's output is UTF-8, and shifting its 23 scripts back
 * would cost every load of it a pass over 90 kB.
 */
function rowsToTs(rows: Rows, shifted: boolean): string {
  const scripts = Object.entries(rows).map(([script, list]) => {
    const shift = shifted ? scriptShift(list.map(([, , model]) => model)) : 0;
    const items = list.map(
      ([lang, rank, model]) => `    [${JSON.stringify(lang)}, ${rank}, ${modelToTs(lang, model, shift)}],`,
    );
    return `  ${JSON.stringify(script)}: [\n${items.join('\n')}\n  ],`;
  });
  return `{\n${scripts.join('\n')}\n}`;
}

const expressionLines = Object.entries(expressions).map(
  ([name, re]) => `  [${JSON.stringify(name)}, /${scriptProperty(name, re)}/gu],`,
);

const out = `// GENERATED by src/lang/generate-data.ts from franc ${francVersion()}: do not edit, regenerate with
// \`npx tsx src/lang/generate-data.ts\`. Trigram models (most frequent first) for Lyssna's languages only,
// some cut (MODEL_LENGTHS in src/lang/model-lengths.ts), empty for the scripts the detector settles without
// them (MODEL_FREE_SCRIPTS in src/lang/model-free-scripts.ts). Scripts far outside ASCII are stored shifted
// down (src/lang/model-shift.ts) and shifted back here, on load.
import { unshift } from '../model-shift.ts';

/** Per script: [ISO 639-3, franc's rank of the language within the script, trigram model: 3 UTF-16 units per trigram, most frequent first]. */
export type TrigramRows = Readonly<Record<string, ReadonlyArray<readonly [string, number, string]>>>;

/**
 * franc's script expressions, in franc's order (the first script wins a tie), as the Unicode scripts they
 * count (src/lang/script-properties.ts checks each against franc's ranges on every code point).
 */
export const SCRIPT_EXPRESSIONS: ReadonlyArray<readonly [string, RegExp]> = [
${expressionLines.join('\n')}
];

/** Scripts franc has trigram models for; every other script name is itself a language code. */
export const SCRIPTS_WITH_MODELS: readonly string[] = ${JSON.stringify(SCRIPTS_WITH_MODELS)};

/** The widget's languages (MUNICIPAL_LANGUAGES). */
export const MUNICIPAL_TRIGRAMS: TrigramRows = ${rowsToTs(pick(MUNICIPAL_LANGUAGES, data, MODEL_FREE_SCRIPTS, MODEL_LENGTHS), true)};
`;

// franc-all's models for the extension's world scope; scripts as in franc's expressions above (franc-all's
// extra scripts, e.g. Tibetan or Cherokee, name no language of the scope).
const worldOut = `// GENERATED by src/lang/generate-data.ts from franc-all ${francVersion('franc-all')}: do not edit, regenerate with
// \`npx tsx src/lang/generate-data.ts\`. Trigram models for the extension's world scope (WORLD_LANGUAGES).
import type { TrigramRows } from './trigrams.generated.ts';

/** Every trigram-modelled language of WORLD_LANGUAGES, at franc-all's rank within its script. */
export const WORLD_TRIGRAMS: TrigramRows = ${rowsToTs(pick(WORLD_LANGUAGES, allData as Record<string, Record<string, string>>), false)};
`;

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, out);
console.log(`wrote ${OUT} (${Buffer.byteLength(out)} bytes)`);
writeFileSync(WORLD_OUT, worldOut);
console.log(`wrote ${WORLD_OUT} (${Buffer.byteLength(worldOut)} bytes)`);
