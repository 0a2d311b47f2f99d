// Extraction yardstick: our extractor vs @mozilla/readability 0.6.0 on real pages with gold text
// (WCXB dev + Readability's own test pages), bag-of-words P/R/F1 and median time, plus linear growth.
// Usage: npx tsx tests/bench/extraction.bench.ts [--limit N] [--set wcxb-dev|readability] [--no-rdb]
//        [--losers N] (print the N article pages losing most precision, with the blocks that are not gold)
// wcxb-dev is also reported in two halves (ids sorted; even positions = the tuning half, odd = held out),
// so rules tuned on one half can be checked on the other.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/extract/index.ts';

const DATA = process.env.LYSSNA_EXTRACTION_DATA ?? '/work/shared/data/extraction';
/** Default page cap per set: the whole WCXB dev set takes a few minutes on two cores. */
const DEFAULT_LIMIT = Number.POSITIVE_INFINITY;
/** The growth check repeats one page's body this many times (time per copy should stay flat). */
const GROWTH_FACTORS = [1, 10, 20];
/** Timing repeats for the growth check (median taken), after warm-up runs so the JIT is not measured. */
const GROWTH_RUNS = 7;
const GROWTH_WARMUP = 3;

interface Meta {
  id: string;
  page_type?: string;
  encoding?: string;
  title?: string;
  synthetic?: boolean;
  /** WCXB: snippets the body must not contain. */
  without?: string[];
}

/** A block sharing less than this share of its words with the gold is "extra" text (diagnostics only). */
const EXTRA_BLOCK_OVERLAP = 0.5;

/** Which of our blocks are mostly not gold text, and which "without" snippets we read (for --losers). */
function diagnose(blocks: string[], gold: string, without: string[]): { extra: string[]; leaked: string[] } {
  const g = words(gold);
  const extra: string[] = [];
  for (const b of blocks) {
    const bw = words(b);
    let n = 0;
    let hit = 0;
    for (const [w, c] of bw) {
      n += c;
      if (g.has(w)) hit += c;
    }
    if (n > 0 && hit / n < EXTRA_BLOCK_OVERLAP) extra.push(b.length > 120 ? `${b.slice(0, 117)}...` : b);
  }
  const text = blocks.join('\n').toLowerCase();
  const leaked = without.filter((w) => w.length > 0 && text.includes(w.toLowerCase()));
  return { extra, leaked };
}

interface Score {
  p: number;
  r: number;
  f: number;
}

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(argOf('--limit') ?? DEFAULT_LIMIT);
const onlySet = argOf('--set');
/** Skip Readability (faster iterations while tuning; its columns print as "-"). */
const noRdb = args.includes('--no-rdb');
const losers = Number(argOf('--losers') ?? 0);

/** WCXB's metric: lower-case, runs of letters and digits, multiset overlap. */
function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

