// A fake window.speechSynthesis on fake time that reproduces the documented quirks on demand.

import type { Timers } from '../../src/core/player.ts';

/** Fake time: tasks run in time order when the test advances the clock. */
export class FakeClock implements Timers {
  now = 0;
  private seq = 0;
  private tasks: { id: number; at: number; fn: () => void }[] = [];

  setTimeout(fn: () => void, ms: number): number {
    const id = ++this.seq;
    this.tasks.push({ id, at: this.now + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks = this.tasks.filter((t) => t.id !== handle);
  }

  /** Run every task due within the next `ms` milliseconds, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      let next: { id: number; at: number; fn: () => void } | undefined;
      for (const t of this.tasks)
        if (t.at <= until && (!next || t.at < next.at || (t.at === next.at && t.id < next.id))) next = t;
      if (!next) break;
      this.tasks = this.tasks.filter((t) => t !== next);
      this.now = next.at;
      next.fn();
    }
    this.now = until;
  }

  /** Advance until nothing is scheduled (or `maxMs` passed). */
  runAll(maxMs = 3_600_000): void {
    const stopAt = this.now + maxMs;
    while (this.tasks.length > 0 && this.now < stopAt) {
      const at = Math.min(...this.tasks.map((t) => t.at));
      this.advance(Math.max(0, Math.min(at, stopAt) - this.now));
    }
  }

  get pending(): number {
    return this.tasks.length;
  }
}

export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export function fakeVoice(name: string, lang: string, extra: Partial<FakeVoice> = {}): FakeVoice {
  return { name, lang, voiceURI: name, localService: true, default: false, ...extra };
}

export interface FakeSpeechOptions {
  voices?: FakeVoice[];
  /** When getVoices() starts returning the list; null = never. Default 0. */
  voicesAfterMs?: number | null;
  /** Linux Chromium: the list stays empty until the first speak(), then appears after voicesAfterMs. */
  voicesAfterFirstSpeak?: boolean;
  /** Whether `voiceschanged` fires when the list appears (false: only polling finds it). Default true. */
  announceVoices?: boolean;
  /**
   * Firefox on Linux: the list appears in this many growing steps, `voicesGrowStepMs` apart, and
   * `voiceschanged` (if announced) fires only once it is complete. Default 1 (all at once).
   */
  voicesGrowSteps?: number;
  /** Time between two growth steps. Default 20 ms (what Firefox 153 shows). */
  voicesGrowStepMs?: number;
  /** Speaking speed at rate 1. Default 15 chars/s. */
  charsPerSecond?: number;
  /** speak() → start latency: first utterance and later ones. Defaults 50 / 20 ms. */
  firstStartLatencyMs?: number;
  startLatencyMs?: number;
  /** Remote voices (localService false) go silent after this many ms of one utterance: no end, no error. */
  remoteCutOffMs?: number | null;
  /** Indexes (0-based, in start order) of utterances whose `end` is lost. */
  loseEndOf?: number[];
  /** Indexes (in speak() call order) of utterances that never start (stuck queue until cancel). */
  neverStart?: number[];
  /** pause() wedges the queue until cancel() (Linux Chromium); else pause/resume work. */
  pauseWedges?: boolean;
  /** How cancel() answers the current utterance. Queued ones never get an event. */
  cancelStyle?: 'chrome' | 'firefox' | 'safari' | 'silent';
  /** Word boundary events: none, with charLength, without it (Safari), or charLength 0. */
  boundaries?: 'none' | 'with-length' | 'without-length' | 'zero-length';
  /** Also send `sentence` boundaries (Chrome) that an engine must ignore. */
  sentenceBoundaries?: boolean;
  /** speak() before activate() fails synchronously with `not-allowed`. */
  requireActivation?: boolean;
  /** Errors to fire instead of speaking, by speak() call index. */
  failSpeak?: Record<number, string>;
  /** Errors for every utterance whose voice has this name (voice-unavailable, synthesis-failed…). */
  failVoice?: Record<string, string>;
  /** Utterances longer than this fail with text-too-long. */
  maxTextLength?: number;
  /** Old Safari: a speak() within this many ms after cancel() is silently dropped (never starts, no event). */
  dropSpeakWithinMsAfterCancel?: number;
}

export interface SpokenRecord {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  /** speak() call index. */
  index: number;
  startedAt: number | null;
  endedAt: number | null;
  outcome:
    | 'pending'
    | 'speaking'
    | 'ended'
    | 'interrupted'
    | 'cut-off'
    | 'end-lost'
    | 'error'
    | 'dropped'
    | 'ignored';
  error?: string;
}

type Listener = (event: FakeEvent) => void;

export interface FakeEvent {
  type: string;
  utterance: FakeUtterance;
  charIndex: number;
  charLength?: number;
  elapsedTime: number;
  name?: string;
  error?: string;
}

/** Fake SpeechSynthesisUtterance: plain properties, on* handlers and addEventListener. */
export class FakeUtterance {
  text: string;
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: Listener | null = null;
  onend: Listener | null = null;
  onerror: Listener | null = null;
  onboundary: Listener | null = null;
  onpause: Listener | null = null;
  onresume: Listener | null = null;
  private listeners = new Map<string, Set<Listener>>();

  constructor(text = '') {
    this.text = text;
  }

  addEventListener(type: string, l: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(l);
  }

  removeEventListener(type: string, l: Listener): void {
    this.listeners.get(type)?.delete(l);
  }

  dispatch(init: Omit<FakeEvent, 'utterance' | 'charIndex' | 'elapsedTime'> & Partial<FakeEvent>): void {
    const event: FakeEvent = { charIndex: 0, elapsedTime: 0, ...init, utterance: this };
    const prop = (this as unknown as Record<string, Listener | null>)[`on${init.type}`];
    prop?.call(this, event);
    for (const l of this.listeners.get(init.type) ?? []) l(event);
  }
}

interface Active {
  u: FakeUtterance;
  record: SpokenRecord;
  /** Speech progress in ms of audio already played, and when the current run began. */
  playedMs: number;
  runStart: number;
  durationMs: number;
  tasks: number[];
  paused: boolean;
  wedged: boolean;
}

/** The fake speechSynthesis. Create one per test with the quirks wanted. */
export class FakeSpeechSynthesis {
  readonly spoken: SpokenRecord[] = [];
  /** Most utterances ever in the native queue at once (speaking + queued): the player keeps it at 1. */
  maxInFlight = 0;
  /** Every call the page made (speak/cancel/pause/resume/getVoices not included), in order. */
  readonly calls: string[] = [];
  private queue: { u: FakeUtterance; record: SpokenRecord }[] = [];
  private active: Active | null = null;
  private activated = false;
  private voicesVisible = false;
  /** How many of the voices getVoices() shows once visible (a growing prefix in the Firefox profile). */
  private voicesShown = Number.POSITIVE_INFINITY;
  private voicesArmed = false;
  private speakCount = 0;
  private startCount = 0;
  private emptyWedged = false;
  private listeners = new Set<() => void>();
  onvoiceschanged: (() => void) | null = null;
  readonly opts: Required<Omit<FakeSpeechOptions, 'voicesAfterMs'>> & { voicesAfterMs: number | null };

  constructor(
    readonly clock: FakeClock,
    options: FakeSpeechOptions = {},
  ) {
    this.opts = {
      voices: [],
      voicesAfterMs: 0,
      voicesAfterFirstSpeak: false,
      announceVoices: true,
      voicesGrowSteps: 1,
      voicesGrowStepMs: 20,
      charsPerSecond: 15,
      firstStartLatencyMs: 50,
      startLatencyMs: 20,
      remoteCutOffMs: null,
      loseEndOf: [],
      neverStart: [],
      pauseWedges: false,
      cancelStyle: 'chrome',
      boundaries: 'none',
      sentenceBoundaries: false,
      requireActivation: false,
      failSpeak: {},
      failVoice: {},
      maxTextLength: Number.POSITIVE_INFINITY,
      dropSpeakWithinMsAfterCancel: 0,
      ...options,
    };
    if (!this.opts.voicesAfterFirstSpeak) this.armVoices();
  }

  /** A user gesture happened (Chrome's user activation). */
  activate(): void {
    this.activated = true;
  }

  private armVoices(): void {
    if (this.voicesArmed || this.opts.voicesAfterMs === null) return;
    this.voicesArmed = true;
    const announce = (): void => {
      if (!this.opts.announceVoices) return;
      this.onvoiceschanged?.();
      for (const l of this.listeners) l();
    };
    const steps = Math.max(1, this.opts.voicesGrowSteps);
    const show = (): void => {
      this.voicesVisible = true;
      if (steps === 1) {
        announce();
        return;
      }
      // Growing: a prefix per step, the whole list (and the only announcement) at the last one.
      const total = this.opts.voices.length;
      for (let i = 1; i <= steps; i++) {
        this.clock.setTimeout(
          () => {
            this.voicesShown = i === steps ? Number.POSITIVE_INFINITY : Math.ceil((total * i) / steps);
            if (i === steps) announce();
          },
          (i - 1) * this.opts.voicesGrowStepMs,
        );
      }
      this.voicesShown = 0;
    };
    if (this.opts.voicesAfterMs <= 0 && !this.opts.voicesAfterFirstSpeak && steps === 1)
      this.voicesVisible = true;
    else this.clock.setTimeout(show, this.opts.voicesAfterMs);
  }

  getVoices(): FakeVoice[] {
    return this.voicesVisible ? this.opts.voices.slice(0, this.voicesShown) : [];
  }

  addEventListener(type: string, l: () => void): void {
    if (type === 'voiceschanged') this.listeners.add(l);
  }

  removeEventListener(type: string, l: () => void): void {
    if (type === 'voiceschanged') this.listeners.delete(l);
  }

  /** What a test reads; the player must never (docs/speech-platform.md#one-utterance-at-a-time): reading them is counted. */
  reads = 0;
  get speaking(): boolean {
    this.reads++;
    return this.active !== null;
  }
  get paused(): boolean {
    this.reads++;
    return this.active?.paused ?? false;
  }
  get pending(): boolean {
    this.reads++;
    return this.queue.length > 0;
  }

  speak(u: FakeUtterance): void {
    const index = this.speakCount++;
    this.calls.push(`speak:${u.text}`);
    const record: SpokenRecord = {
      text: u.text,
      lang: u.lang,
      voice: u.voice?.name ?? null,
      rate: u.rate,
      index,
      startedAt: null,
      endedAt: null,
      outcome: 'pending',
    };
    this.spoken.push(record);
    if (this.opts.voicesAfterFirstSpeak) this.armVoices();
    if (this.opts.requireActivation && !this.activated) {
      // Chrome dispatches not-allowed synchronously, inside speak().
      record.outcome = 'error';
      record.error = 'not-allowed';
      u.dispatch({ type: 'error', error: 'not-allowed' });
      return;
    }
    if (this.clock.now - this.lastCancelAt < this.opts.dropSpeakWithinMsAfterCancel) {
      record.outcome = 'ignored'; // old Safari: dropped without a trace
      return;
    }
    this.queue.push({ u, record });
    this.maxInFlight = Math.max(this.maxInFlight, this.queue.length + (this.active ? 1 : 0));
    this.pump();
  }

  private pump(): void {
    if (this.active || this.emptyWedged) return;
    const next = this.queue[0];
    if (!next) return;
    if (this.opts.neverStart.includes(next.record.index)) return; // stuck until cancel
    const latency = this.startCount === 0 ? this.opts.firstStartLatencyMs : this.opts.startLatencyMs;
    const at = this.clock.now;
    this.clock.setTimeout(() => {
      if (this.queue[0] !== next || this.active || this.clock.now < at) return;
      this.queue.shift();
      this.begin(next.u, next.record);
    }, latency);
  }

  private begin(u: FakeUtterance, record: SpokenRecord): void {
    const failure =
      this.opts.failSpeak[record.index] ??
      (u.voice ? this.opts.failVoice[u.voice.name] : undefined) ??
      (u.text.length > this.opts.maxTextLength ? 'text-too-long' : undefined);
    if (!/\S/.test(u.text)) {
      // Empty text: synthesis-failed, and Chromium never speaks again (docs/speech-platform.md#empty-text).
      record.outcome = 'error';
      record.error = 'synthesis-failed';
      this.emptyWedged = true;
      u.dispatch({ type: 'error', error: 'synthesis-failed' });
      return;
    }
    if (failure) {
      record.outcome = 'error';
      record.error = failure;
      u.dispatch({ type: 'error', error: failure });
      this.pump();
      return;
    }
    const rate = u.rate > 0 ? u.rate : 1;
    const durationMs = (u.text.length / (this.opts.charsPerSecond * rate)) * 1000;
    this.active = {
      u,
      record,
      playedMs: 0,
      runStart: this.clock.now,
      durationMs,
      tasks: [],
      paused: false,
      wedged: false,
    };
    record.startedAt = this.clock.now;
    record.outcome = 'speaking';
    this.startCount++;
    u.dispatch({ type: 'start' });
    this.schedule();
  }

  private cutOffFor(a: Active): number | null {
    const remote = a.u.voice ? !a.u.voice.localService : false;
    return remote ? this.opts.remoteCutOffMs : null;
  }

  /** Schedule the rest of the active utterance from its current progress. */
  private schedule(): void {
    const a = this.active!;
    const ms = (chars: number): number => (chars / a.u.text.length) * a.durationMs;
    const cutOff = this.cutOffFor(a);
    // The cut-off counts from the last (re)start of the run: keep-alive pause/resume resets it.
    const silentAt = cutOff === null ? Number.POSITIVE_INFINITY : cutOff;
    const at = (playedTarget: number): number => playedTarget - a.playedMs;
    if (this.opts.boundaries !== 'none' || this.opts.sentenceBoundaries) {
      if (this.opts.sentenceBoundaries && a.playedMs === 0) {
        a.tasks.push(
          this.clock.setTimeout(() => a.u.dispatch({ type: 'boundary', name: 'sentence', charIndex: 0 }), 0),
        );
      }
      if (this.opts.boundaries !== 'none') {
        for (const m of a.u.text.matchAll(/\S+/g)) {
          const t = ms(m.index);
          if (t < a.playedMs || at(t) >= silentAt) continue;
          const charLength =
            this.opts.boundaries === 'with-length'
              ? m[0].length
              : this.opts.boundaries === 'zero-length'
                ? 0
                : undefined;
          const event: Omit<FakeEvent, 'utterance' | 'charIndex' | 'elapsedTime'> & Partial<FakeEvent> = {
            type: 'boundary',
            name: 'word',
            charIndex: m.index,
          };
          if (charLength !== undefined) event.charLength = charLength;
          a.tasks.push(this.clock.setTimeout(() => a.u.dispatch(event), at(t)));
        }
      }
    }
    const remaining = a.durationMs - a.playedMs;
    if (remaining >= silentAt) {
      a.tasks.push(
        this.clock.setTimeout(() => {
          a.record.outcome = 'cut-off';
          a.tasks = [];
          a.wedged = true; // silent, `speaking` stays true, queue stuck
        }, silentAt),
      );
      return;
    }
    a.tasks.push(this.clock.setTimeout(() => this.finish(a), remaining));
  }

  private finish(a: Active): void {
    a.record.endedAt = this.clock.now;
    if (this.opts.loseEndOf.includes(this.startCount - 1) && this.active === a) {
      a.record.outcome = 'end-lost';
      a.wedged = true; // no event; the queue stays stuck until cancel
      a.tasks = [];
      return;
    }
    a.record.outcome = 'ended';
    this.active = null;
    a.u.dispatch({ type: 'end' });
    this.pump();
  }

  private halt(a: Active): void {
    for (const t of a.tasks) this.clock.clearTimeout(t);
    a.tasks = [];
    a.playedMs += this.clock.now - a.runStart;
  }

  private lastCancelAt = Number.NEGATIVE_INFINITY;

  cancel(): void {
    this.calls.push('cancel');
    this.lastCancelAt = this.clock.now;
    for (const q of this.queue) q.record.outcome = 'dropped'; // queued ones get no event (docs/speech-platform.md#one-utterance-at-a-time)
    this.queue = [];
    const a = this.active;
    if (!a) return;
    this.halt(a);
    this.active = null;
    if (a.record.outcome === 'speaking') a.record.outcome = 'interrupted';
    a.record.endedAt ??= this.clock.now;
    switch (this.opts.cancelStyle) {
      case 'chrome':
        this.clock.setTimeout(() => a.u.dispatch({ type: 'error', error: 'interrupted' }), 0);
        break;
      case 'safari':
        this.clock.setTimeout(() => a.u.dispatch({ type: 'error', error: 'canceled' }), 0);
        break;
      case 'firefox':
        // Firefox answers with a late `end` ~100 ms later.
        this.clock.setTimeout(() => a.u.dispatch({ type: 'end' }), 100);
        break;
      case 'silent':
        break;
    }
  }

  pause(): void {
    this.calls.push('pause');
    const a = this.active;
    if (!a || a.paused) return;
    this.halt(a);
    a.paused = true;
    if (this.opts.pauseWedges) a.wedged = true; // never ends until cancel(); resume does nothing
  }

  resume(): void {
    this.calls.push('resume');
    const a = this.active;
    if (!a?.paused) return;
    a.paused = false;
    if (a.wedged) return;
    a.runStart = this.clock.now;
    this.schedule();
  }
}

/** Firefox's speech-dispatcher voice: "Swedish+Hugo", lang "sv", a urn:moz-tts URI, never local, never default. */
export function firefoxVoice(name: string, lang: string): FakeVoice {
  return { name, lang, voiceURI: `urn:moz-tts:speechd:${name}?${lang}`, localService: false, default: false };
}

/** A few of the ~100 espeak-ng variant names Firefox lists per language (in its own order). */
const FIREFOX_VARIANTS = [
  'Hugo',
  'Adam',
  'John',
  'norbert',
  'klatt2',
  'female1',
  'Michel',
  'whisper',
  'Annie',
];

/**
 * The voice list of Firefox 153 on Linux with speech-dispatcher + espeak-ng (13,362 voices, 102 Swedish): per
 * language its "+Variant" voices first and the plain voice last; English and Norwegian around Swedish.
 */
export function firefoxLinuxVoices(): FakeVoice[] {
  const out: FakeVoice[] = [];
  for (const [base, lang] of [
    ['English (Great Britain)', 'en-GB'],
    ['Swedish', 'sv'],
    ['Norwegian Bokmål', 'nb'],
  ] as const) {
    for (const v of FIREFOX_VARIANTS) out.push(firefoxVoice(`${base}+${v}`, lang));
    out.push(firefoxVoice(base, lang));
  }
  return out;
}

/**
 * Firefox on Linux as measured (docs/firefox.md): no voices at first, then a list that grows in steps ~20 ms
 * apart after ~1.7 s with one `voiceschanged` at the end; every voice `localService: false`; no word
 * boundaries; cancel() answered by a late `end`.
 */
export const FIREFOX_LINUX: FakeSpeechOptions = {
  voices: firefoxLinuxVoices(),
  voicesAfterMs: 1_700,
  voicesGrowSteps: 6,
  voicesGrowStepMs: 20,
  firstStartLatencyMs: 300,
  startLatencyMs: 40,
  boundaries: 'none',
  cancelStyle: 'firefox',
};

/** A `window`-like pair for createWebSpeechEngine(synth, Utterance). */
export function fakeSpeech(options: FakeSpeechOptions = {}, clock = new FakeClock()) {
  const synth = new FakeSpeechSynthesis(clock, options);
  return {
    clock,
    synth,
    Utterance: FakeUtterance as unknown as new (text?: string) => SpeechSynthesisUtterance,
  };
}
