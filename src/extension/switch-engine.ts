// One SpeechEngine for the content script's player that speaks through chrome.tts (no page activation
// needed: toolbar, menu, keyboard) or through the page's Web Speech (after a real click in our in-page player).

import type { EngineCapabilities, SpeakRequest, SpeechEngine, UtteranceHandlers } from '../core/engine.ts';
import type { EngineKind } from './messages.ts';

export interface SwitchEngine extends SpeechEngine {
  /** Which engine the next utterance goes to. */
  use(kind: EngineKind): void;
  readonly mode: EngineKind;
  /** The engine that spoke the last utterance (null before any). */
  readonly lastUsed: EngineKind | null;
}

/** The intersection of both engines' claims: the player must be safe on whichever speaks next. */
function combine(a: EngineCapabilities, b: EngineCapabilities): EngineCapabilities {
  // The longer voice-list wait: Firefox's Web Speech lists voices seconds late (docs/firefox.md).
  const voicesWaitMs = Math.max(a.voicesWaitMs ?? 0, b.voicesWaitMs ?? 0);
  return {
    nativePause: false, // soft pause on both: a switch mid-pause must not leave a native pause behind
    boundaries: a.boundaries || b.boundaries,
    keepAliveForRemoteVoices: false, // keepAlive() below only reaches Web Speech, and only in its mode
    minRate: Math.max(a.minRate, b.minRate),
    maxRate: Math.min(a.maxRate, b.maxRate),
    ...(voicesWaitMs > 0 ? { voicesWaitMs } : {}),
  };
}

export function createSwitchEngine(engines: {
  'chrome-tts': SpeechEngine;
  'web-speech': SpeechEngine | null;
}): SwitchEngine {
  const tts = engines['chrome-tts'];
  const web = engines['web-speech'];
  let mode: EngineKind = 'chrome-tts';
  let lastUsed: EngineKind | null = null;
  const active = (): SpeechEngine => (mode === 'web-speech' && web ? web : tts);

  return {
    name: 'lyssna-extension',
    capabilities: web ? combine(tts.capabilities, web.capabilities) : tts.capabilities,
    use(kind) {
      if (kind === mode) return;
      // Whatever the other engine is saying stops: one voice at a time.
      (mode === 'web-speech' ? web : tts)?.cancel();
      mode = kind === 'web-speech' && !web ? 'chrome-tts' : kind;
    },
    get mode() {
      return mode;
    },
    get lastUsed() {
      return lastUsed;
    },
    loadVoices() {
      return active().loadVoices();
    },
    speak(request: SpeakRequest, handlers: UtteranceHandlers) {
      lastUsed = mode === 'web-speech' && web ? 'web-speech' : 'chrome-tts';
      active().speak(request, handlers);
    },
    cancel() {
      tts.cancel();
      web?.cancel();
    },
    keepAlive() {
      if (mode === 'web-speech') web?.keepAlive?.();
    },
    dispose() {
      tts.dispose?.();
      web?.dispose?.();
    },
  };
}
