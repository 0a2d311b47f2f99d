// SpeechEngine over window.speechSynthesis: late voice lists, strong references, boundary filtering.

import type {
  EngineCapabilities,
  SpeakRequest,
  SpeechEngine,
  UtteranceHandlers,
  VoiceInfo,
} from '../engine.ts';
import { isEngineErrorCode } from '../engine.ts';
import type { PlatformInfo } from '../platform.ts';
import { detectPlatform, keepAliveAllowed, nativePauseKnownToWork } from '../platform.ts';
import type { PageHideTarget, Timers } from '../player.ts';

/** How often the voice list is polled: some browsers never fire `voiceschanged` (docs/speech-platform.md#late-voice-lists). */
export const VOICE_POLL_MS = 250;
/**
 * Firefox on Linux grows its list in steps over ~100 ms (1, 2,878, 5,112 … 13,362 espeak-ng variants) and a
 * poll can land mid-way, before the Swedish voices are in: a list found by waiting is taken only once a read
 * this long after it finds the same number of voices (docs/firefox.md).
 */
export const VOICE_SETTLE_MS = 100;
/** After this the list is taken as empty and speech goes with `utterance.lang` only (docs/speech-platform.md#late-voice-lists). */
export const VOICE_DEADLINE_MS = 5_000;
/**
 * Firefox lists its voices without any speech, once speech-dispatcher answers (~2 s cold here, 7 s on a busy
 * machine), and a first sentence spoken before that gets whichever voice Firefox picks for `lang`: on Gecko,
 * play() waits for the list this long, and the list is awaited as long (docs/firefox.md).
 */
export const FIREFOX_VOICES_WAIT_MS = 10_000;
/**
 * Old Safari drops a speak() made right after cancel(); libraries wait 10–250 ms (docs/speech-platform.md#one-utterance-at-a-time). We wait only
 * when a cancel was that recent, so a first speak inside a tap is never delayed (iOS needs it synchronous).
 */
export const SAFARI_SPEAK_GAP_AFTER_CANCEL_MS = 100;
/** Chromium on Linux clamps the rate to 0.334–3; Safari above 2 — we keep to the player's 0.5–3 and these. */
const SAFARI_MAX_RATE = 2;

/** The parts of SpeechSynthesis we use (a structural type so fakes fit). */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export type UtteranceConstructor = new (text?: string) => SpeechSynthesisUtterance;

export interface WebSpeechOptions {
  /** Platform or userAgent; defaults to navigator.userAgent. */
  platform?: PlatformInfo | string;
  timers?: Timers;
  voicesDeadlineMs?: number;
  voicesPollMs?: number;
  /** Clock for the speak-after-cancel gap (fake time in tests). */
  now?: () => number;
  /** Minimum gap between cancel() and the next speak(); default SAFARI_SPEAK_GAP_AFTER_CANCEL_MS on WebKit. */
  speakGapAfterCancelMs?: number;
}

/**
 * Firefox's speech-dispatcher voices: on the reader's own machine, though Firefox reports them all with
 * `localService: false` (docs/firefox.md).
 */
const SPEECHD_VOICE_URI = /^urn:moz-tts:speechd:/;

export function toVoiceInfo(v: SpeechSynthesisVoice): VoiceInfo {
  const localService = v.localService || SPEECHD_VOICE_URI.test(v.voiceURI);
  return { id: v.voiceURI, name: v.name, lang: v.lang, localService, default: v.default };
}

/** Capabilities of Web Speech on a platform: conservative (soft pause unless known to work). */
export function webSpeechCapabilities(p: PlatformInfo): EngineCapabilities {
  return {
    nativePause: nativePauseKnownToWork(p),
    boundaries: true,
    keepAliveForRemoteVoices: keepAliveAllowed(p),
    minRate: 0.5,
    maxRate: p.engine === 'webkit' ? SAFARI_MAX_RATE : 3,
    ...(p.engine === 'gecko' ? { voicesWaitMs: FIREFOX_VOICES_WAIT_MS } : {}),
  };
}

export interface WebSpeechEngine extends SpeechEngine {
  /** Cancel speech on `pagehide`; returns the unsubscribe function. */
  cancelOnPageHide(target: PageHideTarget): () => void;
}

