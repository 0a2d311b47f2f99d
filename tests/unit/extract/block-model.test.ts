// The committed block weights belong to today's features: a stale weights file must never ship (the widget
// does not carry the feature names to check this at run time).
import { expect, test } from 'vitest';
import { FEATURE_NAMES } from '../../../src/extract/block-features.ts';
import { BLOCK_MODEL, BLOCK_MODEL_FEATURES } from '../../../src/extract/block-weights.ts';

test('block-weights.ts was trained on FEATURE_NAMES, in order (else: npm run train:extract)', () => {
  expect(BLOCK_MODEL_FEATURES).toEqual([...FEATURE_NAMES]);
  for (const list of [BLOCK_MODEL.mean, BLOCK_MODEL.scale, BLOCK_MODEL.weights])
    expect(list).toHaveLength(FEATURE_NAMES.length);
});
