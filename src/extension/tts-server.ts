// Worker side of the speech port: validated requests from our content script go to chrome.tts, and each
// utterance's events go back over the same port, tagged with the request id.

import type { SpeechEngine, UtteranceHandlers } from '../core/engine.ts';
import { parseTtsClientMessage, type TtsServerMessage } from './messages.ts';

/** The slice of chrome.runtime.Port the server uses (tests pass a fake). */
export interface ServerPortLike {
  postMessage(message: TtsServerMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Which port owns the utterance speaking now: only its owner may cancel it, and a closed owner stops it. */
interface Owner {
  port: ServerPortLike;
  id: number;
}

export interface TtsServer {
  /** Serve one accepted port (the caller has already checked its name and sender). */
  serve(port: ServerPortLike): void;
  /** Ports open now (a port keeps the worker alive while it speaks). */
  readonly openPorts: number;
}

export function createTtsServer(engine: SpeechEngine, onActivity?: (what: string) => void): TtsServer {
  let owner: Owner | null = null;
  let open = 0;

  const post = (port: ServerPortLike, message: TtsServerMessage) => {
    try {
      port.postMessage(message);
    } catch {
      // The tab went away between the event and the post: nothing to tell anyone.
    }
  };

  return {
    get openPorts() {
      return open;
    },
    serve(port) {
      open++;
      port.onMessage.addListener((raw) => {
        const msg = parseTtsClientMessage(raw);
        if (!msg) return; // not ours or malformed: dropped, never acted on
        onActivity?.(msg.type);
        switch (msg.type) {
          case 'speak': {
            const { id } = msg;
            owner = { port, id };
            const handlers: UtteranceHandlers = {
              onStart: () => post(port, { type: 'event', id, event: 'start' }),
              onEnd: () => post(port, { type: 'event', id, event: 'end' }),
              onBoundary: (charIndex, charLength) =>
                post(port, {
                  type: 'event',
                  id,
                  event: 'boundary',
                  charIndex,
                  ...(charLength !== undefined ? { charLength } : {}),
                }),
              onError: (code) => post(port, { type: 'event', id, event: 'error', code }),
            };
            engine.speak(
              {
                text: msg.text,
                lang: msg.lang,
                rate: msg.rate,
                pitch: msg.pitch,
                volume: msg.volume,
                ...(msg.voiceName
                  ? {
                      voice: {
                        id: msg.voiceName,
                        name: msg.voiceName,
                        lang: msg.lang,
                        localService: true,
                        default: false,
                      },
                    }
                  : {}),
              },
              handlers,
            );
            break;
          }
          case 'cancel':
            // Another tab's reading is not ours to stop.
            if (owner?.port === port) {
              owner = null;
              engine.cancel();
            }
            break;
          case 'voices':
            void engine.loadVoices().then((voices) => post(port, { type: 'voices', id: msg.id, voices }));
            break;
          case 'ping':
            break;
        }
      });
      port.onDisconnect.addListener(() => {
        open--;
        // The tab closed or navigated: its speech must not go on without it.
        if (owner?.port === port) {
          owner = null;
          engine.cancel();
        }
      });
    },
  };
}
