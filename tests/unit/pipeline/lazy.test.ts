// Lazy segments: a page plan whose blocks are cut into segments when first read is the same plan, and the
// player starts on it without reading the later blocks (the click on "Lyssna" only pays for the first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { initialState, type MachineEvent, transition } from '../../../src/core/machine.ts';
import type { ReadingPlan } from '../../../src/core/plan.ts';
import { buildPagePlan, fillPlan, segmentsReady } from '../../../src/pipeline.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const names = readdirSync(PAGES).sort();
const opened: LoadedPage[] = [];

function page(name: string): Document {
  const loaded = loadHtml(readFileSync(join(PAGES, name, 'page.html'), 'utf8'));
  opened.push(loaded);
  return loaded.document;
}

afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

/** Which blocks have had their segments computed. */
const ready = (plan: ReadingPlan) => plan.blocks.map((b) => segmentsReady(b));

describe.each(names)('%s', (name) => {
  const doc = page(name);
  const lexicon = { kommunen: 'kommunen', Lyssna: 'lüssna' };

  test('the lazy plan equals the eager plan, block by block and as JSON', () => {
    const eager = buildPagePlan(doc, { lexicon }).plan;
    const lazy = buildPagePlan(doc, { lexicon, lazySegments: true }).plan;
    expect(ready(lazy).some(Boolean)).toBe(false);
    expect(lazy).toEqual(eager);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(ready(lazy).every(Boolean)).toBe(true);
  });

  test('fillPlan computes blocks in reading order until time runs out, then finishes', () => {
    const lazy = buildPagePlan(doc, { lazySegments: true }).plan;
    let budget = 2;
    expect(fillPlan(lazy, () => budget-- > 0)).toBe(lazy.blocks.length <= 2);
    expect(ready(lazy)).toEqual(lazy.blocks.map((_, i) => i < 2));
    expect(fillPlan(lazy, () => true)).toBe(true);
    expect(ready(lazy).every(Boolean)).toBe(true);
  });

  test('slice after slice, fillPlan goes on where it stopped, past blocks the reader jumped to first', () => {
    const lazy = buildPagePlan(doc, { lazySegments: true }).plan;
    const last = lazy.blocks.length - 1;
    void lazy.blocks[last]!.segments; // the reader jumped to the end before the fill got there
    const pending = ready(lazy).filter((r) => !r).length;
    let slices = 0;
    while (!fillPlan(lazy, oneBlockPerSlice())) slices++;
    expect(ready(lazy).every(Boolean)).toBe(true);
    // One pending block per slice (the last slice finishes): ready blocks, the jumped-to one included, are
    // never cut again.
    expect(slices).toBe(Math.max(0, pending - 1));
  });
});

/** A slice that has time for exactly one block. */
const oneBlockPerSlice = () => {
  let calls = 0;
  return () => calls++ === 0;
};

describe('the player core on a lazy plan', () => {
  const doc = page('budget-lang-artikel');
  const eager = buildPagePlan(doc).plan;
  const voice = { id: 'sv', name: 'Alva', lang: 'sv-SE', localService: true, default: true };
  const events = (plan: ReadingPlan): MachineEvent[] => [
    { type: 'load', plan },
    { type: 'voices-loaded', voices: [voice] },
    { type: 'play' },
  ];

  test('loading and starting to speak reads only the first block', () => {
    const lazy = buildPagePlan(doc, { lazySegments: true }).plan;
    let state = initialState();
    for (const e of events(lazy)) state = transition(state, e).state;
    expect(state.status).toBe('playing');
    expect(ready(lazy).filter(Boolean)).toHaveLength(1);
  });

  const progress = (plan: ReadingPlan) => {
    let state = initialState();
    for (const e of events(plan)) state = transition(state, e).state;
    const generation = state.generation;
    const out = [
      { type: 'utterance-start', generation },
      { type: 'utterance-end', generation },
    ] as MachineEvent[];
    const found: { done: number; total: number }[] = [];
    for (const e of out) {
      const step = transition(state, e);
      state = step.state;
      for (const fx of step.effects)
        if (fx.type === 'emit' && fx.event.type === 'progress') found.push(fx.event);
    }
    return found;
  };

  test('progress on a lazy plan estimates the total from the text, forcing no later block', () => {
    const total = eager.blocks.reduce((n, b) => n + b.segments.length, 0);
    expect(total).toBeGreaterThan(100);
    expect(progress(eager)).toEqual([{ type: 'progress', block: 0, segment: 0, done: 1, total }]);
    const lazy = buildPagePlan(doc, { lazySegments: true }).plan;
    const [first] = progress(lazy);
    // Only the block read and the one reading moves on to were cut, not the page's hundreds.
    expect(ready(lazy).filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(first!.done).toBe(1);
    expect(first!.total / total).toBeGreaterThan(0.5);
    expect(first!.total / total).toBeLessThan(1.5);
  });

  test('once every block is cut, the total is exact', () => {
    const lazy = buildPagePlan(doc, { lazySegments: true }).plan;
    fillPlan(lazy, () => true);
    expect(progress(lazy)).toEqual(progress(eager));
  });
});
