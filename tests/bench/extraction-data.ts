// The shared extraction dev data (../shared/data/extraction) for benches and the training script: where it
// is, how to read a page, WCXB's bag-of-words score, and the stable tuning/held-out split of every set.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The shared data sits beside the repository (`../shared`); LYSSNA_EXTRACTION_DATA points elsewhere. */
export const DATA =
  process.env.LYSSNA_EXTRACTION_DATA ??
  resolve(dirname(new URL(import.meta.url).pathname), '../../../shared/data/extraction');

/** The dev sets, in report order. */
export const SETS = ['wcxb-dev', 'dragnet-dev', 'readability'] as const;

export interface PageMeta {
  id: string;
  page_type?: string;
  encoding?: string;
  title?: string;
  synthetic?: boolean;
  /** WCXB: snippets the body must not contain. */
  without?: string[];
}

export interface DevPage {
  set: string;
  id: string;
  meta: PageMeta;
  html: string;
  gold: string;
  /** In the tuning half (see `tuningHalf`). */
  tune: boolean;
}

/**
 * The tuning half: the top bit of FNV-1a of the page id is 0. Stable across runs and machines, independent
 * of the order of index.json. Not the lowest bit: FNV-1a's parity is only the XOR of the characters' low
 * bits, and Dragnet's own dev/test split is that parity, so every dragnet-dev page would land in one half.
 */
export function tuningHalf(id: string): boolean {
  let h = 0x811c9dc5;
  const s = id;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 31 === 0;
}

export function dataPresent(): boolean {
  return existsSync(DATA);
}

export function setIds(set: string): string[] | null {
  const index = join(DATA, set, 'index.json');
  if (!existsSync(index)) return null;
  return (JSON.parse(readFileSync(index, 'utf8')) as { ids: string[] }).ids;
}

function decode(buf: Buffer, encoding: string | undefined): string {
  try {
    return new TextDecoder(encoding || 'utf-8').decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

export function loadPage(set: string, id: string): DevPage {
  const dir = join(DATA, set, 'pages', id);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as PageMeta;
  const html = decode(gunzipSync(readFileSync(join(dir, 'source.html.gz'))), meta.encoding);
  const gold = readFileSync(join(dir, 'gold.txt'), 'utf8');
  return { set, id, meta, html, gold, tune: tuningHalf(id) };
}

/** WCXB's metric: lower-case, runs of letters and digits, multiset overlap. */
export function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

export interface Score {
  p: number;
  r: number;
  f: number;
}

export function score(predicted: string, gold: string): Score {
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

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
