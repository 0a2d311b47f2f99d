// The test plan builder (tests/fakes/simple-plan.ts) that the player's tests and benchmarks read.

import { expect, test } from 'vitest';
import { MAX_SEGMENT_CHARS } from '../../../src/core/plan.ts';
import { planFromParagraphs } from '../../fakes/simple-plan.ts';

test.each([
  ['two sentences', 'Hej på dig. Hur mår du?', ['Hej på dig.', 'Hur mår du?']],
  ['no split before a lower-case word', 'Det kostar ca. tio kronor.', ['Det kostar ca. tio kronor.']],
  ['quotes and exclamation', 'Hon sa ”Kom hit!” Sedan gick hon.', ['Hon sa ”Kom hit!”', 'Sedan gick hon.']],
  [
    'digits start a sentence',
    'Året var slut. 2027 börjar bygget.',
    ['Året var slut.', '2027 börjar bygget.'],
  ],
  ['Swedish capitals', 'Vi ses. Åke kommer också.', ['Vi ses.', 'Åke kommer också.']],
  ['whitespace collapsed', '  Ett.\n\n  Två  tre. ', ['Ett.', 'Två tre.']],
])('%s', (_name, text, expected) => {
  const plan = planFromParagraphs([{ text, lang: 'sv' }]);
  const block = plan.blocks[0]!;
  expect(block.segments.map((s) => s.spoken)).toEqual(expected);
  for (const s of block.segments) expect(block.text.slice(s.start, s.end)).toBe(s.spoken);
});

test('long sentences are cut at a space within MAX_SEGMENT_CHARS', () => {
  const long = `${'ord '.repeat(120).trim()}.`;
  const segs = planFromParagraphs([{ text: long, lang: 'sv' }]).blocks[0]!.segments;
  expect(segs.length).toBe(3);
  for (const s of segs) {
    expect(s.spoken.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    expect(s.spoken).toMatch(/^ord/);
  }
  expect(segs.map((s) => s.spoken).join(' ')).toBe(long);
});

test('empty paragraphs are dropped; plan lang is the first block language', () => {
  const plan = planFromParagraphs([
    { text: '   ', lang: 'en' },
    { text: 'Hej.', lang: 'sv', kind: 'heading' },
  ]);
  expect(plan.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', 'Hej.']]);
  expect(plan.lang).toBe('sv');
});
