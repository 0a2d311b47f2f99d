// May speech still start when the player arrives after the reader's click? Each engine's rule, measured or
// documented in docs/widget-loader.md.

import { detectPlatform } from '../src/core/platform.ts';

/**
 * HTML's transient activation: a click lets the page do gesture-only things for a few seconds (Chrome and
 * Firefox: 5 s). Used only where navigator.userActivation is missing.
 */
export const TRANSIENT_ACTIVATION_MS = 5_000;

/**
 * Chromium checks sticky activation for speak() (any click on the page before, however long ago: measured in
 * Chromium 156, speech started 15 s after the click with userActivation.isActive false); Firefox needs no
 * click at all. WebKit (Safari, and every iOS browser) wants speech started inside the gesture itself, so a
 * player that arrives after it may only start while the activation is still live; otherwise the reader is
 * asked to press once more.
 */
export function canStartSpeechNow(
  userAgent: string,
  activation: { isActive: boolean } | undefined,
  msSinceClick: number,
): boolean {
  if (detectPlatform(userAgent).engine !== 'webkit') return true;
  return activation ? activation.isActive : msSinceClick < TRANSIENT_ACTIVATION_MS;
}
