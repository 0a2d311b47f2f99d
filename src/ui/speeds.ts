// The speeds every Lyssna UI offers (the widget's panel, the extension's popup, options and in-page panel),
// and how a speed is written.

/**
 * Steps a listener can tell apart: 0.25 apart up to 2, then 2.5 and 3 for practised listeners (the player's
 * whole range, MIN_RATE–MAX_RATE). One list, so a speed chosen in the extension's popup is also a choice in
 * its in-page panel, and a site's data-rate snaps to a speed the panel shows.
 */
export const RATE_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/** The nearest offered speed. */
export function snapRate(rate: number): number {
  let best: number = RATE_STEPS[0];
  for (const step of RATE_STEPS) if (Math.abs(step - rate) < Math.abs(best - rate)) best = step;
  return best;
}

/** 0.75 → "0,75×" with a decimal comma (Swedish), "0.75×" with a point. */
export function rateLabel(rate: number, decimal: string): string {
  return `${String(rate).replace('.', decimal)}×`;
}
