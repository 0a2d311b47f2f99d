// Shared checks for an offset map: the properties spokenToDisplay relies on.

import { expect } from 'vitest';
import type { OffsetPiece } from '../../../src/core/plan.ts';

/**
 * Pieces cover the spoken string exactly, in order, with no overlap; display ranges are in order, inside
 * [displayFrom, displayTo].
 */
export function expectValidMap(
  spoken: string,
  map: readonly OffsetPiece[],
  display: string,
  displayFrom = 0,
  displayTo = display.length,
): void {
  expect(map.length).toBeGreaterThan(0);
  expect(map[0]!.spokenStart).toBe(0);
  expect(map[map.length - 1]!.spokenEnd).toBe(spoken.length);
  let previous: OffsetPiece | null = null;
  for (const p of map) {
    expect(p.spokenEnd).toBeGreaterThan(p.spokenStart);
    expect(p.displayEnd).toBeGreaterThanOrEqual(p.displayStart);
    expect(p.displayStart).toBeGreaterThanOrEqual(displayFrom);
    expect(p.displayEnd).toBeLessThanOrEqual(displayTo);
    if (previous) {
      expect(p.spokenStart).toBe(previous.spokenEnd);
      expect(p.displayStart).toBeGreaterThanOrEqual(previous.displayEnd);
    }
    previous = p;
  }
}
