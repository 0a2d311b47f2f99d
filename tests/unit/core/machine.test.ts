// The player state machine as a table: (state built from events, event) → status + effects, in order.

import { describe, expect, test } from 'vitest';
import type { VoiceInfo } from '../../../src/core/engine.ts';
import {
  type Effect,
  initialState,
  type MachineConfig,
  type MachineEvent,
  type MachineState,
  transition,
} from '../../../src/core/machine.ts';
import type { ReadingPlan } from '../../../src/core/plan.ts';

const alva: VoiceInfo = { id: 'alva', name: 'Alva', lang: 'sv-SE', localService: true, default: true };
const klara: VoiceInfo = { id: 'klara', name: 'Klara', lang: 'sv-SE', localService: true, default: true };
const google: VoiceInfo = {
  id: 'g',
  name: 'Google svenska',
  lang: 'sv-SE',
  localService: false,
  default: false,
};

/** Two blocks; the last segment says "till exempel" for the displayed "t.ex." (an offset map). */
const PLAN: ReadingPlan = {
  title: 'Test',
  lang: 'sv',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Hej på dig. Det här är en mening!',
      lang: 'sv',
      segments: [
        { start: 0, end: 11, spoken: 'Hej på dig.', lang: 'sv' },
        { start: 12, end: 33, spoken: 'Det här är en mening!', lang: 'sv' },
      ],
    },
    {
      kind: 'paragraph',
      text: 'Ring t.ex. nu.',
      lang: 'sv',
      segments: [
        {
          start: 0,
          end: 14,
          spoken: 'Ring till exempel nu.',
          lang: 'sv',
          map: [
            { spokenStart: 0, spokenEnd: 5, displayStart: 0, displayEnd: 5 },
            { spokenStart: 5, spokenEnd: 17, displayStart: 5, displayEnd: 10 },
            { spokenStart: 17, spokenEnd: 21, displayStart: 10, displayEnd: 14 },
          ],
        },
      ],
    },
  ],
};

const LONG_TEXT = 'Kommunen bygger en ny förskola i Norrby och den blir klar snart.';
const LONG_PLAN: ReadingPlan = {
  title: '',
  lang: 'sv',
  blocks: [
    {
      kind: 'paragraph',
      text: LONG_TEXT,
      lang: 'sv',
      segments: [{ start: 0, end: 64, spoken: LONG_TEXT, lang: 'sv' }],
    },
  ],
};

const EMPTY_PLAN: ReadingPlan = {
  title: '',
  lang: 'sv',
  blocks: [
    { kind: 'paragraph', text: ' ', lang: 'sv', segments: [{ start: 0, end: 1, spoken: ' ', lang: 'sv' }] },
  ],
};

const load: MachineEvent = { type: 'load', plan: PLAN };
const voices = (...v: VoiceInfo[]): MachineEvent => ({ type: 'voices-loaded', voices: v });
const play: MachineEvent = { type: 'play' };
const start = (generation: number): MachineEvent => ({ type: 'utterance-start', generation });
const end = (generation: number): MachineEvent => ({ type: 'utterance-end', generation });
const word = (generation: number, charIndex: number, charLength?: number): MachineEvent =>
  charLength === undefined
    ? { type: 'utterance-boundary', generation, charIndex }
    : { type: 'utterance-boundary', generation, charIndex, charLength };
const fail = (
  generation: number,
  code: 'synthesis-failed' | 'not-allowed' | 'interrupted' | 'voice-unavailable' | 'text-too-long',
): MachineEvent => ({
  type: 'utterance-error',
  generation,
  code,
});

function deepFreeze<T>(value: T, skip: unknown = (value as { plan?: unknown }).plan): T {
  if (value && typeof value === 'object' && value !== skip && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v, skip);
  }
  return value;
}

function build(events: MachineEvent[], config: Partial<MachineConfig> = {}): MachineState {
  return events.reduce((s, e) => transition(s, e).state, initialState(config));
}

