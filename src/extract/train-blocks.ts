// `npm run train:extract`: learns the block filter (block-model.ts) from the TUNING halves of the shared
// dev sets (wcxb-dev, dragnet-dev; never the held-out halves, never readability, whose gold is Readability's
// own output) and writes the weights to block-weights.ts. Logistic regression, full-batch Adam, L2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DATA, dataPresent, loadPage, setIds, words } from '../../tests/bench/extraction-data.ts';
import { FEATURE_NAMES } from './block-features.ts';
import { keepMask } from './block-model.ts';
import { blocksForTraining } from './index.ts';

const SETS = ['wcxb-dev', 'dragnet-dev'];
/** A block is article text when at least this share of its words are in the gold. */
const GOLD_WORD_SHARE = 0.5;
const EPOCHS = 600;
const LEARNING_RATE = 0.05;
const L2 = 1e-3;
/** Thresholds tried on the tuning pages; the one with the best mean page F1 is kept. */
const THRESHOLDS = Array.from({ length: 13 }, (_, k) => 0.3 + k * 0.05);
/** Inside the story a block is dropped only below a lower threshold (0 = never). */
const INTERIOR_THRESHOLDS = [0, 0.1, 0.2];

interface Page {
  gold: Map<string, number>;
  blocks: string[];
  /** Index of the first block in the rows below. */
  from: number;
  /** Blocks the filter may drop (outside the densest prose). */
  prunable: boolean[];
  isTitle: boolean[];
}

/** WCXB's bag-of-words F1 of some blocks against a gold bag (as `score`, without re-reading the gold). */
function f1(blocks: string[], gold: Map<string, number>): number {
  const got = words(blocks.join('\n'));
  let n = 0;
  let g = 0;
  let both = 0;
  for (const c of got.values()) n += c;
  for (const [w, c] of gold) {
    g += c;
    both += Math.min(c, got.get(w) ?? 0);
  }
  if (g === 0) return n === 0 ? 1 : 0;
  if (n === 0 || both === 0) return 0;
  return (2 * both) / (n + g);
}

