// Extraction yardstick: our extractor vs @mozilla/readability 0.6.0 on real pages with gold text (WCXB dev,
// Dragnet dev, Readability's own test pages), bag-of-words P/R/F1 and median time, plus linear growth.
// Usage: npx tsx tests/bench/extraction.bench.ts [--limit N] [--set wcxb-dev|dragnet-dev|readability]
//        [--no-rdb] [--losers N] (the N tuning-half pages losing most precision, with the blocks that are
//        not gold) [--worst N] (the N tuning-half pages where we trail Readability most) [--json FILE]
// Every set is reported in two halves by a stable hash of the page id (tests/bench/extraction-data.ts):
// rules and learned weights are tuned on the tuning half only; the held-out half shows whether they generalise.
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../../src/cli/input.ts';
import { extractArticle } from '../../src/extract/index.ts';
import {
  DATA,
  type DevPage,
  dataPresent,
  loadPage,
  median,
  type Score,
  SETS,
  score,
  setIds,
  words,
} from './extraction-data.ts';

/** The growth check repeats one page's body this many times (time per copy should stay flat). */
const GROWTH_FACTORS = [1, 10, 20];
/** Timing repeats for the growth check (median taken), after warm-up runs so the JIT is not measured. */
const GROWTH_RUNS = 7;
const GROWTH_WARMUP = 3;
/** A block sharing less than this share of its words with the gold is "extra" text (diagnostics only). */
const EXTRA_BLOCK_OVERLAP = 0.5;

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(argOf('--limit') ?? Number.POSITIVE_INFINITY);
const onlySet = argOf('--set');
/** Skip Readability (faster iterations while tuning; its columns print as "-"). */
const noRdb = args.includes('--no-rdb');
const losers = Number(argOf('--losers') ?? 0);
const worst = Number(argOf('--worst') ?? 0);
/** Write every page's scores as JSON (to compare two runs page by page). */
const dump = argOf('--json');
const dumped: Record<string, unknown>[] = [];

/** Which of our blocks are mostly not gold text, and which "without" snippets we read (for --losers). */
function diagnose(blocks: string[], gold: string, without: string[]): { extra: string[]; leaked: string[] } {
  const g = words(gold);
  const extra: string[] = [];
  for (const b of blocks) {
    let n = 0;
    let hit = 0;
    for (const [w, c] of words(b)) {
      n += c;
      if (g.has(w)) hit += c;
    }
    if (n > 0 && hit / n < EXTRA_BLOCK_OVERLAP) extra.push(b.length > 120 ? `${b.slice(0, 117)}...` : b);
  }
  const text = blocks.join('\n').toLowerCase();
  const leaked = without.filter((w) => w.length > 0 && text.includes(w.toLowerCase()));
  return { extra, leaked };
}

function ours(html: string): { text: string; ms: number; blocks: string[] } {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const a = extractArticle(document as unknown as Document);
  const ms = performance.now() - t0;
  let blocks = a.blocks.map((b) => b.text);
  if (blocks.length > 0 && blocks[0] === a.title) blocks = blocks.slice(1); // the gold leaves the title out
  return { text: blocks.join('\n'), ms, blocks };
}

/** The CLI's DOM (jsdom): its live collections are slow where linkedom's are not, so it is timed too. */
function oursInCli(html: string): { ms: number } {
  const document = parseDocument(html);
  const t0 = performance.now();
  extractArticle(document);
  return { ms: performance.now() - t0 };
}

function readability(html: string): { text: string; ms: number } {
  if (noRdb) return { text: '', ms: Number.NaN };
  const { document } = parseHTML(html);
  const t0 = performance.now();
  let text = '';
  try {
    text = new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    text = '';
  }
  return { text, ms: performance.now() - t0 };
}

interface Row {
  id: string;
  tune: boolean;
  /** Our blocks that share few words with the gold, and the gold's "without" snippets we read. */
  extra: string[];
  leaked: string[];
  type: string;
  ours: Score;
  rdb: Score;
  oursMs: number;
  rdbMs: number;
}

const NO_SCORE: Score = { p: Number.NaN, r: Number.NaN, f: Number.NaN };

function measure(page: DevPage): Row {
  const o = ours(page.html);
  const r = readability(page.html);
  const s = score(o.text, page.gold);
  const diag =
    losers > 0 && s.p < 1
      ? diagnose(o.blocks, page.gold, page.meta.without ?? [])
      : { extra: [], leaked: [] };
  return {
    id: page.id,
    tune: page.tune,
    ...diag,
    type: page.meta.page_type ?? (page.meta.synthetic ? 'synthetic' : 'real'),
    ours: s,
    rdb: noRdb ? NO_SCORE : score(r.text, page.gold),
    oursMs: o.ms,
    rdbMs: r.ms,
  };
}

function runSet(name: string): Row[] {
  const ids = setIds(name);
  if (!ids) {
    console.log(`(${name}: not found under ${DATA})`);
    return [];
  }
  return ids.slice(0, limit).map((id) => measure(loadPage(name, id)));
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '  -  ').padStart(7);

function mean(rows: Row[], pick: (r: Row) => number): number {
  return rows.length ? rows.reduce((s, r) => s + pick(r), 0) / rows.length : Number.NaN;
}

function printHeader(): void {
  console.log(
    `${pad('set', 26)}${'pages'.padStart(6)} | ${'ours P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)} ${'ms'.padStart(7)}` +
      ` | ${'rdb P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)} ${'ms'.padStart(7)} | ${'time'.padStart(6)}`,
  );
}