/** Effects as short readable lines; timer clears are left out unless asked for. */
function summary(effects: readonly Effect[], withClears = false): string[] {
  const out: string[] = [];
  for (const e of effects) {
    switch (e.type) {
      case 'speak':
        out.push(
          `speak g${e.generation} ${e.position.block}/${e.position.segment}@${e.offset} "${e.text}" ${e.voice?.name ?? 'lang-only'} x${e.rate}`,
        );
        break;
      case 'start-timer':
        out.push(`timer ${e.name} ${Math.round(e.ms)}`);
        break;
      case 'clear-timer':
        if (withClears) out.push(`clear ${e.name}`);
        break;
      case 'emit': {
        const v = e.event;
        if (v.type === 'state') out.push(`state ${v.previous}→${v.status}`);
        else if (v.type === 'segment' || v.type === 'word')
          out.push(`${v.type} ${v.block}/${v.segment} ${v.start}-${v.end}`);
        else if (v.type === 'progress') out.push(`progress ${v.done}/${v.total}`);
        else if (v.type === 'voice') out.push(`voice ${v.lang} ${v.voice?.name ?? 'none'}`);
        else if (v.type === 'error') out.push(`error ${v.error.code}${v.error.fatal ? ' fatal' : ''}`);
        else out.push(v.type);
        break;
      }
      default:
        out.push(e.type);
    }
  }
  return out;
}

const ready = [load, voices(alva, klara)];
const playing = [...ready, play]; // generation 1, "Hej på dig." sent, not started
const started = [...playing, start(1)];
const heardPa = [...started, word(1, 4)]; // the engine said "på"

interface Row {
  name: string;
  given: MachineEvent[];
  config?: Partial<MachineConfig>;
  when: MachineEvent;
  status: MachineState['status'];
  effects: string[];
  withClears?: boolean;
  /** The state changes although there are no effects. */
  changes?: boolean;
  /** Parts of the new state to check. */
  check?: Partial<MachineState>;
}

