// The world scope (the extension, `--languages all`) against franc-all restricted to the same languages, on
// world-dev.jsonl.gz: macro accuracy per length bucket on a tuning and a reporting half, per language, with
// the page's declaration, and the tuning of detect-world.ts's constants (on the tuning half only).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { francAll } from 'franc-all';
import type { LanguageDetector } from '../../src/lang/detect.ts';
import { createWorldDetector, SHORT_TEXT_CHARS } from '../../src/lang/detect-world.ts';
import { UNSEEN_LOG_PROBABILITY, ZIPF_OFFSET } from '../../src/lang/trigram-likelihood.ts';
import { WORLD_LANGUAGES, worldIso3ToBcp47 } from '../../src/lang/world-languages.ts';

interface Row {
  tag: string;
  kind: string;
  text: string;
}

/** The yardstick's length buckets (characters); shorter texts are not reported. */
const BUCKETS: ReadonlyArray<readonly [string, number, number]> = [
  ['10–19', 10, 20],
  ['20–34', 20, 35],
  ['35–59', 35, 60],
  ['60–99', 60, 100],
  ['100–199', 100, 200],
  ['200+', 200, Number.POSITIVE_INFINITY],
];
/** Languages one voice family reads alike, counted as one as the yardstick says. */
const GROUP: Readonly<Record<string, string>> = { nn: 'nb', bs: 'hr', sr: 'hr' };
const grouped = (tag: string): string => GROUP[tag] ?? tag;

/** FNV-1a 32-bit. The data set is itself one half by this hash's lowest bit, so a higher bit splits it again. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
const SPLIT_BIT = 16;
const isTuning = (row: Row): boolean => ((fnv1a(row.text) >>> SPLIT_BIT) & 1) === 0;

const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)}%`);
const pad = (s: string | number, n: number): string => String(s).padStart(n);

type Answer = (row: Row) => string;

/** Macro accuracy (mean over languages) per bucket, and per language over all reported lengths. */
function score(rows: readonly Row[], answer: Answer): { buckets: number[]; perLang: Map<string, number> } {
  const right = rows.map((row) => grouped(answer(row)) === grouped(row.tag));
  const macro = (keep: (row: Row) => boolean): number => {
    const per = new Map<string, [number, number]>();
    rows.forEach((row, i) => {
      if (!keep(row)) return;
      const tally = per.get(grouped(row.tag)) ?? [0, 0];
      tally[0] += right[i] ? 1 : 0;
      tally[1]++;
      per.set(grouped(row.tag), tally);
    });
    const accuracies = [...per.values()].map(([ok, n]) => ok / n);
    return accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
  };
  const buckets = BUCKETS.map(([, lo, hi]) => macro((r) => r.text.length >= lo && r.text.length < hi));
  const perLang = new Map<string, number>();
  for (const tag of new Set(rows.map((r) => r.tag))) {
    const mine = rows.map((r, i) => [r, right[i]] as const).filter(([r]) => r.tag === tag);
    perLang.set(tag, mine.filter(([, ok]) => ok).length / mine.length);
  }
  return { buckets, perLang };
}

function bucketLine(label: string, buckets: readonly number[]): string {
  return `${label.padEnd(30)}${buckets.map((b) => pad(pct(b), 9)).join('')}`;
}

export function benchWorld(path: string): void {
  if (!existsSync(path)) {
    console.log(`\n${path} is absent: no world-scope accuracy numbers.`);
    return;
  }
  const rows: Row[] = gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => row.text.length >= BUCKETS[0]![1]);
  const tune = rows.filter(isTuning);
  const report = rows.filter((row) => !isTuning(row));
  console.log(
    `\n## World scope (${WORLD_LANGUAGES.length} languages) on ${path}\n${rows.length} texts of 10+ characters; tuning half ${tune.length}, reporting half ${report.length} (FNV-1a bit ${SPLIT_BIT}).`,
  );
  console.log('Macro accuracy over languages; nb/nn and bs/hr/sr count as one, as voices do.\n');

  const only = [...WORLD_LANGUAGES];
  const francAllAnswer: Answer = (row) => worldIso3ToBcp47(francAll(row.text, { only })[0]![0]);
  const lyssna = createWorldDetector();
  const detected =
    (detect: LanguageDetector): Answer =>
    (row) =>
      detect(row.text).bcp47;
  const declared: Answer = (row) => lyssna(row.text, { prior: row.tag }).bcp47;

  console.log('### Tuning (tuning half only)\n');
  console.log(`${''.padEnd(30)}${BUCKETS.map(([label]) => pad(label, 9)).join('')}`);
  for (const shortTextChars of [0, 60, 100, 200]) {
    const detect = createWorldDetector({ shortTextChars });
    console.log(bucketLine(`SHORT_TEXT_CHARS ${shortTextChars}`, score(tune, detected(detect)).buckets));
  }
  for (const zipfOffset of [1, 5, 20]) {
    for (const unseenLogProbability of [-9, -11]) {
      const detect = createWorldDetector({ zipfOffset, unseenLogProbability, shortTextChars: 200 });
      const { buckets } = score(tune, detected(detect));
      console.log(bucketLine(`Zipf offset ${zipfOffset}, unseen ${unseenLogProbability}`, buckets));
    }
  }
  console.log(
    `(SHORT_TEXT_CHARS ${SHORT_TEXT_CHARS}, ZIPF_OFFSET ${ZIPF_OFFSET}, UNSEEN_LOG_PROBABILITY ${UNSEEN_LOG_PROBABILITY}; the Zipf rows rank every text under 200)`,
  );

  /** Per language: franc-all and Lyssna on the tuning half, then on the reporting half. */
  const perLang: Map<string, number>[] = [];
  for (const [name, half] of [
    ['tuning half', tune],
    ['reporting half', report],
  ] as const) {
    console.log(`\n### Accuracy by length, ${name}\n`);
    console.log(`${''.padEnd(30)}${BUCKETS.map(([label]) => pad(label, 9)).join('')}`);
    const started = performance.now();
    const franc = score(half, francAllAnswer);
    const francMs = performance.now() - started;
    const mid = performance.now();
    const ours = score(half, detected(lyssna));
    const oursMs = performance.now() - mid;
    const withDeclared = score(half, declared);
    console.log(bucketLine('franc-all, same languages', franc.buckets));
    console.log(bucketLine('Lyssna (world scope)', ours.buckets));
    console.log(bucketLine('Lyssna, language declared', withDeclared.buckets));
    console.log(
      `(${half.length} texts: franc-all ${(francMs / 1000).toFixed(1)} s, Lyssna ${(oursMs / 1000).toFixed(1)} s)`,
    );
    perLang.push(franc.perLang, ours.perLang);
  }

  console.log('\n### Accuracy by language (texts of 10+ characters), weakest first on the reporting half\n');
  const [francTune, oursTune, francReport, oursReport] = perLang as [
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
  ];
  const tags = [...oursReport.keys()].sort((a, b) => (oursReport.get(a) ?? 0) - (oursReport.get(b) ?? 0));
  const cell = (tag: string): string =>
    `${tag.padEnd(4)}${[francTune, oursTune, francReport, oursReport].map((m) => pad(pct(m.get(tag) ?? 0), 7)).join('')}`;
  const header = `${'lang'.padEnd(4)}${['franc', 'Lyssna', 'franc', 'Lyssna'].map((h) => pad(h, 7)).join('')}`;
  console.log(`${header}   ${header}   (tuning half, then reporting half)`);
  for (let i = 0; i < tags.length; i += 2)
    console.log(
      tags
        .slice(i, i + 2)
        .map(cell)
        .join('   '),
    );
}
