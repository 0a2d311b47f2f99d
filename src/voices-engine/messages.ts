// Messages between the service worker (chrome.ttsEngine) and the offscreen document (synthesis, playback).
// Only this extension's own pages can send runtime messages to it (no content scripts, not externally
// connectable); the guards below still check the shape before anything is acted on.

export const TO_OFFSCREEN = 'lyssna-voices-offscreen';
export const TO_WORKER = 'lyssna-voices-worker';

export interface SpeakCommand {
  to: typeof TO_OFFSCREEN;
  kind: 'speak';
  id: number;
  text: string;
  lang: string;
  voiceName?: string;
  rate?: number;
  pitch?: number;
  volume?: number;
  /** Added to every charIndex: a restart after a long pause speaks the rest of the text from a word. */
  offset: number;
}

export type OffscreenCommand = SpeakCommand | { to: typeof TO_OFFSCREEN; kind: 'stop' | 'pause' | 'resume' };

/** The chrome.tts event types the engine sends itself (Chrome adds interrupted/cancelled for the page). */
export type EngineEventType = 'start' | 'word' | 'sentence' | 'end' | 'error' | 'pause' | 'resume';

export interface EngineEvent {
  type: EngineEventType;
  charIndex?: number;
  length?: number;
  errorMessage?: string;
}

export type WorkerMessage =
  | { to: typeof TO_WORKER; kind: 'event'; id: number; event: EngineEvent }
  | { to: typeof TO_WORKER; kind: 'ready' }
  /** Sent while an utterance is paused or playing: a message keeps the service worker alive. */
  | { to: typeof TO_WORKER; kind: 'alive' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optionalNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

export function parseOffscreenCommand(v: unknown): OffscreenCommand | null {
  if (!isObject(v) || v.to !== TO_OFFSCREEN) return null;
  if (v.kind === 'stop' || v.kind === 'pause' || v.kind === 'resume')
    return { to: TO_OFFSCREEN, kind: v.kind };
  if (v.kind !== 'speak') return null;
  if (typeof v.id !== 'number' || typeof v.text !== 'string' || typeof v.lang !== 'string') return null;
  if (typeof v.offset !== 'number' || !(v.voiceName === undefined || typeof v.voiceName === 'string'))
    return null;
  if (!optionalNumber(v.rate) || !optionalNumber(v.pitch) || !optionalNumber(v.volume)) return null;
  return v as unknown as SpeakCommand;
}

const EVENT_TYPES: ReadonlySet<string> = new Set<EngineEventType>([
  'start',
  'word',
  'sentence',
  'end',
  'error',
  'pause',
  'resume',
]);

export function parseWorkerMessage(v: unknown): WorkerMessage | null {
  if (!isObject(v) || v.to !== TO_WORKER) return null;
  if (v.kind === 'ready' || v.kind === 'alive') return { to: TO_WORKER, kind: v.kind };
  if (v.kind !== 'event' || typeof v.id !== 'number' || !isObject(v.event)) return null;
  const e = v.event;
  if (typeof e.type !== 'string' || !EVENT_TYPES.has(e.type)) return null;
  if (!optionalNumber(e.charIndex) || !optionalNumber(e.length)) return null;
  if (!(e.errorMessage === undefined || typeof e.errorMessage === 'string')) return null;
  return v as unknown as WorkerMessage;
}

/** Events after which the utterance is over. */
export const isFinal = (type: EngineEventType): boolean => type === 'end' || type === 'error';