function main(): void {
  if (!dataPresent()) {
    console.log(`The extraction data is absent (looked in ${DATA}): nothing to train on.`);
    process.exitCode = 1;
    return;
  }
  const X: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  const pages: Page[] = [];
  for (const set of SETS) {
    for (const id of setIds(set) ?? []) {
      const page = loadPage(set, id);
      if (!page.tune) continue;
      const { document } = parseHTML(page.html);
      const { raw, features, prunable, isTitle } = blocksForTraining(document as unknown as Document);
      if (!prunable.some(Boolean)) continue;
      const gold = words(page.gold);
      const texts = raw.map((b) => b.display.text);
      const counts = texts.map((t) => [...words(t).values()].reduce((s, n) => s + n, 0));
      const pageWords = counts.reduce((s, n) => s + n, 0) || 1;
      pages.push({ gold, blocks: texts, from: X.length, prunable, isTitle });
      // Every block gets a row (so page offsets hold); only those the filter may drop are learned from.
      raw.forEach((_, i) => {
        let hit = 0;
        for (const [word, n] of words(texts[i]!)) if (gold.has(word)) hit += n;
        X.push(features[i]!);
        y.push(counts[i]! > 0 && hit / counts[i]! >= GOLD_WORD_SHARE ? 1 : 0);
        // Every page weighs the same; within it, a block weighs its words (the metric is bag-of-words).
        w.push(prunable[i] ? Math.max(1, counts[i]!) / pageWords : 0);
      });
    }
  }
  const d = FEATURE_NAMES.length;
  const n = X.length;
  const learnt = w.filter((v) => v > 0).length;
  const positive = y.filter((v, i) => v === 1 && w[i]! > 0).length;
  console.log(
    `${pages.length} tuning pages, ${learnt} blocks the filter may drop, ${positive} of them article text`,
  );

  const mean = Array.from({ length: d }, (_, k) => X.reduce((s, r) => s + r[k]!, 0) / n);
  const scale = Array.from({ length: d }, (_, k) => {
    const v = X.reduce((s, r) => s + (r[k]! - mean[k]!) ** 2, 0) / n;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const Z = X.map((r) => r.map((v, k) => (v - mean[k]!) / scale[k]!));
  const wsum = w.reduce((s, v) => s + v, 0);

  // Full-batch Adam on the weighted log-loss.
  const theta = new Array<number>(d + 1).fill(0);
  const m1 = new Array<number>(d + 1).fill(0);
  const m2 = new Array<number>(d + 1).fill(0);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      let z = theta[d]!;
      const zi = Z[i]!;
      for (let k = 0; k < d; k++) z += theta[k]! * zi[k]!;
      const err = (1 / (1 + Math.exp(-z)) - y[i]!) * w[i]!;
      for (let k = 0; k < d; k++) g[k]! += err * zi[k]!;
      g[d]! += err;
    }
    for (let k = 0; k <= d; k++) {
      const gk = g[k]! / wsum + (k < d ? L2 * theta[k]! : 0);
      m1[k] = 0.9 * m1[k]! + 0.1 * gk;
      m2[k] = 0.999 * m2[k]! + 0.001 * gk * gk;
      const mh = m1[k]! / (1 - 0.9 ** epoch);
      const vh = m2[k]! / (1 - 0.999 ** epoch);
      theta[k]! -= (LEARNING_RATE * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const prob = Z.map((zi) => {
    let z = theta[d]!;
    for (let k = 0; k < d; k++) z += theta[k]! * zi[k]!;
    return 1 / (1 + Math.exp(-z));
  });

  // The thresholds (story edges, inside) that give the best mean page F1 on the tuning pages.
  let best = { t: 0, inner: 0, f: -1 };
  const f0 = pages.reduce((s, p) => s + f1(p.blocks, p.gold), 0) / pages.length;
  for (const t of THRESHOLDS) {
    for (const inner of INTERIOR_THRESHOLDS) {
      if (inner > t) continue;
      let sum = 0;
      for (const p of pages) {
        const probs = p.blocks.map((_, i) => prob[p.from + i]!);
        const keep = keepMask(probs, p.prunable, p.isTitle, t, inner);
        const kept = p.blocks.filter((_, i) => keep[i]);
        sum += f1(kept.length ? kept : p.blocks, p.gold);
      }
      const f = sum / pages.length;
      if (f > best.f) best = { t, inner, f };
    }
  }
  console.log(`edge threshold ${best.t.toFixed(3)}, interior ${best.inner.toFixed(3)}`);
  console.log(`unfiltered ${f0.toFixed(4)} -> threshold ${best.t.toFixed(3)}: ${best.f.toFixed(4)}`);
  FEATURE_NAMES.forEach((name, k) => {
    console.log(`  ${name.padEnd(24)} ${theta[k]!.toFixed(3)}`);
  });

  const r = (v: number) => Number(v.toFixed(5));
  const out = `// Generated by \`npm run train:extract\` (src/extract/train-blocks.ts): do not edit by hand.
// Logistic regression over standardised block features, trained on the tuning halves of wcxb-dev and
// dragnet-dev (${pages.length} pages, ${learnt} blocks outside the densest prose); threshold chosen for the best mean page F1 there.

/** The features the weights belong to, in order: tests/unit/extract/block-model.test.ts checks them. */
export const BLOCK_MODEL_FEATURES = ${JSON.stringify(FEATURE_NAMES)} as string[];

export const BLOCK_MODEL = {
  mean: ${JSON.stringify(mean.map(r))} as number[],
  scale: ${JSON.stringify(scale.map(r))} as number[],
  weights: ${JSON.stringify(theta.slice(0, d).map(r))} as number[],
  bias: ${r(theta[d]!)},
  threshold: ${r(best.t)},
  interiorThreshold: ${r(best.inner)},
};
`;
  writeFileSync(join(import.meta.dirname, 'block-weights.ts'), out);
  console.log('wrote src/extract/block-weights.ts');
}

main();
