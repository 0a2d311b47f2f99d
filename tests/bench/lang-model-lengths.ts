// Chooses MODEL_LENGTHS (src/lang/model-lengths.ts): how many of franc's trigrams each municipal model keeps,
// by a greedy search on the tuning half of dev.jsonl; prints both halves. Run: npx tsx tests/bench/lang-model-lengths.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { data } from 'franc/data.js';
import { MUNICIPAL_TRIGRAMS, type TrigramRows } from '../../src/lang/data/trigrams.generated.ts';
import { createLanguageDetector } from '../../src/lang/detect.ts';
import { createFrancLite } from '../../src/lang/franc-lite.ts';
import { MUNICIPAL_LANGUAGES } from '../../src/lang/languages.ts';
import { FULL_MODEL, MODEL_LENGTHS } from '../../src/lang/model-lengths.ts';

const DATA_DIR = process.env.LYSSNA_LANG_DATA ?? join(import.meta.dirname, '../../../shared/data/lang');
const DATA = join(DATA_DIR, 'dev.jsonl');
/** Lengths tried for each model, shortest first. */
const LENGTHS = [100, 150, 200, 250];
/** Length buckets of the README's language table. */
const BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [0, 20],
  [20, 35],
  [35, 70],
  [70, 150],
  [150, Number.POSITIVE_INFINITY],
];
/** Points a bucket may lose against whole models (the mean over buckets may not drop at all). */
const BUCKET_SLACK = 0.3;
/** Points "declared right" and "declared wrong" may lose against whole models. */
const DECLARED_SLACK = 0.1;
/** Texts this long or longer are judged with a declared language too (the prior needs some text). */
const DECLARED_MIN_CHARS = 30;
/**
 * Models left whole. Serbian (Latin): cut to 100 it gains most on dev.jsonl (Bosnian and Croatian texts stop
 * reading as Serbian) but a declared Serbian sentence in ekavian then reads as Croatian
 * (tests/unit/lang/detect.test.ts): a page's declaration must stand.
 */
const KEEP_WHOLE = ['Latin:srp'];

interface Row {
  lang: string;
  text: string;
}

if (!existsSync(DATA)) {
  console.log(`${DATA} is absent: nothing to tune.`);
  process.exit(0);
}
const municipal = (r: Row): boolean => (MUNICIPAL_LANGUAGES as readonly string[]).includes(r.lang);
const rows = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
// The same halves as lang.bench.ts: even lines tune, odd lines report.
const tune = rows.filter((_, i) => i % 2 === 0).filter(municipal);
const report = rows.filter((_, i) => i % 2 === 1).filter(municipal);

type Lengths = Record<string, number>;
const key = (script: string, lang: string): string => `${script}:${lang}`;

/** The generated rows with franc's models cut to `lengths` (empty models stay empty). */
function cut(lengths: Lengths): TrigramRows {
  return Object.fromEntries(
    Object.entries(MUNICIPAL_TRIGRAMS).map(([script, list]) => [
      script,
      list.map(([lang, rank, stored]) => {
        const whole = stored === '' ? '' : Object.values(data[script]!)[rank]!.replaceAll('|', '');
        return [lang, rank, whole.slice(0, 3 * (lengths[key(script, lang)] ?? FULL_MODEL))] as const;
      }),
    ]),
  );
}

/** Accuracy per bucket, then declared right and declared wrong (prior sv, en for Swedish texts). */
function accuracy(set: readonly Row[], lengths: Lengths): number[] {
  const detect = createLanguageDetector(createFrancLite(cut(lengths)));
  const ok = BUCKETS.map(() => 0);
  const n = BUCKETS.map(() => 0);
  let long = 0;
  let right = 0;
  let wrong = 0;
  for (const r of set) {
    const b = BUCKETS.findIndex(([lo, hi]) => r.text.length >= lo && r.text.length < hi);
    n[b]!++;
    if (detect(r.text).iso3 === r.lang) ok[b]!++;
    if (r.text.length < DECLARED_MIN_CHARS) continue;
    long++;
    if (detect(r.text, { prior: r.lang }).iso3 === r.lang) right++;
    if (detect(r.text, { prior: r.lang === 'swe' ? 'en' : 'sv' }).iso3 === r.lang) wrong++;
  }
  return [...ok.map((o, i) => (100 * o) / n[i]!), (100 * right) / long, (100 * wrong) / long];
}

const bucketMean = (acc: number[]): number =>
  acc.slice(0, BUCKETS.length).reduce((a, b) => a + b, 0) / BUCKETS.length;
const show = (acc: number[]): string => acc.map((x) => x.toFixed(1).padStart(5)).join(' ');

const whole = accuracy(tune, {});
let best = whole;
const lengths: Lengths = {};
const models = Object.entries(MUNICIPAL_TRIGRAMS).flatMap(([script, list]) =>
  list.filter(([, , stored]) => stored !== '').map(([lang]) => key(script, lang)),
);
console.log('tuning half: <20 20–35 35–70 70–150 150+ | declared right, wrong (%)');
console.log(`whole models      ${show(whole)}`);
// Passes until no model can be cut further: one cut can make room for another.
for (let cutOne = true; cutOne; ) {
  cutOne = false;
  for (const model of models.filter((m) => !KEEP_WHOLE.includes(m))) {
    for (const length of LENGTHS.filter((l) => l < (lengths[model] ?? FULL_MODEL))) {
      const trial = { ...lengths, [model]: length };
      const acc = accuracy(tune, trial);
      const holds = acc.every(
        (x, i) => x >= whole[i]! - (i < BUCKETS.length ? BUCKET_SLACK : DECLARED_SLACK),
      );
      if (holds && bucketMean(acc) >= bucketMean(best)) {
        Object.assign(lengths, trial);
        best = acc;
        cutOne = true;
        console.log(`${`${model} ${length}`.padEnd(18)}${show(acc)}`);
        break;
      }
    }
  }
}
const gz = (l: Lengths): number => gzipSync(JSON.stringify(cut(l)), { level: 9 }).length;
console.log(`\nsuggested MODEL_LENGTHS: ${JSON.stringify(lengths)}`);
console.log(`in src/lang/model-lengths.ts: ${JSON.stringify(MODEL_LENGTHS)}`);
console.log(`models gzip: whole ${gz({})} B, suggested ${gz(lengths)} B`);
console.log(`tuning half    whole ${show(whole)}  →  suggested ${show(best)}`);
console.log(
  `reporting half whole ${show(accuracy(report, {}))}  →  suggested ${show(accuracy(report, lengths))}`,
);