const ROWS: Row[] = [
  {
    name: 'play from idle speaks the first sentence with the best voice, first-start watchdog',
    given: ready,
    when: play,
    status: 'playing',
    effects: [
      'state idle→playing',
      'segment 0/0 0-11',
      'voice sv Alva',
      'speak g1 0/0@0 "Hej på dig." Alva x1',
      'timer start 15000',
    ],
  },
  {
    name: 'play before the voice list arrives waits for it (bounded)',
    given: [load],
    when: play,
    status: 'loading-voices',
    effects: ['state idle→loading-voices', 'timer voices 1500'],
  },
  {
    name: 'voices arriving while waiting start the reading',
    given: [load, play],
    when: voices(klara),
    status: 'playing',
    effects: [
      'state loading-voices→playing',
      'segment 0/0 0-11',
      'voice sv Klara',
      'speak g1 0/0@0 "Hej på dig." Klara x1',
      'timer start 15000',
    ],
  },
  {
    name: 'voice wait expired: speak with lang only',
    given: [load, play],
    when: { type: 'timer', name: 'voices', generation: 0 },
    status: 'playing',
    effects: [
      'state loading-voices→playing',
      'segment 0/0 0-11',
      'speak g1 0/0@0 "Hej på dig." lang-only x1',
      'timer start 15000',
    ],
  },
  {
    name: 'utterance start swaps the start watchdog for the end watchdog (duration × 2 + margin)',
    given: playing,
    when: start(1),
    status: 'playing',
    withClears: true,
    effects: ['clear start', 'timer end 5200'],
  },
  {
    name: 'end chains the next sentence (warm start watchdog)',
    given: started,
    when: end(1),
    status: 'playing',
    effects: [
      'progress 1/3',
      'segment 0/1 12-33',
      'speak g2 0/1@0 "Det här är en mening!" Alva x1',
      'timer start 5000',
    ],
  },
  {
    name: 'end of the last sentence ends the reading',
    given: [...started, end(1), start(2), end(2), start(3)],
    when: end(3),
    status: 'ended',
    effects: ['progress 3/3', 'state playing→ended', 'ended'],
  },
  {
    name: 'stale end (old generation) changes nothing',
    given: [...started, end(1)],
    when: end(1),
    status: 'playing',
    effects: [],
  },
  {
    name: 'stale boundary changes nothing',
    given: [...started, end(1)],
    when: word(1, 4),
    status: 'playing',
    effects: [],
  },
  {
    name: 'stale error (Chrome interrupted after our cancel) changes nothing',
    given: [...started, { type: 'pause' }],
    when: fail(1, 'interrupted'),
    status: 'paused',
    effects: [],
  },
  {
    name: 'late end after cancel (Firefox) changes nothing',
    given: [...started, { type: 'next-sentence' }],
    when: end(1),
    status: 'playing',
    effects: [],
  },
  {
    name: 'word boundary without charLength: length derived from the text, punctuation left out',
    given: started,
    when: word(1, 7),
    status: 'playing',
    effects: ['word 0/0 7-10'],
  },
  {
    name: 'word boundary inside a token ("-Vår" from "V"): the token from its start to the reported end',
    given: started,
    when: word(1, 5, 1),
    status: 'playing',
    effects: ['word 0/0 4-6'],
  },
  {
    name: 'word boundary with charLength 0 is derived too',
    given: started,
    when: word(1, 4, 0),
    status: 'playing',
    effects: ['word 0/0 4-6'],
  },
  {
    name: 'word in an expansion maps to the whole displayed abbreviation',
    given: [...started, end(1), start(2), end(2), start(3)],
    when: word(3, 10, 7),
    status: 'playing',
    effects: ['word 1/0 5-10'],
  },
  {
    name: 'soft pause cancels and remembers the last word',
    given: heardPa,
    when: { type: 'pause' },
    status: 'paused',
    effects: ['cancel', 'state playing→paused'],
  },
  {
    name: 'resume re-speaks from the last word heard',
    given: [...heardPa, { type: 'pause' }],
    when: { type: 'resume' },
    status: 'playing',
    effects: ['state paused→playing', 'speak g3 0/0@4 "på dig." Alva x1', 'timer start 5000'],
  },
  {
    name: 'resume without word boundaries re-speaks the sentence from its start',
    given: [...started, { type: 'pause' }],
    when: { type: 'resume' },
    status: 'playing',
    effects: ['state paused→playing', 'speak g3 0/0@0 "Hej på dig." Alva x1', 'timer start 5000'],
  },
  {
    name: 'native pause where known to work, for a local voice',
    given: started,
    config: { nativePause: true },
    when: { type: 'pause' },
    status: 'paused',
    effects: ['native-pause', 'state playing→paused'],
  },
  {
    name: 'native resume re-arms the end watchdog',
    given: [...started, { type: 'pause' }],
    config: { nativePause: true },
    when: { type: 'resume' },
    status: 'playing',
    effects: ['state paused→playing', 'native-resume', 'timer end 5200'],
  },
  {
    name: 'remote voices are soft-paused even where native pause works',
    given: [load, voices(google), play, start(1)],
    config: { nativePause: true },
    when: { type: 'pause' },
    status: 'paused',
    effects: ['cancel', 'state playing→paused'],
  },
  {
    name: 'keep-alive tick for a remote voice (Chromium desktop)',
    given: [load, voices(google), play, start(1)],
    config: { keepAlive: true },
    when: { type: 'timer', name: 'keepalive', generation: 1 },
    status: 'playing',
    effects: ['keep-alive', 'timer keepalive 10000'],
  },
  {
    name: 'no keep-alive once paused',
    given: [load, voices(google), play, start(1), { type: 'pause' }],
    config: { keepAlive: true },
    when: { type: 'timer', name: 'keepalive', generation: 1 },
    status: 'paused',
    effects: [],
  },
  {
    name: 'stop cancels and rests',
    given: started,
    when: { type: 'stop' },
    status: 'idle',
    effects: ['cancel', 'state playing→idle'],
  },
  {
    name: 'pagehide cancels and resets',
    given: started,
    when: { type: 'pagehide' },
    status: 'idle',
    effects: ['cancel', 'state playing→idle'],
  },
  {
    name: 'pagehide while idle changes nothing',
    given: ready,
    when: { type: 'pagehide' },
    status: 'idle',
    effects: [],
  },
  {
    name: 'not-allowed: error status, no automatic retry',
    given: playing,
    when: fail(1, 'not-allowed'),
    status: 'error',
    effects: ['error not-allowed fatal', 'cancel', 'state playing→error'],
  },
  {
    name: 'play again after not-allowed continues at the blocked sentence',
    given: [...playing, fail(1, 'not-allowed')],
    when: play,
    status: 'playing',
    effects: [
      'state error→playing',
      'segment 0/0 0-11',
      'speak g3 0/0@0 "Hej på dig." Alva x1',
      'timer start 15000',
    ],
  },
  {
    name: 'synthesis-failed: retry once with the same voice',
    given: playing,
    when: fail(1, 'synthesis-failed'),
    status: 'playing',
    effects: ['cancel', 'speak g3 0/0@0 "Hej på dig." Alva x1', 'timer start 15000'],
  },
  {
    name: 'synthesis-failed twice: another voice of the language',
    given: [...playing, fail(1, 'synthesis-failed')],
    when: fail(3, 'synthesis-failed'),
    status: 'playing',
    effects: ['cancel', 'voice sv Klara', 'speak g5 0/0@0 "Hej på dig." Klara x1', 'timer start 15000'],
  },
  {
    name: 'synthesis-failed three times: skip the sentence with a notice',
    given: [...playing, fail(1, 'synthesis-failed'), fail(3, 'synthesis-failed')],
    when: fail(5, 'synthesis-failed'),
    status: 'playing',
    effects: [
      'cancel',
      'error segment-skipped',
      'progress 1/3',
      'segment 0/1 12-33',
      'voice sv Alva',
      'speak g7 0/1@0 "Det här är en mening!" Alva x1',
      'timer start 15000',
    ],
  },
  {
    name: 'voice-unavailable: drop the voice, speak with lang only',
    given: playing,
    when: fail(1, 'voice-unavailable'),
    status: 'playing',
    effects: ['cancel', 'voice sv none', 'speak g3 0/0@0 "Hej på dig." lang-only x1', 'timer start 15000'],
  },
  {
    name: 'text-too-long: split again (half the length, at a space)',
    given: [{ type: 'load', plan: LONG_PLAN }, voices(alva), play],
    when: fail(1, 'text-too-long'),
    status: 'playing',
    effects: ['cancel', 'speak g3 0/0@0 "Kommunen bygger en ny förskola i" Alva x1', 'timer start 15000'],
  },
  {
    name: 'the end of a split part speaks the rest of the same sentence (no new segment event)',
    given: [{ type: 'load', plan: LONG_PLAN }, voices(alva), play, fail(1, 'text-too-long'), start(3)],
    when: end(3),
    status: 'playing',
    effects: ['speak g4 0/0@33 "Norrby och den blir klar snart." Alva x1', 'timer start 5000'],
  },
  {
    name: 'text-too-long on a short sentence: cannot split, retry as a failure',
    given: [...ready, { type: 'play', from: { block: 0, segment: 1 } }],
    when: fail(1, 'text-too-long'),
    status: 'playing',
    effects: ['cancel', 'speak g3 0/1@0 "Det här är en mening!" Alva x1', 'timer start 15000'],
  },
  {
    name: 'another tab interrupts us: pause where we were',
    given: heardPa,
    when: fail(1, 'interrupted'),
    status: 'paused',
    effects: ['cancel', 'state playing→paused'],
  },
  {
    name: 'start watchdog: cancel and retry once',
    given: playing,
    when: { type: 'timer', name: 'start', generation: 1 },
    status: 'playing',
    effects: ['cancel', 'speak g3 0/0@0 "Hej på dig." Alva x1', 'timer start 15000'],
  },
  {
    name: 'end watchdog (lost end, cut-off): cancel and move on',
    given: started,
    when: { type: 'timer', name: 'end', generation: 1 },
    status: 'playing',
    effects: [
      'cancel',
      'progress 1/3',
      'segment 0/1 12-33',
      'speak g3 0/1@0 "Det här är en mening!" Alva x1',
      'timer start 5000',
    ],
  },
  {
    name: 'stale watchdog changes nothing',
    given: [...started, end(1)],
    when: { type: 'timer', name: 'end', generation: 1 },
    status: 'playing',
    effects: [],
  },
  {
    name: 'rate change mid-sentence re-speaks it from the start, clamped to 3',
    given: heardPa,
    when: { type: 'set-rate', rate: 5 },
    status: 'playing',
    effects: ['cancel', 'speak g3 0/0@0 "Hej på dig." Alva x3', 'timer start 5000'],
  },
  {
    name: 'rate clamped to the engine range',
    given: heardPa,
    config: { minRate: 0.8 },
    when: { type: 'set-rate', rate: 0.1 },
    status: 'playing',
    effects: ['cancel', 'speak g3 0/0@0 "Hej på dig." Alva x0.8', 'timer start 5000'],
  },
  {
    name: 'same rate changes nothing',
    given: started,
    when: { type: 'set-rate', rate: 1 },
    status: 'playing',
    effects: [],
  },
  {
    name: 'voice change mid-sentence re-speaks it with the new voice',
    given: heardPa,
    when: { type: 'set-voice', lang: 'sv-SE', voice: klara },
    status: 'playing',
    effects: ['cancel', 'voice sv Klara', 'speak g3 0/0@0 "Hej på dig." Klara x1', 'timer start 5000'],
  },
  {
    name: 'volume applies from the next utterance (no re-speak)',
    given: started,
    when: { type: 'set-volume', volume: 0.5 },
    status: 'playing',
    effects: [],
    changes: true,
    check: { settings: { rate: 1, volume: 0.5, pitch: 1, voices: {} } },
  },
  {
    name: 'next sentence',
    given: started,
    when: { type: 'next-sentence' },
    status: 'playing',
    effects: [
      'cancel',
      'segment 0/1 12-33',
      'speak g3 0/1@0 "Det här är en mening!" Alva x1',
      'timer start 5000',
    ],
  },
  {
    name: 'previous sentence at the first one restarts it',
    given: started,
    when: { type: 'prev-sentence' },
    status: 'playing',
    effects: ['cancel', 'segment 0/0 0-11', 'speak g3 0/0@0 "Hej på dig." Alva x1', 'timer start 5000'],
  },
  {
    name: 'next block',
    given: started,
    when: { type: 'next-block' },
    status: 'playing',
    effects: [
      'cancel',
      'segment 1/0 0-14',
      'speak g3 1/0@0 "Ring till exempel nu." Alva x1',
      'timer start 5000',
    ],
  },
  {
    name: 'previous block from the second block goes to the start of the first',
    given: [...ready, { type: 'play', from: { block: 1, segment: 0 } }, start(1)],
    when: { type: 'prev-block' },
    status: 'playing',
    effects: ['cancel', 'segment 0/0 0-11', 'speak g3 0/0@0 "Hej på dig." Alva x1', 'timer start 5000'],
  },
  {
    name: 'next sentence after the last one ends',
    given: [...ready, { type: 'play', from: { block: 1, segment: 0 } }, start(1)],
    when: { type: 'next-sentence' },
    status: 'ended',
    effects: ['cancel', 'state playing→ended', 'ended'],
  },
  {
    name: 'next sentence while paused moves the cursor, stays paused',
    given: [...started, { type: 'pause' }],
    when: { type: 'next-sentence' },
    status: 'paused',
    effects: ['segment 0/1 12-33'],
  },
  {
    name: 'seek while idle only moves the cursor',
    given: ready,
    when: { type: 'seek', to: { block: 1, segment: 0 } },
    status: 'idle',
    effects: [],
    changes: true,
    check: { position: { block: 1, segment: 0 } },
  },
  {
    name: 'seek while playing speaks there',
    given: started,
    when: { type: 'seek', to: { block: 1, segment: 0 } },
    status: 'playing',
    effects: [
      'cancel',
      'segment 1/0 0-14',
      'speak g3 1/0@0 "Ring till exempel nu." Alva x1',
      'timer start 5000',
    ],
  },
  {
    name: 'a plan with nothing to say is an error, never an empty utterance',
    given: [{ type: 'load', plan: EMPTY_PLAN }, voices(alva)],
    when: play,
    status: 'error',
    effects: ['state idle→error', 'error empty-plan fatal'],
  },
  {
    name: 'no voice for the language: lang only, reported once',
    given: [load, voices({ id: 'en', name: 'Daniel', lang: 'en-GB', localService: true, default: false })],
    when: play,
    status: 'playing',
    effects: [
      'state idle→playing',
      'segment 0/0 0-11',
      'error no-voice-for-language',
      'voice sv none',
      'speak g1 0/0@0 "Hej på dig." lang-only x1',
      'timer start 15000',
    ],
  },
  { name: 'play while playing changes nothing', given: started, when: play, status: 'playing', effects: [] },
  {
    name: 'resume while playing changes nothing',
    given: started,
    when: { type: 'resume' },
    status: 'playing',
    effects: [],
  },
];