function score(predicted: string, gold: string): Score {
  const p = words(predicted);
  const g = words(gold);
  let np = 0;
  let ng = 0;
  let both = 0;
  for (const n of p.values()) np += n;
  for (const [w, n] of g) {
    ng += n;
    both += Math.min(n, p.get(w) ?? 0);
  }
  // An empty gold (a JS-only shell) is met only by an empty extraction.
  if (ng === 0) return np === 0 ? { p: 1, r: 1, f: 1 } : { p: 0, r: 1, f: 0 };
  if (np === 0) return { p: 0, r: 0, f: 0 };
  const pr = both / np;
  const rc = both / ng;
  return { p: pr, r: rc, f: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
}

function decode(buf: Buffer, encoding: string | undefined): string {
  try {
    return new TextDecoder(encoding || 'utf-8').decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
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

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Row {
  id: string;
  /** Position of the id in sorted order is even: the tuning half. */
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

function loadSet(name: string): { ids: string[]; dir: string } | null {
  const dir = join(DATA, name);
  if (!existsSync(join(dir, 'index.json'))) return null;
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { ids: string[] };
  return { ids: index.ids.slice(0, limit), dir };
}

function runSet(name: string): Row[] {
  const set = loadSet(name);
  if (!set) {
    console.log(`(${name}: not found under ${DATA})`);
    return [];
  }
  const rows: Row[] = [];
  const sorted = [...set.ids].sort();
  const tuneIds = new Set(sorted.filter((_, i) => i % 2 === 0));
  for (const id of set.ids) {
    const pageDir = join(set.dir, 'pages', id);
    const meta = JSON.parse(readFileSync(join(pageDir, 'meta.json'), 'utf8')) as Meta;
    const html = decode(gunzipSync(readFileSync(join(pageDir, 'source.html.gz'))), meta.encoding);
    const gold = readFileSync(join(pageDir, 'gold.txt'), 'utf8');
    const o = ours(html);
    const r = readability(html);
    const type = meta.page_type ?? (meta.synthetic ? 'synthetic' : 'real');
    const s = score(o.text, gold);
    const diag =
      losers > 0 && s.p < 1 ? diagnose(o.blocks, gold, meta.without ?? []) : { extra: [], leaked: [] };
    rows.push({
      id,
      tune: tuneIds.has(id),
      ...diag,
      type,
      ours: s,
      rdb: noRdb ? { p: Number.NaN, r: Number.NaN, f: Number.NaN } : score(r.text, gold),
      oursMs: o.ms,
      rdbMs: r.ms,
    });
  }
  return rows;
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '  -  ').padStart(7);

function mean(rows: Row[], pick: (r: Row) => number): number {
  return rows.length ? rows.reduce((s, r) => s + pick(r), 0) / rows.length : Number.NaN;
}

function printTable(title: string, groups: [string, Row[]][]): void {
  console.log(`\n${title}`);
  console.log(
    `${pad('group', 16)}${'pages'.padStart(6)} | ${'ours P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)} ${'ms'.padStart(7)}` +
      ` | ${'rdb P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)} ${'ms'.padStart(7)}`,
  );
  for (const [g, rows] of groups) {
    if (rows.length === 0) continue;
    console.log(
      `${pad(g, 16)}${String(rows.length).padStart(6)} | ` +
        `${num(mean(rows, (r) => r.ours.p))}${num(mean(rows, (r) => r.ours.r))}${num(mean(rows, (r) => r.ours.f))} ${num(median(rows.map((r) => r.oursMs)), 1)}` +
        ` | ${num(mean(rows, (r) => r.rdb.p))}${num(mean(rows, (r) => r.rdb.r))}${num(mean(rows, (r) => r.rdb.f))} ${num(median(rows.map((r) => r.rdbMs)), 1)}`,
    );
  }
}

function growth(): void {
  const set = loadSet('wcxb-dev');
  if (!set) return;
  // A mid-sized article page, picked by rule (the first article whose HTML is 100–300 kB), not by hand.
  for (const id of set.ids) {
    const pageDir = join(set.dir, 'pages', id);
    const meta = JSON.parse(readFileSync(join(pageDir, 'meta.json'), 'utf8')) as Meta;
    if (meta.page_type !== 'article') continue;
    const html = decode(gunzipSync(readFileSync(join(pageDir, 'source.html.gz'))), meta.encoding);
    if (html.length < 100_000 || html.length > 300_000) continue;
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
      `${pad('k', 6)}${'ours ms'.padStart(10)}${'per copy'.padStart(10)}${'rdb ms'.padStart(10)}${'per copy'.padStart(10)}`,
    );
    for (const k of GROWTH_FACTORS) {
      const page = html.replace(m[1]!, m[1]!.repeat(k));
      const o = time(page, ours);
      const r = time(page, readability);
      console.log(
        `${pad(`${k}×`, 6)}${num(o, 1).padStart(10)}${num(o / k, 2).padStart(10)}${num(r, 1).padStart(10)}${num(r / k, 2).padStart(10)}`,
      );
    }
    return;
  }
}

function main(): void {
  console.log(
    'Extraction: ours vs @mozilla/readability 0.6.0 (linkedom DOM; bag-of-words P/R/F1 means, median ms)',
  );
  if (!existsSync(DATA)) {
    console.log(`Data folder ${DATA} is absent: nothing to measure.`);
    return;
  }
  if (!onlySet || onlySet === 'wcxb-dev') {
    const rows = runSet('wcxb-dev');
    const types = [...new Set(rows.map((r) => r.type))].sort();
    printTable('wcxb-dev', [
      ['article', rows.filter((r) => r.type === 'article')],
      ['other types', rows.filter((r) => r.type !== 'article')],
      ['all types', rows],
      ...types
        .filter((t) => t !== 'article')
        .map((t): [string, Row[]] => [`  ${t}`, rows.filter((r) => r.type === t)]),
    ]);
    const arts = rows.filter((r) => r.type === 'article');
    printTable('wcxb-dev halves (ids sorted: even positions tune, odd positions held out)', [
      ['article tune', arts.filter((r) => r.tune)],
      ['article held', arts.filter((r) => !r.tune)],
      ['all tune', rows.filter((r) => r.tune)],
      ['all held', rows.filter((r) => !r.tune)],
    ]);
    if (losers > 0) {
      // Precision losers among tuning-half articles, weighted by how much F1 the extra text costs.
      const lose = arts
        .filter((r) => r.tune && r.ours.p < 1)
        .sort((a, b) => a.ours.p - b.ours.p)
        .slice(0, losers);
      console.log(`\nPrecision losers (tuning half, articles): ${lose.length}`);
      for (const r of lose) {
        console.log(`  ${r.id} P${num(r.ours.p)} R${num(r.ours.r)} F1${num(r.ours.f)}`);
        for (const w of r.leaked) console.log(`      without: ${w}`);
        for (const b of r.extra.slice(0, 12)) console.log(`      extra: ${b}`);
      }
    }
    if (args.includes('--worst')) {
      const worst = [...rows].sort((a, b) => a.ours.f - a.rdb.f - (b.ours.f - b.rdb.f)).slice(0, 40);
      for (const r of worst)
        console.log(
          `  ${r.id} ${r.type} ours ${num(r.ours.f)} (P${num(r.ours.p)} R${num(r.ours.r)}) rdb ${num(r.rdb.f)}`,
        );
    }
  }
  if (!onlySet || onlySet === 'readability') {
    const rows = runSet('readability');
    printTable('readability test pages', [
      ['real', rows.filter((r) => r.type !== 'synthetic')],
      ['synthetic', rows.filter((r) => r.type === 'synthetic')],
      ['all', rows],
    ]);
  }
  if (!onlySet) growth();
}

main();
