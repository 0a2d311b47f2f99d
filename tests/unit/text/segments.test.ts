import { describe, expect, test } from 'vitest';
import { MAX_SEGMENT_CHARS, type Segment, spokenToDisplay } from '../../../src/core/plan.ts';
import { buildSegments } from '../../../src/text/segments.ts';
import { budgetGold } from './gold.ts';
import { expectValidMap } from './map-properties.ts';

/** Words as the voice reports them: runs of letters and digits, with inner "-" or ":" ("snabel-a", "8:30"). */
const SPOKEN_WORD = /[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu;

function isReplacement(p: {
  spokenStart: number;
  spokenEnd: number;
  displayStart: number;
  displayEnd: number;
}) {
  return p.spokenEnd - p.spokenStart !== p.displayEnd - p.displayStart;
}

/** The word's display text: itself, or a source it was expanded from ("kl." for "klockan"). */
function expectWordHighlights(block: string, seg: Segment, word: string, at: number): void {
  const r = spokenToDisplay(seg, at, at + word.length);
  expect(r.start).toBeGreaterThanOrEqual(seg.start);
  expect(r.end).toBeLessThanOrEqual(seg.end);
  const shown = block.slice(r.start, r.end);
  if (shown === word || shown.replace(/\s/gu, '') === word) return;
  const sources = (seg.map ?? [])
    .filter((p) => p.spokenStart < at + word.length && p.spokenEnd > at)
    .filter((p) => isReplacement(p) || p.spokenEnd - p.spokenStart === word.length)
    .map((p) => block.slice(p.displayStart, p.displayEnd).trim());
  expect(sources.length, `"${word}" → "${shown}"`).toBeGreaterThan(0);
  for (const source of sources) expect(shown, `"${word}" → "${shown}"`).toContain(source);
}

describe('segments of the budget article', () => {
  const blocks = budgetGold.text.map((text, i) => [i, text] as const);

  test.each(blocks)('block %i: one segment per gold sentence, each within the limit', (i, text) => {
    const segments = buildSegments(text, 'sv');
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(budgetGold.sentences[i]);
    for (const seg of segments) {
      expect(seg.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      expect(seg.spoken.trim()).toBe(seg.spoken);
      expect(seg.spoken.length).toBeGreaterThan(0);
      expect(seg.lang).toBe('sv');
      if (seg.map) expectValidMap(seg.spoken, seg.map, text, seg.start, seg.end);
      else expect(seg.spoken).toBe(text.slice(seg.start, seg.end));
    }
  });

  test.each(blocks)('block %i: every spoken word highlights itself or its source', (_i, text) => {
    for (const seg of buildSegments(text, 'sv')) {
      for (const m of seg.spoken.matchAll(SPOKEN_WORD)) expectWordHighlights(text, seg, m[0], m.index);
    }
  });
});

describe('segments', () => {
  test('map offsets are block offsets, not sentence offsets', () => {
    const block = 'Första meningen. Sedan kl. 18.00 i salen.';
    const segments = buildSegments(block, 'sv');
    expect(segments).toHaveLength(2);
    const second = segments[1]!;
    expect(second.spoken).toBe('Sedan klockan 18 i salen.');
    const at = second.spoken.indexOf('klockan');
    const r = spokenToDisplay(second, at, at + 'klockan'.length);
    expect(block.slice(r.start, r.end)).toBe('kl.');
    const h = second.spoken.indexOf('18');
    const t = spokenToDisplay(second, h, h + 2);
    expect(block.slice(t.start, t.end)).toBe('18.00');
  });

  test('a segment without changes carries no map', () => {
    const [seg] = buildSegments('Ingen föranmälan behövs.', 'sv');
    expect(seg).toEqual({ start: 0, end: 24, spoken: 'Ingen föranmälan behövs.', lang: 'sv' });
  });

  test('pieces with nothing to say are skipped', () => {
    expect(buildSegments('\u00AD', 'sv')).toEqual([]);
    expect(buildSegments('', 'sv')).toEqual([]);
    expect(buildSegments('Hej. \u200B', 'sv').map((s) => s.spoken)).toEqual(['Hej.']);
  });

  test('a 2 000-character run-on block stays within the limit and covers the block in order', () => {
    const block = `${'vi bygger ca 10 000 nya bostäder bl.a. i Ekbacken, '.repeat(40)}slut.`;
    expect(block.length).toBeGreaterThanOrEqual(2000);
    const segments = buildSegments(block, 'sv');
    for (const [k, seg] of segments.entries()) {
      expect(seg.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      if (k > 0) expect(seg.start).toBeGreaterThan(segments[k - 1]!.end);
    }
    expect(segments.map((s) => block.slice(s.start, s.end)).join(' ')).toBe(block);
  });

  test('the lexicon reaches the spoken text', () => {
    const [seg] = buildSegments('Välkommen till Lyssna.', 'sv', { lyssna: 'Lüssna' });
    expect(seg!.spoken).toBe('Välkommen till Lüssna.');
  });

  test('English blocks use English rules', () => {
    const segments = buildSegments('Call us, e.g. on 0980-319 200. We answer 08:30–16:00.', 'en');
    expect(segments.map((s) => s.spoken)).toEqual([
      'Call us, for example on 0 9 8 0, 3 1 9, 2 0 0.',
      'We answer 8:30 to 16 hundred.',
    ]);
  });
});
