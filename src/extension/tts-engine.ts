// chrome.tts behind the SpeechEngine interface, for the service worker: chrome.tts needs no page activation,
// so a toolbar click, a context-menu click or a keyboard command can start speech.

import type {
  EngineCapabilities,
  EngineErrorCode,
  SpeakRequest,
  SpeechEngine,
  UtteranceHandlers,
  VoiceInfo,
} from '../core/engine.ts';

/** The slice of chrome.tts we use, so tests can pass a fake. */
export interface ChromeTtsLike {
  speak(utterance: string, options: chrome.tts.TtsOptions): unknown;
  stop(): void;
  getVoices(callback: (voices: chrome.tts.TtsVoice[]) => void): void;
}

export interface TtsEngineOptions {
  /** How long loadVoices() polls for a late voice list before giving up with []. */
  voiceDeadlineMs?: number;
  /** Poll interval while waiting for voices. */
  voicePollMs?: number;
}

/** Speech-dispatcher lists voices only after a moment (docs/speech-platform.md#late-voice-lists); chrome.tts has no voiceschanged event. */
const DEFAULT_VOICE_DEADLINE_MS = 5_000;
/** A quarter second: quick enough not to delay the first sentence noticeably. */
const DEFAULT_VOICE_POLL_MS = 250;

/**
 * chrome.tts on Linux clamps rates like Web Speech does (0.334–3, docs/speech-platform.md#rates); the player clamps to this range.
 * chrome.tts pause()/resume() share the speech-dispatcher problems, so the player soft-pauses.
 */
export const CHROME_TTS_CAPABILITIES: EngineCapabilities = Object.freeze({
  nativePause: false,
  boundaries: true,
  keepAliveForRemoteVoices: false,
  minRate: 0.5,
  maxRate: 3,
});

/** chrome.tts error texts are free-form ("Error: ...", engine messages): map the ones we recognise. */
export function mapTtsErrorMessage(message: string | undefined): EngineErrorCode {
  const m = (message ?? '').toLowerCase();
  if (m.includes('voice')) return 'voice-unavailable';
  if (m.includes('language') || m.includes('lang')) return 'language-unavailable';
  if (m.includes('too long') || m.includes('length')) return 'text-too-long';
  if (m.includes('network')) return 'network';
  if (m.includes('busy')) return 'audio-busy';
  return 'synthesis-failed';
}

export function toVoiceInfo(v: chrome.tts.TtsVoice): VoiceInfo | null {
  if (!v.voiceName) return null;
  return {
    id: v.voiceName,
    name: v.voiceName,
    lang: v.lang ?? '',
    localService: v.remote !== true,
    default: false,
  };
}

/** Map one chrome.tts event to the player's handlers. Returns true when the utterance is over. */
export function dispatchTtsEvent(event: chrome.tts.TtsEvent, handlers: UtteranceHandlers): boolean {
  switch (event.type) {
    case 'start':
      handlers.onStart();
      return false;
    case 'word': {
      const index = event.charIndex ?? 0;
      const length = event.length !== undefined && event.length > 0 ? event.length : undefined;
      handlers.onBoundary(index, length);
      return false;
    }
    case 'end':
      handlers.onEnd();
      return true;
    case 'interrupted':
      handlers.onError('interrupted');
      return true;
    case 'cancelled':
      handlers.onError('canceled');
      return true;
    case 'error':
      handlers.onError(mapTtsErrorMessage(event.errorMessage));
      return true;
    default:
      // sentence, marker, pause, resume: nothing the player needs.
      return false;
  }
}

export function createChromeTtsEngine(tts: ChromeTtsLike, options: TtsEngineOptions = {}): SpeechEngine {
  const deadline = options.voiceDeadlineMs ?? DEFAULT_VOICE_DEADLINE_MS;
  const poll = options.voicePollMs ?? DEFAULT_VOICE_POLL_MS;
  /** Handlers of the utterance in flight: the strong reference, and where late events go (or not). */
  let current: { handlers: UtteranceHandlers; done: boolean } | null = null;

  const readVoices = () =>
    new Promise<VoiceInfo[]>((resolve) =>
      tts.getVoices((voices) =>
        resolve((voices ?? []).map(toVoiceInfo).filter((v): v is VoiceInfo => v !== null)),
      ),
    );

  return {
    name: 'chrome-tts',
    capabilities: CHROME_TTS_CAPABILITIES,
    async loadVoices() {
      // Read afresh each time (one cheap call per play): speech-dispatcher fills its list while it starts,
      // and a list cached then would lack German for the worker's whole life.
      const until = Date.now() + deadline;
      for (;;) {
        const voices = await readVoices();
        if (voices.length > 0 || Date.now() >= until) return voices;
        await new Promise((r) => setTimeout(r, poll));
      }
    },
    speak(request: SpeakRequest, handlers: UtteranceHandlers) {
      const entry = { handlers, done: false };
      current = entry;
      const opts: chrome.tts.TtsOptions = {
        lang: request.lang,
        rate: request.rate,
        pitch: request.pitch,
        volume: request.volume,
        // enqueue:false flushes whatever else speaks: one utterance in the native queue at a time (docs/speech-platform.md#one-utterance-at-a-time).
        enqueue: false,
        onEvent: (event) => {
          if (entry.done) return;
          if (dispatchTtsEvent(event, entry.handlers)) entry.done = true;
        },
      };
      if (request.voice) opts.voiceName = request.voice.name;
      try {
        const result = tts.speak(request.text, opts);
        // MV3 returns a promise that rejects on bad arguments (unknown voice name, bad rate…).
        if (result && typeof (result as Promise<void>).catch === 'function') {
          (result as Promise<void>).catch((error: unknown) => {
            if (entry.done) return;
            entry.done = true;
            handlers.onError(mapTtsErrorMessage(String(error)));
          });
        }
      } catch (error) {
        entry.done = true;
        handlers.onError(mapTtsErrorMessage(String(error)));
      }
    },
    cancel() {
      // chrome.tts.stop() fires `interrupted` on the utterance; the player ignores events of stale tokens.
      tts.stop();
    },
    dispose() {
      if (current) current.done = true;
      current = null;
      tts.stop();
    },
  };
}
