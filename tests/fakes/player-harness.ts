// Test harness: a real player + Web Speech engine over the fake speechSynthesis, with event recording.

import { createWebSpeechEngine, type WebSpeechEngine } from '../../src/core/engines/web-speech.ts';
import type { Timing } from '../../src/core/machine.ts';
import type { ReadingPlan } from '../../src/core/plan.ts';
import { createPlayer, type LyssnaPlayer } from '../../src/core/player.ts';
import type { PlayerEvent, PlayerSettings } from '../../src/core/player-types.ts';
import {
  type FakeClock,
  type FakeSpeechOptions,
  type FakeSpeechSynthesis,
  fakeSpeech,
} from './fake-speech-synthesis.ts';
import { planFromParagraphs } from './simple-plan.ts';

export const UA = {
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
} as const;

/** Three Swedish paragraphs, 7 sentences, all distinct (no sentence is a suffix of another). */
export const SWEDISH_PARAGRAPHS = [
  {
    text:
      'Kommunen bygger en ny förskola i Norrby. Bygget börjar i mars och ska vara klart hösten 2027. ' +
      'Under byggtiden kan det bli buller och tung trafik på Skolvägen, särskilt på vardagar mellan klockan sju och fyra, så vi ber alla som bor i närheten att ha överseende med störningarna.',
    lang: 'sv',
  },
  { text: 'Har du frågor om bygget? Ring kommunens kontaktcenter på vardagar.', lang: 'sv' },
  { text: 'Läs mer om förskolan på vår webbplats. Tack för ditt tålamod!', lang: 'sv' },
];

export function swedishPlan(): ReadingPlan {
  return planFromParagraphs(SWEDISH_PARAGRAPHS, 'Ny förskola i Norrby');
}

export interface Harness {
  clock: FakeClock;
  synth: FakeSpeechSynthesis;
  engine: WebSpeechEngine;
  player: LyssnaPlayer;
  plan: ReadingPlan;
  events: PlayerEvent[];
  /** Advance fake time in small steps, letting promise callbacks (voice loading) run in between. */
  advance(ms: number): Promise<void>;
  /** Run until the player rests (ended/idle/error) or `maxMs` passes. */
  settle(maxMs?: number): Promise<void>;
  /** Ordinal (in the plan) of each utterance that actually started, in order. */
  startedOrdinals(): number[];
  /** Call `fn` `afterMs` after the first utterance of segment `ordinal` started. */
  whenStarted(ordinal: number, afterMs: number, fn: () => void): void;
  ordinalOf(block: number, segment: number): number;
}

export interface HarnessOptions {
  fake?: FakeSpeechOptions;
  ua?: string;
  timing?: Partial<Timing>;
  settings?: Partial<PlayerSettings>;
  plan?: ReadingPlan;
  voicesDeadlineMs?: number;
}

const STEP_MS = 10;

export function createHarness(opts: HarnessOptions = {}): Harness {
  const { clock, synth, Utterance } = fakeSpeech(opts.fake);
  const ua = opts.ua ?? UA.chromeLinux;
  const engine = createWebSpeechEngine(synth as unknown as SpeechSynthesis, Utterance, {
    platform: ua,
    timers: clock,
    now: () => clock.now,
    ...(opts.voicesDeadlineMs !== undefined ? { voicesDeadlineMs: opts.voicesDeadlineMs } : {}),
  });
  const player = createPlayer({
    engine,
    timers: clock,
    platform: ua,
    ...(opts.timing ? { timing: opts.timing } : {}),
    ...(opts.settings ? { settings: opts.settings } : {}),
  });
  const plan = opts.plan ?? swedishPlan();
  const events: PlayerEvent[] = [];
  for (const type of ['state', 'segment', 'word', 'progress', 'voice', 'error', 'ended'] as const) {
    player.on(type, (e) => events.push(e));
  }
  const segments = plan.blocks.flatMap((b) => b.segments);
  const starts: number[] = [];
  let n = 0;
  for (const b of plan.blocks) {
    starts.push(n);
    n += b.segments.length;
  }
  const ordinalOfText = (text: string): number => {
    const i = segments.findIndex((s) => s.spoken.endsWith(text));
    if (i < 0) throw new Error(`spoken text matches no segment: ${text}`);
    return i;
  };
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };
  const h: Harness = {
    clock,
    synth,
    engine,
    player,
    plan,
    events,
    async advance(ms) {
      for (let t = 0; t < ms; t += STEP_MS) {
        clock.advance(Math.min(STEP_MS, ms - t));
        await flush();
      }
    },
    async settle(maxMs = 600_000) {
      await flush();
      for (let t = 0; t < maxMs; t += STEP_MS * 10) {
        await h.advance(STEP_MS * 10);
        const s = player.status;
        if ((s === 'ended' || s === 'idle' || s === 'error') && clock.pending === 0) return;
      }
    },
    startedOrdinals: () => synth.spoken.filter((r) => r.startedAt !== null).map((r) => ordinalOfText(r.text)),
    whenStarted(ordinal, afterMs, fn) {
      const check = (): void => {
        if (synth.spoken.some((r) => r.startedAt !== null && ordinalOfText(r.text) === ordinal)) {
          clock.setTimeout(fn, afterMs);
        } else clock.setTimeout(check, STEP_MS);
      };
      check();
    },
    ordinalOf: (block, segment) => (starts[block] ?? 0) + segment,
  };
  player.load(plan);
  return h;
}
