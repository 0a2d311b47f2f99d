// Language detection: accuracy of franc (all languages), franc (whitelist) and Lyssna by language and length,
// the tuning of PRIOR_MARGIN and SHORT_BLOCK_CHARS on one half of dev.jsonl, the world scope against franc-all
// on world-dev.jsonl.gz (lang-world.ts), and the size of Lyssna's data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { franc } from 'franc';
import { letterCount, SHORT_BLOCK_CHARS } from '../../src/lang/block-langs.ts';
import {
  MUNICIPAL_TRIGRAMS,
  SCRIPT_EXPRESSIONS,
  type TrigramRows,
} from '../../src/lang/data/trigrams.generated.ts';
import { WORLD_TRIGRAMS } from '../../src/lang/data/world-trigrams.generated.ts';
import {
  createLanguageDetector,
  DETECT_MIN_LENGTH,
  municipalFrancLite,
  PRIOR_MARGIN,
} from '../../src/lang/detect.ts';
import { detectWorldLanguage } from '../../src/lang/detect-world.ts';
import { iso3ToBcp47, MUNICIPAL_LANGUAGES } from '../../src/lang/languages.ts';
import { WORLD_LANGUAGES } from '../../src/lang/world-languages.ts';
import { benchWorld } from './lang-world.ts';

/** The shared data sets, beside the repository (LYSSNA_LANG_DATA to point elsewhere). */
const DATA_DIR = process.env.LYSSNA_LANG_DATA ?? join(import.meta.dirname, '../../../shared/data/lang');
const DATA = join(DATA_DIR, 'dev.jsonl');
const FRANC_DATA = 'node_modules/franc/data.js';
const BUCKETS: ReadonlyArray<[string, number, number]> = [
  ['<20', 0, 20],
  ['20–35', 20, 35],
  ['35–70', 35, 70],
  ['70–150', 70, 150],
  ['150+', 150, Number.POSITIVE_INFINITY],
];
/** Margins tried for PRIOR_MARGIN. */
const MARGINS = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3];
/**
 * SHORT_BLOCK_CHARS criterion: the shortest length from which detection against a wrong declaration reaches
 * this share of its accuracy on long (150+) texts; shorter blocks do better borrowing a neighbour's language.
 */
const PLATEAU_SHARE = 0.9;
/** Length bins for that criterion: 10 letters wide (fewer is too noisy at ~150 texts a bin), every 5. */
const LENGTH_STEP = 5;
const LENGTH_WINDOW = 10;