export function createWebSpeechEngine(
  synth: SynthesisLike = globalThis.speechSynthesis,
  UtteranceCtor: UtteranceConstructor = globalThis.SpeechSynthesisUtterance,
  opts: WebSpeechOptions = {},
): WebSpeechEngine {
  const timers: Timers = opts.timers ?? {
    setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const platform =
    typeof opts.platform === 'object'
      ? opts.platform
      : detectPlatform(opts.platform ?? globalThis.navigator?.userAgent ?? '');
  const deadline =
    opts.voicesDeadlineMs ?? (platform.engine === 'gecko' ? FIREFOX_VOICES_WAIT_MS : VOICE_DEADLINE_MS);
  const pollMs = opts.voicesPollMs ?? VOICE_POLL_MS;
  const now = opts.now ?? (() => globalThis.performance?.now() ?? Date.now());
  const gap =
    opts.speakGapAfterCancelMs ?? (platform.engine === 'webkit' ? SAFARI_SPEAK_GAP_AFTER_CANCEL_MS : 0);
  let lastCancelAt = Number.NEGATIVE_INFINITY;
  let delayedSpeak: unknown = null;

  /** Strong reference: an utterance nobody holds may be garbage-collected and never end (docs/speech-platform.md#one-utterance-at-a-time). */
  let current: SpeechSynthesisUtterance | null = null;
  let nativeVoices: SpeechSynthesisVoice[] = [];
  let pending: Promise<VoiceInfo[]> | null = null;
  const cleanups = new Set<() => void>();

  function readVoices(): VoiceInfo[] {
    try {
      nativeVoices = synth.getVoices() ?? [];
    } catch {
      nativeVoices = [];
    }
    return nativeVoices.map(toVoiceInfo);
  }

  /** Size of the last list taken after it stopped growing (Firefox: a list of another size may be mid-growth). */
  let settledCount = 0;

  function loadVoices(): Promise<VoiceInfo[]> {
    const now = readVoices();
    const mayGrow = platform.engine === 'gecko' && now.length !== settledCount;
    if (now.length > 0 && !mayGrow) return Promise.resolve(now);
    if (pending) return pending;
    pending = new Promise<VoiceInfo[]>((resolve) => {
      let poll: unknown;
      let stop: unknown;
      const finish = (voices: VoiceInfo[]): void => {
        timers.clearTimeout(poll);
        timers.clearTimeout(stop);
        synth.removeEventListener?.('voiceschanged', check);
        cleanups.delete(cancelWait);
        pending = null;
        settledCount = voices.length;
        resolve(voices);
      };
      // Some browsers fire voiceschanged with [] first, and Firefox grows the list in steps: only a
      // non-empty list that a read VOICE_SETTLE_MS later finds unchanged ends the wait.
      let seen = 0;
      function check(): void {
        const voices = readVoices();
        if (voices.length === 0) return;
        if (voices.length === seen) {
          finish(voices);
          return;
        }
        seen = voices.length;
        timers.clearTimeout(poll);
        poll = timers.setTimeout(tick, VOICE_SETTLE_MS);
      }
      function tick(): void {
        const before = seen;
        check();
        if (pending && seen === before) poll = timers.setTimeout(tick, pollMs);
      }
      const cancelWait = (): void => finish([]);
      cleanups.add(cancelWait);
      synth.addEventListener?.('voiceschanged', check);
      poll = timers.setTimeout(tick, pollMs);
      stop = timers.setTimeout(() => finish(readVoices()), deadline);
    });
    return pending;
  }

  function speak(request: SpeakRequest, handlers: UtteranceHandlers): void {
    const u = new UtteranceCtor(request.text);
    // Always set lang: Chrome Android may ignore `voice`, and with no voice it is all we have (docs/speech-platform.md#voices-and-language-tags).
    u.lang = request.lang;
    if (request.voice) {
      const v = request.voice;
      const native =
        nativeVoices.find((n) => n.voiceURI === v.id && n.name === v.name && n.lang === v.lang) ??
        nativeVoices.find((n) => n.voiceURI === v.id);
      if (native) u.voice = native;
    }
    u.rate = request.rate;
    u.volume = request.volume;
    u.pitch = request.pitch;
    const release = (): void => {
      if (current === u) current = null;
    };
    u.onstart = () => handlers.onStart();
    u.onend = () => {
      release();
      handlers.onEnd();
    };
    u.onerror = (e: SpeechSynthesisErrorEvent) => {
      release();
      const code = isEngineErrorCode(e.error) ? e.error : 'unknown';
      handlers.onError(code);
    };
    u.onboundary = (e: SpeechSynthesisEvent) => {
      // Only word boundaries (Chrome also sends "sentence"); some engines leave `name` out.
      if (e.name && e.name !== 'word') return;
      const len = typeof e.charLength === 'number' && e.charLength > 0 ? e.charLength : undefined;
      handlers.onBoundary(e.charIndex, len);
    };
    current = u;
    const wait = lastCancelAt + gap - now();
    if (wait > 0) {
      delayedSpeak = timers.setTimeout(() => {
        delayedSpeak = null;
        if (current === u) synth.speak(u);
      }, wait);
      return;
    }
    synth.speak(u);
  }

  function cancel(): void {
    current = null;
    if (delayedSpeak !== null) {
      timers.clearTimeout(delayedSpeak);
      delayedSpeak = null;
    }
    lastCancelAt = now();
    synth.cancel();
  }

  const engine: WebSpeechEngine = {
    name: 'web-speech',
    capabilities: webSpeechCapabilities(platform),
    loadVoices,
    speak,
    cancel,
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    // Chromium desktop remote voices: pause+resume restarts the ~15 s clock (docs/speech-platform.md#keep-alive).
    keepAlive: () => {
      synth.pause();
      synth.resume();
    },
    cancelOnPageHide(target: PageHideTarget): () => void {
      const listener = (): void => cancel();
      target.addEventListener('pagehide', listener);
      const off = (): void => {
        target.removeEventListener('pagehide', listener);
        cleanups.delete(off);
      };
      cleanups.add(off);
      return off;
    },
    dispose: () => {
      for (const c of [...cleanups]) c();
      if (delayedSpeak !== null) timers.clearTimeout(delayedSpeak);
      current = null;
    },
  };
  return engine;
}

/** Whether this page can use Web Speech at all. */
export function hasWebSpeech(): boolean {
  return (
    typeof globalThis.speechSynthesis !== 'undefined' &&
    typeof globalThis.SpeechSynthesisUtterance === 'function'
  );
}
