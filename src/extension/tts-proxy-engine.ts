// Content-script side of chrome.tts: a SpeechEngine that forwards to the worker over the speech port.

import type { SpeakRequest, SpeechEngine, UtteranceHandlers, VoiceInfo } from '../core/engine.ts';
import { parseTtsServerMessage, type TtsClientMessage } from './messages.ts';
import { CHROME_TTS_CAPABILITIES } from './tts-engine.ts';

/** The slice of chrome.runtime.Port the proxy uses (tests pass a fake). */
export interface ClientPortLike {
  postMessage(message: TtsClientMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface ProxyOptions {
  /** How long to wait for the worker's voice list (it polls chrome.tts itself first). */
  voicesTimeoutMs?: number;
  /** Ping interval while an utterance is out: port traffic keeps the MV3 worker alive (Chrome 114+). */
  keepAliveMs?: number;
}

/** The worker waits up to 5 s for voices; a little more covers the round trip. */
const DEFAULT_VOICES_TIMEOUT_MS = 8_000;
/** An idle MV3 worker is stopped after 30 s; ping well inside that. */
const DEFAULT_KEEP_ALIVE_MS = 20_000;

export function createTtsProxyEngine(
  connect: () => ClientPortLike,
  options: ProxyOptions = {},
): SpeechEngine {
  const voicesTimeout = options.voicesTimeoutMs ?? DEFAULT_VOICES_TIMEOUT_MS;
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  let port: ClientPortLike | null = null;
  let nextId = 1;
  /** Utterances sent and not yet over, by request id: the strong references. */
  const pending = new Map<number, UtteranceHandlers>();
  const voiceWaiters = new Map<number, (voices: VoiceInfo[]) => void>();
  let cachedVoices: VoiceInfo[] | null = null;
  let pinger: ReturnType<typeof setInterval> | null = null;

  const stopPinging = () => {
    if (pinger !== null) clearInterval(pinger);
    pinger = null;
  };
  const startPinging = () => {
    if (pinger !== null) return;
    pinger = setInterval(() => {
      if (pending.size === 0) return stopPinging();
      send({ type: 'ping' });
    }, keepAliveMs);
  };

  const onMessage = (raw: unknown) => {
    const msg = parseTtsServerMessage(raw);
    if (!msg) return;
    if (msg.type === 'voices') {
      voiceWaiters.get(msg.id)?.(msg.voices);
      voiceWaiters.delete(msg.id);
      return;
    }
    const handlers = pending.get(msg.id);
    if (!handlers) return;
    switch (msg.event) {
      case 'start':
        handlers.onStart();
        break;
      case 'boundary':
        handlers.onBoundary(msg.charIndex ?? 0, msg.charLength);
        break;
      case 'end':
        pending.delete(msg.id);
        handlers.onEnd();
        break;
      case 'error':
        pending.delete(msg.id);
        handlers.onError(msg.code ?? 'unknown');
        break;
    }
    if (pending.size === 0) stopPinging();
  };

  const ensurePort = (): ClientPortLike => {
    if (port) return port;
    const p = connect();
    p.onMessage.addListener(onMessage);
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      stopPinging();
      // The worker went away mid-utterance: the player retries or moves on rather than waiting forever.
      const lost = [...pending.values()];
      pending.clear();
      for (const h of lost) h.onError('synthesis-failed');
      for (const resolve of voiceWaiters.values()) resolve([]);
      voiceWaiters.clear();
    });
    port = p;
    return p;
  };

  function send(message: TtsClientMessage): boolean {
    try {
      ensurePort().postMessage(message);
      return true;
    } catch {
      // A dead port throws on post: reconnect once.
      port = null;
      try {
        ensurePort().postMessage(message);
        return true;
      } catch {
        return false;
      }
    }
  }

  return {
    name: 'chrome-tts',
    capabilities: CHROME_TTS_CAPABILITIES,
    loadVoices() {
      if (cachedVoices && cachedVoices.length > 0) return Promise.resolve(cachedVoices);
      const id = nextId++;
      return new Promise<VoiceInfo[]>((resolve) => {
        const timer = setTimeout(() => {
          voiceWaiters.delete(id);
          resolve([]);
        }, voicesTimeout);
        voiceWaiters.set(id, (voices) => {
          clearTimeout(timer);
          if (voices.length > 0) cachedVoices = voices;
          resolve(voices);
        });
        if (!send({ type: 'voices', id })) {
          clearTimeout(timer);
          voiceWaiters.delete(id);
          resolve([]);
        }
      });
    },
    speak(request: SpeakRequest, handlers: UtteranceHandlers) {
      const id = nextId++;
      pending.set(id, handlers);
      const message: TtsClientMessage = {
        type: 'speak',
        id,
        text: request.text,
        lang: request.lang,
        rate: request.rate,
        pitch: request.pitch,
        volume: request.volume,
      };
      if (request.voice) message.voiceName = request.voice.name;
      if (!send(message)) {
        pending.delete(id);
        handlers.onError('synthesis-unavailable');
        return;
      }
      startPinging();
    },
    cancel() {
      send({ type: 'cancel' });
    },
    dispose() {
      stopPinging();
      pending.clear();
      if (port) {
        const p = port;
        port = null;
        p.disconnect();
      }
    },
  };
}