describe('transition', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const before = build(row.given, row.config);
    const { state, effects } = transition(before, row.when);
    expect(state.status).toBe(row.status);
    expect(summary(effects, row.withClears)).toEqual(row.effects);
    if (effects.length === 0 && !row.changes) expect(state).toBe(before);
    if (row.changes) expect(state).not.toBe(before);
    if (row.check) expect(state).toMatchObject(row.check);
  });

  test.each([
    ['an unknown event', { type: 'bogus' } as unknown as MachineEvent],
    ['a stale start', start(0)],
    ['a boundary with no utterance', word(7, 0)],
  ])('%s returns the very same state object and no effects', (_name, event) => {
    const before = build(started);
    const result = transition(before, event);
    expect(result.state).toBe(before);
    expect(result.effects).toEqual([]);
  });

  test('a second no-voice sentence is not reported again', () => {
    const english = { id: 'en', name: 'Daniel', lang: 'en-GB', localService: true, default: false };
    const s = build([load, voices(english), play, start(1)]);
    expect(summary(transition(s, end(1)).effects)).not.toContain('error no-voice-for-language');
  });

  // Frozen deeply (the plan aside: it is the caller's), so a write anywhere in the state throws.
  test.each<[string, MachineEvent[], MachineEvent]>([
    ['set-voice while a word was heard', heardPa, { type: 'set-voice', lang: 'sv', voice: klara }],
    ['pause while a word was heard', heardPa, { type: 'pause' }],
    ['play from a later block', ready, { type: 'play', from: { block: 1, segment: 0 } }],
    ['seek to a later block while playing', started, { type: 'seek', to: { block: 1, segment: 0 } }],
    ['next block while playing', started, { type: 'next-block' }],
    [
      'the end of the last segment (progress counts the plan)',
      [...ready, { type: 'play', from: { block: 1, segment: 0 } }, start(1)],
      end(1),
    ],
  ])('the machine does not mutate the state it is given: %s', (_name, events, event) => {
    const before = deepFreeze(build(events));
    const copy = structuredClone(before);
    expect(() => transition(before, event)).not.toThrow();
    expect(before).toEqual(copy);
  });
});