interface Row {
  lang: string;
  kind: string;
  text: string;
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const padEnd = (s: string, n: number): string => s.padEnd(n);
const pct = (ok: number, n: number): string => (n === 0 ? '—' : `${((100 * ok) / n).toFixed(1)}%`);

function sizes(): void {
  const expressions = SCRIPT_EXPRESSIONS.map(([n, r]) => `${n}${r.source}`).join('\n');
  const measure = (label: string, text: string): void => {
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    const br = brotliCompressSync(text).length;
    console.log(`${padEnd(label, 44)}${pad(raw, 9)}${pad(gz, 9)}${pad(br, 9)}`);
  };
  const json = (rows: TrigramRows): string => JSON.stringify(rows);
  console.log('\n## Trigram data size (bytes)\n');
  console.log(`${padEnd('data', 44)}${pad('raw', 9)}${pad('gzip', 9)}${pad('brotli', 9)}`);
  measure(
    `widget: ${MUNICIPAL_LANGUAGES.length} municipal languages + scripts`,
    json(MUNICIPAL_TRIGRAMS) + expressions,
  );
  measure(`extension: world scope (${WORLD_LANGUAGES.length} languages)`, json(WORLD_TRIGRAMS));
  if (existsSync(FRANC_DATA))
    measure('franc 6.2.0 full data.js (187 languages)', readFileSync(FRANC_DATA, 'utf8'));
}

sizes();
benchWorld(join(DATA_DIR, 'world-dev.jsonl.gz'));

if (!existsSync(DATA)) {
  console.log(`\n${DATA} is absent: no municipal accuracy numbers.`);
  process.exit(0);
}

const rows: Row[] = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
// Hold-out: even lines tune the constants, odd lines report. Nothing below is reported on the tuning half.
const tune = rows.filter((_, i) => i % 2 === 0);
const report = rows.filter((_, i) => i % 2 === 1);
console.log(
  `\n${DATA}: ${rows.length} texts; tuning on the even lines (${tune.length}), reporting on the odd (${report.length}).`,
);

// --- Tuning (tune half) -----------------------------------------------------------------------------------
const wrongPrior = (lang: string): string => (lang === 'swe' ? 'en' : 'sv');
const longTune = tune.filter((r) => letterCount(r.text) >= SHORT_BLOCK_CHARS);
console.log(
  `\n## PRIOR_MARGIN on the tuning half (texts of ≥ ${SHORT_BLOCK_CHARS} letters, n=${longTune.length})`,
);
console.log('declared right: prior = the true language; declared wrong: prior = sv (en for Swedish texts)\n');
console.log(`${pad('margin', 8)}${pad('right', 9)}${pad('wrong', 9)}${pad('mean', 9)}`);
let bestMargin = PRIOR_MARGIN;
let bestMean = -1;
for (const margin of MARGINS) {
  const detect = createLanguageDetector(municipalFrancLite, { priorMargin: margin });
  let right = 0;
  let wrong = 0;
  for (const r of longTune) {
    if (detect(r.text, { prior: r.lang }).iso3 === r.lang) right++;
    if (detect(r.text, { prior: wrongPrior(r.lang) }).iso3 === r.lang) wrong++;
  }
  const mean = (right + wrong) / (2 * longTune.length);
  if (mean > bestMean + 1e-9) {
    bestMean = mean;
    bestMargin = margin;
  }
  console.log(
    `${pad(margin.toFixed(2), 8)}${pad(pct(right, longTune.length), 9)}${pad(pct(wrong, longTune.length), 9)}${pad(pct(mean, 1), 9)}`,
  );
}
console.log(`best mean at margin ${bestMargin} (PRIOR_MARGIN in src/lang/detect.ts is ${PRIOR_MARGIN})`);

console.log(
  '\n## SHORT_BLOCK_CHARS on the tuning half: accuracy by letters, declared language wrong vs none',
);
console.log(
  `criterion: shortest length reaching ${PLATEAU_SHARE} × the 150+ accuracy with a wrong declaration\n`,
);
const withWrong = (r: Row): boolean => detectLanguageOf(r, wrongPrior(r.lang));
function detectLanguageOf(r: Row, prior: string | null): boolean {
  return createDefault(r.text, prior) === r.lang;
}
const defaultDetector = createLanguageDetector(municipalFrancLite);
function createDefault(text: string, prior: string | null): string {
  return defaultDetector(text, { prior }).iso3;
}
const municipal = (r: Row): boolean => (MUNICIPAL_LANGUAGES as readonly string[]).includes(r.lang);
const plateauRows = tune.filter((r) => municipal(r) && letterCount(r.text) >= 150);
const plateau = plateauRows.filter(withWrong).length / Math.max(plateauRows.length, 1);
console.log(`${pad('letters', 8)}${pad('n', 6)}${pad('wrong', 9)}${pad('none', 9)}`);
let suggested: number | null = null;
for (let from = 5; from < 80; from += LENGTH_STEP) {
  const bin = tune.filter((r) => {
    const letters = letterCount(r.text);
    return municipal(r) && letters >= from && letters < from + LENGTH_WINDOW;
  });
  const wrong = bin.filter(withWrong).length;
  const none = bin.filter((r) => detectLanguageOf(r, null)).length;
  if (suggested === null && bin.length > 0 && wrong / bin.length >= PLATEAU_SHARE * plateau) suggested = from;
  console.log(
    `${pad(`${from}–${from + LENGTH_WINDOW - 1}`, 8)}${pad(bin.length, 6)}${pad(pct(wrong, bin.length), 9)}${pad(pct(none, bin.length), 9)}`,
  );
}
console.log(
  `150+: ${pct(plateau, 1)} with a wrong declaration; suggested SHORT_BLOCK_CHARS ≈ ${suggested ?? '—'}`,
);
console.log(`(SHORT_BLOCK_CHARS in src/lang/block-langs.ts is ${SHORT_BLOCK_CHARS})`);

console.log(
  '\n## DETECT_MIN_LENGTH on the tuning half (municipal-language texts under 12 characters, no prior)\n',
);
const tiny = tune.filter((r) => municipal(r) && r.text.length < 12);
for (const minLength of [1, 2, 3, 4, 5, 6, 8, 10]) {
  const detect = createLanguageDetector(municipalFrancLite, { minLength });
  const ok = tiny.filter((r) => detect(r.text).iso3 === r.lang).length;
  console.log(`${pad(minLength, 4)}${pad(pct(ok, tiny.length), 9)}`);
}
console.log(`(n=${tiny.length}; DETECT_MIN_LENGTH in src/lang/detect.ts is ${DETECT_MIN_LENGTH})`);

// --- Report (held-out half) -------------------------------------------------------------------------------
type Detector = (text: string) => string;
const whitelist = [...MUNICIPAL_LANGUAGES];
const detectors: ReadonlyArray<[string, Detector]> = [
  ['franc all', (t) => franc(t)],
  ['franc wl', (t) => franc(t, { only: whitelist })],
  ['Lyssna', (t) => defaultDetector(t).iso3],
  ['Lyssna all', (t) => detectWorldLanguage(t).iso3],
];
const started = performance.now();
const answers = report.map((r) => detectors.map(([, detect]) => detect(r.text)));
const elapsed = performance.now() - started;

function table(title: string, groups: ReadonlyArray<[string, (r: Row) => boolean]>): void {
  console.log(`\n## ${title} (held-out half; ISO 639-3 exact; "voice" = Lyssna's BCP 47 tag right)\n`);
  const cols = [...detectors.map(([name]) => name), 'voice'];
  console.log(`${padEnd('', 10)}${pad('n', 6)}${cols.map((c) => pad(c, 11)).join('')}`);
  for (const [label, match] of groups) {
    const idx = report.map((r, i) => (match(r) ? i : -1)).filter((i) => i >= 0);
    const cells = detectors.map((_, d) => idx.filter((i) => answers[i]![d] === report[i]!.lang).length);
    const voice = idx.filter((i) => iso3ToBcp47(answers[i]![2]!) === iso3ToBcp47(report[i]!.lang)).length;
    console.log(
      `${padEnd(label, 10)}${pad(idx.length, 6)}${[...cells, voice].map((ok) => pad(pct(ok, idx.length), 11)).join('')}`,
    );
  }
}
const languages = [...new Set(report.map((r) => r.lang))];
table('Accuracy by language', [
  ...languages.map((lang): [string, (r: Row) => boolean] => [lang, (r) => r.lang === lang]),
  ['all', () => true],
  ['municipal', municipal],
]);
table(
  'Accuracy by length (chars)',
  BUCKETS.map(([label, lo, hi]): [string, (r: Row) => boolean] => [
    label,
    (r) => r.text.length >= lo && r.text.length < hi,
  ]),
);
table(
  'Accuracy by length, municipal languages only (deu is outside the whitelist)',
  BUCKETS.map(([label, lo, hi]): [string, (r: Row) => boolean] => [
    label,
    (r) => municipal(r) && r.text.length >= lo && r.text.length < hi,
  ]),
);
const same = report.filter((r, i) => municipalFrancLite.detect(r.text) === answers[i]![1]).length;
console.log(
  `\nfranc-lite (generated data) = franc with the whitelist on ${same} of ${report.length} held-out texts`,
);
const longReport = report.filter((r) => letterCount(r.text) >= SHORT_BLOCK_CHARS);
const declaredRight = longReport.filter((r) => detectLanguageOf(r, r.lang)).length;
const declaredWrong = longReport.filter(withWrong).length;
console.log(
  `\n## PRIOR_MARGIN = ${PRIOR_MARGIN} on the held-out half (texts of ≥ ${SHORT_BLOCK_CHARS} letters, n=${longReport.length})\n`,
);
console.log(
  `declared right ${pct(declaredRight, longReport.length)}, declared wrong ${pct(declaredWrong, longReport.length)}`,
);
console.log(`\n${report.length} texts × ${detectors.length} detectors in ${(elapsed / 1000).toFixed(1)} s`);
