// The player's watchdog timing: every number with its reason (docs/speech-platform.md#watchdogs-and-timing).

export interface Timing {
  /** First utterance: cold starts took up to 11 s here (Firefox 9–11 s, Chromium 3–7 s). */
  firstStartMs: number;
  /** Later utterances start ~240 ms after the previous end; 5 s means the engine is stuck. */
  startMs: number;
  /** Slow speech rate at rate 1 (espeak/Google speak ~14–16 chars/s): a low guess avoids false alarms. */
  charsPerSecond: number;
  /** Added to twice the expected duration before the end watchdog fires. */
  endMarginMs: number;
  /** Chromium desktop remote voices die after ~15 s of one utterance; tick well before. */
  keepAliveMs: number;
  /** How long play() waits for a late voice list before speaking with `lang` only. */
  voicesWaitMs: number;
}

export const DEFAULT_TIMING: Timing = {
  firstStartMs: 15_000,
  startMs: 5_000,
  charsPerSecond: 10,
  endMarginMs: 3_000,
  keepAliveMs: 10_000,
  voicesWaitMs: 1_500,
};

/** Expected speaking time, the base of the end watchdog. */
export function expectedSpeechMs(chars: number, rate: number, timing: Timing): number {
  return (chars / (timing.charsPerSecond * rate)) * 1000;
}

/** The end watchdog: twice the expected time plus a margin, so only a lost `end` or a cut-off trips it. */
export function endWatchdogMs(chars: number, rate: number, timing: Timing): number {
  return expectedSpeechMs(chars, rate, timing) * 2 + timing.endMarginMs;
}
