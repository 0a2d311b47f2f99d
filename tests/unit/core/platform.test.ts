// Platform detection from real userAgent strings, and the speech decisions drawn from it.

import { expect, test } from 'vitest';
import { detectPlatform, keepAliveAllowed, nativePauseKnownToWork } from '../../../src/core/platform.ts';
import { UA } from '../../fakes/player-harness.ts';

test.each([
  ['Chrome/Linux', UA.chromeLinux, 'chrome', 'chromium', 'linux', false, true, false],
  ['Chrome/Windows', UA.chromeWindows, 'chrome', 'chromium', 'windows', false, true, true],
  ['Chrome/macOS', UA.chromeMac, 'chrome', 'chromium', 'macos', false, true, true],
  ['Chrome/Android', UA.chromeAndroid, 'chrome', 'chromium', 'android', true, false, false],
  ['Edge/Windows', UA.edgeWindows, 'edge', 'chromium', 'windows', false, false, false],
  ['Firefox/Linux', UA.firefoxLinux, 'firefox', 'gecko', 'linux', false, false, false],
  ['Firefox/Windows', UA.firefoxWindows, 'firefox', 'gecko', 'windows', false, false, false],
  ['Safari/macOS', UA.safariMac, 'safari', 'webkit', 'macos', false, false, true],
  ['Safari/iOS', UA.safariIos, 'safari', 'webkit', 'ios', true, false, false],
  ['empty userAgent', '', 'other', 'other', 'other', false, false, false],
])('%s', (_name, ua, browser, engine, os, mobile, keepAlive, nativePause) => {
  const p = detectPlatform(ua);
  expect(p).toEqual({ browser, engine, os, mobile });
  expect(keepAliveAllowed(p)).toBe(keepAlive);
  expect(nativePauseKnownToWork(p)).toBe(nativePause);
});