function printRow(g: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const om = median(rows.map((r) => r.oursMs));
  const rm = median(rows.map((r) => r.rdbMs));
  console.log(
    `${pad(g, 26)}${String(rows.length).padStart(6)} | ` +
      `${num(mean(rows, (r) => r.ours.p))}${num(mean(rows, (r) => r.ours.r))}${num(mean(rows, (r) => r.ours.f))} ${num(om, 1)}` +
      ` | ${num(mean(rows, (r) => r.rdb.p))}${num(mean(rows, (r) => r.rdb.r))}${num(mean(rows, (r) => r.rdb.f))} ${num(rm, 1)}` +
      ` | ${Number.isFinite(rm) ? `${(om / rm).toFixed(2)}×`.padStart(6) : '     -'}`,
  );
}

/** One group in three rows: both halves together, the tuning half, the held-out half. */
function printGroup(name: string, rows: Row[]): void {
  printRow(name, rows);
  printRow(
    '  tuning half',
    rows.filter((r) => r.tune),
  );
  printRow(
    '  held-out half',
    rows.filter((r) => !r.tune),
  );
}

function printLosers(name: string, rows: Row[]): void {
  if (losers > 0) {
    const lose = rows
      .filter((r) => r.tune && r.ours.p < 1)
      .sort((a, b) => a.ours.p - b.ours.p)
      .slice(0, losers);
    console.log(`\nPrecision losers (${name}, tuning half): ${lose.length}`);
    for (const r of lose) {
      console.log(`  ${r.id} ${r.type} P${num(r.ours.p)} R${num(r.ours.r)} F1${num(r.ours.f)}`);
      for (const w of r.leaked) console.log(`      without: ${w}`);
      for (const b of r.extra.slice(0, 12)) console.log(`      extra: ${b}`);
    }
  }
  if (worst > 0) {
    console.log(`\nWorst against Readability (${name}, tuning half):`);
    const w = rows
      .filter((r) => r.tune)
      .sort((a, b) => a.ours.f - a.rdb.f - (b.ours.f - b.rdb.f))
      .slice(0, worst);
    for (const r of w)
      console.log(
        `  ${r.id} ${r.type} ours ${num(r.ours.f)} (P${num(r.ours.p)} R${num(r.ours.r)}) rdb ${num(r.rdb.f)}`,
      );
  }
}

function growth(): void {
  const ids = setIds('wcxb-dev');
  if (!ids) return;
  // A mid-sized article page, picked by rule (the first article whose HTML is 100–300 kB), not by hand.
  for (const id of ids) {
    const page = loadPage('wcxb-dev', id);
    const html = page.html;
    if (page.meta.page_type !== 'article' || html.length < 100_000 || html.length > 300_000) continue;
    const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
    if (!m) continue;
    const time = (h: string, f: (h: string) => { ms: number }) => {
      for (let i = 0; i < GROWTH_WARMUP; i++) f(h);
      return median(Array.from({ length: GROWTH_RUNS }, () => f(h).ms));
    };
    console.log(
      `\nLinear growth: wcxb-dev page ${id} (${(html.length / 1000).toFixed(0)} kB), its body repeated k times`,
    );
    console.log(
      `${pad('k', 6)}${'ours ms'.padStart(10)}${'per copy'.padStart(10)}${'rdb ms'.padStart(10)}${'per copy'.padStart(10)}${'CLI ms'.padStart(10)}${'per copy'.padStart(10)}`,
    );
    for (const k of GROWTH_FACTORS) {
      const big = html.replace(m[1]!, m[1]!.repeat(k));
      const o = time(big, ours);
      const r = time(big, readability);
      const c = time(big, oursInCli);
      console.log(
        `${pad(`${k}×`, 6)}${num(o, 1).padStart(10)}${num(o / k, 2).padStart(10)}${num(r, 1).padStart(10)}${num(r / k, 2).padStart(10)}${num(c, 1).padStart(10)}${num(c / k, 2).padStart(10)}`,
      );
    }
    return;
  }
}

function main(): void {
  console.log(
    'Extraction: ours vs @mozilla/readability 0.6.0 (linkedom DOM; bag-of-words P/R/F1 means over pages, median ms;',
  );
  console.log("time = our median / Readability's; halves by a stable hash of the page id)");
  if (!dataPresent()) {
    console.log(
      `The extraction data is absent (looked in ${DATA}; set LYSSNA_EXTRACTION_DATA): nothing to measure.`,
    );
    return;
  }
  for (const set of SETS) {
    if (onlySet && onlySet !== set) continue;
    const rows = runSet(set);
    if (rows.length === 0) continue;
    console.log('');
    printHeader();
    if (set === 'wcxb-dev') {
      printGroup(
        'wcxb-dev articles',
        rows.filter((r) => r.type === 'article'),
      );
      printGroup(
        'wcxb-dev other types',
        rows.filter((r) => r.type !== 'article'),
      );
      for (const t of [...new Set(rows.map((r) => r.type))].sort())
        if (t !== 'article')
          printRow(
            `  ${t}`,
            rows.filter((r) => r.type === t),
          );
    } else if (set === 'readability') {
      printGroup('readability (gold = its own)', rows);
      printRow(
        '  real pages',
        rows.filter((r) => r.type !== 'synthetic'),
      );
      printRow(
        '  synthetic',
        rows.filter((r) => r.type === 'synthetic'),
      );
    } else {
      printGroup(set, rows);
    }
    printLosers(set, rows);
    for (const r of rows)
      dumped.push({ set, id: r.id, tune: r.tune, type: r.type, ours: r.ours, rdb: r.rdb, ms: r.oursMs });
  }
  if (dump) writeFileSync(dump, JSON.stringify(dumped));
  if (!onlySet) growth();
}

main();
