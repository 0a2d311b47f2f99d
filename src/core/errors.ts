// Player errors as values: a typed code, its fatality and the language concerned. Codes, not words: each UI
// says them in its own words (the widget's src/ui/i18n.ts; the extension and the npm core's users through
// errorMessages in error-messages.ts), so the widget's player carries no second copy of them.

import type { PlayerError, PlayerErrorCode } from './player-types.ts';

/** Errors that stop reading; the others are notices while reading goes on. */
const FATAL: ReadonlySet<PlayerErrorCode> = new Set([
  'not-allowed',
  'engine-failed',
  'no-speech-support',
  'empty-plan',
]);

/** Build the error value for a code (lang: the language concerned, for voice errors). */
export function playerError(code: PlayerErrorCode, lang?: string): PlayerError {
  const error: PlayerError = { code, fatal: FATAL.has(code) };
  if (lang !== undefined) error.lang = lang;
  return error;
}
