// Every message the extension's parts exchange, with validators: nothing is acted on before it is checked.
//
// Three channels, no others (no window.postMessage, no externally_connectable):
// - the `lyssna-tts` port: content script → worker speech requests, worker → content script speech events;
// - runtime messages to the worker: commands for a tab (popup, options) and notices from our content script;
// - tab messages to the content script: commands from the worker.
// The page's own scripts can reach none of them; the sender checks below make sure of it anyway.

import type { EngineErrorCode, VoiceInfo } from '../core/engine.ts';
import { isEngineErrorCode } from '../core/engine.ts';

export const TTS_PORT_NAME = 'lyssna-tts';

/** chrome.tts rejects longer texts; the player never sends more than MAX_SEGMENT_CHARS, so this is a guard. */
export const MAX_SPEAK_TEXT_CHARS = 32_768;
/** chrome.tts accepts 0.1–10 for rate; pitch 0–2; volume 0–1 (chrome.tts docs). */
export const TTS_RATE_RANGE = [0.1, 10] as const;
export const TTS_PITCH_RANGE = [0, 2] as const;
export const TTS_VOLUME_RANGE = [0, 1] as const;
/** A BCP 47 tag as engines report them ("sv", "sv-SE", "sv_SE", "zh-Hant-TW"); loose on purpose. */
const LANG_TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;
/** Voice names are short; a long one is not a voice. */
const MAX_VOICE_NAME_CHARS = 256;
/** Message ids are counters; anything beyond this is not ours. */
const MAX_ID = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------------------------------------
// The speech port.

export type TtsClientMessage =
  | {
      type: 'speak';
      id: number;
      text: string;
      lang: string;
      voiceName?: string;
      rate: number;
      pitch: number;
      volume: number;
    }
  | { type: 'cancel' }
  | { type: 'voices'; id: number }
  /** Sent while speaking: port traffic keeps the worker alive (Chrome 114+). */
  | { type: 'ping' };

export type TtsEventKind = 'start' | 'end' | 'boundary' | 'error';

export type TtsServerMessage =
  | {
      type: 'event';
      id: number;
      event: TtsEventKind;
      charIndex?: number;
      charLength?: number;
      code?: EngineErrorCode;
    }
  | { type: 'voices'; id: number; voices: VoiceInfo[] };

// ---------------------------------------------------------------------------------------------------------
// Commands for a tab (the popup, the action, keyboard commands, the context menu all end up here).

/** Which engine speaks: chrome.tts (no page activation needed) or the page's Web Speech (after a click). */
export type EngineKind = 'chrome-tts' | 'web-speech';

export type TabCommand =
  | { name: 'status' }
  /** Start if idle, otherwise pause or resume (keyboard command, toolbar click without popup). */
  | { name: 'toggle' }
  /** Start if idle, otherwise leave it be (opening the popup). */
  | { name: 'start-or-show' }
  | { name: 'play' }
  | { name: 'pause' }
  | { name: 'resume' }
  | { name: 'stop' }
  | { name: 'read-selection' }
  /** Read from the element the user right-clicked ("Lyssna härifrån"). */
  | { name: 'read-from-here' }
  | { name: 'reader-view'; open: boolean }
  | { name: 'set-rate'; rate: number }
  | { name: 'set-voice'; lang: string; voice: VoiceInfo | null };

export type TabCommandName = TabCommand['name'];

export type ReadingStatus = 'idle' | 'loading-voices' | 'playing' | 'paused' | 'ended' | 'error';

/** What the content script reports back: enough for the popup to show the page's state. */
export interface TabStatus {
  status: ReadingStatus;
  /** Detected page language (BCP 47) or 'und'. */
  lang: string;
  /** Blocks the reader will read (0: nothing readable). */
  blocks: number;
  /** Which engine spoke last, null before any speech. */
  engine: EngineKind | null;
  /** The page runs the Lyssna widget itself and the extension drives it. */
  pageWidget: boolean;
  /** Position of the current sentence, when reading. */
  block: number | null;
  rate: number;
  /** The reader view overlay is open. */
  reader: boolean;
  /** The last error, in both languages. */
  error: { code: string; sv: string; en: string } | null;
}

/** Runtime messages the worker accepts. */
export type WorkerMessage =
  /** From an extension page (popup, options): act on a tab. */
  | { type: 'tab-command'; tabId: number; command: TabCommand }
  /** From our content script: its state changed (the worker updates the badge). */
  | { type: 'status-changed'; status: ReadingStatus };

/** Tab messages the content script accepts (only from our worker or our pages). */
export type ContentMessage = { type: 'command'; command: TabCommand } | { type: 'ping' };

export type CommandReply = { ok: true; status: TabStatus } | { ok: false; error: ReplyError };

/** Errors the worker or content script can answer with; the popup shows them in Swedish or English. */
export type ReplyErrorCode =
  | 'restricted-page'
  | 'file-access'
  | 'blank-page'
  | 'pdf-page'
  | 'blocked-site'
  | 'no-selection'
  | 'nothing-to-read'
  | 'no-tab'
  | 'bad-message';

export interface ReplyError {
  code: ReplyErrorCode;
  sv: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------------------
// Validators. Each takes unknown and returns the typed message or null: a null is dropped, never acted on.

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_ID;
const inRange = (v: unknown, [lo, hi]: readonly [number, number]): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
export const isLangTag = (v: unknown): v is string => typeof v === 'string' && LANG_TAG.test(v);
const isVoiceName = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_VOICE_NAME_CHARS;
/** Exactly these keys (and optional ones) — extra keys mean the message is not one of ours. */
function hasOnlyKeys(v: Rec, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(v);
  return required.every((k) => k in v) && keys.every((k) => required.includes(k) || optional.includes(k));
}

export function parseVoiceInfo(v: unknown): VoiceInfo | null {
  if (!isRecord(v) || !hasOnlyKeys(v, ['id', 'name', 'lang', 'localService', 'default'])) return null;
  if (!isVoiceName(v.id) || !isVoiceName(v.name)) return null;
  // Engines report voices without a language ("" from some chrome.tts engines): keep them, they can't match.
  if (typeof v.lang !== 'string' || (v.lang !== '' && !isLangTag(v.lang))) return null;
  if (typeof v.localService !== 'boolean' || typeof v.default !== 'boolean') return null;
  return { id: v.id, name: v.name, lang: v.lang, localService: v.localService, default: v.default };
}

export function parseTtsClientMessage(v: unknown): TtsClientMessage | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'speak': {
      if (!hasOnlyKeys(v, ['type', 'id', 'text', 'lang', 'rate', 'pitch', 'volume'], ['voiceName']))
        return null;
      if (!isId(v.id) || typeof v.text !== 'string') return null;
      if (v.text.trim() === '' || v.text.length > MAX_SPEAK_TEXT_CHARS) return null; // empty text wedges engines
      if (!isLangTag(v.lang)) return null;
      if (v.voiceName !== undefined && !isVoiceName(v.voiceName)) return null;
      if (!inRange(v.rate, TTS_RATE_RANGE) || !inRange(v.pitch, TTS_PITCH_RANGE)) return null;
      if (!inRange(v.volume, TTS_VOLUME_RANGE)) return null;
      const msg: TtsClientMessage = {
        type: 'speak',
        id: v.id,
        text: v.text,
        lang: v.lang,
        rate: v.rate,
        pitch: v.pitch,
        volume: v.volume,
      };
      if (typeof v.voiceName === 'string') msg.voiceName = v.voiceName;
      return msg;
    }
    case 'cancel':
    case 'ping':
      return hasOnlyKeys(v, ['type']) ? { type: v.type } : null;
    case 'voices':
      return hasOnlyKeys(v, ['type', 'id']) && isId(v.id) ? { type: 'voices', id: v.id } : null;
    default:
      return null;
  }
}

const EVENT_KINDS: ReadonlySet<string> = new Set<TtsEventKind>(['start', 'end', 'boundary', 'error']);
/** More voices than any engine lists (13 362 here with speech-dispatcher): a cap against floods. */
const MAX_VOICES = 50_000;

export function parseTtsServerMessage(v: unknown): TtsServerMessage | null {
  if (!isRecord(v)) return null;
  if (v.type === 'event') {
    if (!hasOnlyKeys(v, ['type', 'id', 'event'], ['charIndex', 'charLength', 'code'])) return null;
    if (!isId(v.id) || typeof v.event !== 'string' || !EVENT_KINDS.has(v.event)) return null;
    const msg: TtsServerMessage = { type: 'event', id: v.id, event: v.event as TtsEventKind };
    if (v.event === 'boundary') {
      if (!isId(v.charIndex)) return null;
      msg.charIndex = v.charIndex;
      if (v.charLength !== undefined) {
        if (!isId(v.charLength)) return null;
        msg.charLength = v.charLength;
      }
    }
    if (v.event === 'error') {
      if (!isEngineErrorCode(v.code)) return null;
      msg.code = v.code as EngineErrorCode;
    }
    return msg;
  }
  if (v.type === 'voices') {
    if (!hasOnlyKeys(v, ['type', 'id', 'voices']) || !isId(v.id) || !Array.isArray(v.voices)) return null;
    if (v.voices.length > MAX_VOICES) return null;
    const voices: VoiceInfo[] = [];
    for (const raw of v.voices) {
      const voice = parseVoiceInfo(raw);
      if (!voice) return null;
      voices.push(voice);
    }
    return { type: 'voices', id: v.id, voices };
  }
  return null;
}

/** Rates the UI offers (the player clamps further to the engine's range). */
export const RATE_RANGE = [0.5, 3] as const;

export function parseTabCommand(v: unknown): TabCommand | null {
  if (!isRecord(v) || typeof v.name !== 'string') return null;
  switch (v.name) {
    case 'status':
    case 'toggle':
    case 'start-or-show':
    case 'play':
    case 'pause':
    case 'resume':
    case 'stop':
    case 'read-selection':
    case 'read-from-here':
      return hasOnlyKeys(v, ['name']) ? { name: v.name } : null;
    case 'reader-view':
      return hasOnlyKeys(v, ['name', 'open']) && typeof v.open === 'boolean'
        ? { name: 'reader-view', open: v.open }
        : null;
    case 'set-rate':
      return hasOnlyKeys(v, ['name', 'rate']) && inRange(v.rate, RATE_RANGE)
        ? { name: 'set-rate', rate: v.rate }
        : null;
    case 'set-voice': {
      if (!hasOnlyKeys(v, ['name', 'lang', 'voice']) || !isLangTag(v.lang)) return null;
      if (v.voice === null) return { name: 'set-voice', lang: v.lang, voice: null };
      const voice = parseVoiceInfo(v.voice);
      return voice ? { name: 'set-voice', lang: v.lang, voice } : null;
    }
    default:
      return null;
  }
}

const STATUSES: ReadonlySet<string> = new Set<ReadingStatus>([
  'idle',
  'loading-voices',
  'playing',
  'paused',
  'ended',
  'error',
]);

export function parseWorkerMessage(v: unknown): WorkerMessage | null {
  if (!isRecord(v)) return null;
  if (v.type === 'tab-command') {
    if (!hasOnlyKeys(v, ['type', 'tabId', 'command']) || !isId(v.tabId)) return null;
    const command = parseTabCommand(v.command);
    return command ? { type: 'tab-command', tabId: v.tabId, command } : null;
  }
  if (v.type === 'status-changed') {
    return hasOnlyKeys(v, ['type', 'status']) && typeof v.status === 'string' && STATUSES.has(v.status)
      ? { type: 'status-changed', status: v.status as ReadingStatus }
      : null;
  }
  return null;
}

export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isRecord(v)) return null;
  if (v.type === 'ping') return hasOnlyKeys(v, ['type']) ? { type: 'ping' } : null;
  if (v.type === 'command' && hasOnlyKeys(v, ['type', 'command'])) {
    const command = parseTabCommand(v.command);
    return command ? { type: 'command', command } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Sender checks. `self` is chrome.runtime.id; the caller passes it so the checks are pure and testable.

/** The parts of chrome.runtime.MessageSender the checks look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

const extensionOrigin = (self: string) => `chrome-extension://${self}`;
const fromOurOrigin = (sender: SenderLike, self: string): boolean => {
  const origin = extensionOrigin(self);
  // Firefox uses moz-extension://<uuid>: there the id check plus the absence of a tab is what we have.
  if (sender.origin !== undefined)
    return sender.origin === origin || sender.origin.startsWith('moz-extension://');
  return (
    typeof sender.url === 'string' &&
    (sender.url.startsWith(`${origin}/`) || sender.url.startsWith('moz-extension://'))
  );
};

/**
 * An extension context of ours (worker, popup, options): our id and our origin. A content script has our id
 * too, but the web page's URL; an extension page opened in a tab (options) has a tab but our origin.
 */
export function isFromExtensionContext(sender: SenderLike, self: string): boolean {
  return sender.id === self && fromOurOrigin(sender, self);
}

/** Our content script: our id, and it runs in a tab (that's where content scripts live). */
export function isFromContentScript(sender: SenderLike, self: string): boolean {
  return sender.id === self && sender.tab !== undefined && typeof sender.tab.id === 'number';
}

/** Decide whether the worker acts on a runtime message, given who sent it. */
export function acceptWorkerMessage(raw: unknown, sender: SenderLike, self: string): WorkerMessage | null {
  const msg = parseWorkerMessage(raw);
  if (!msg) return null;
  if (msg.type === 'tab-command') return isFromExtensionContext(sender, self) ? msg : null;
  return isFromContentScript(sender, self) ? msg : null;
}

/** Decide whether the content script acts on a tab message: only the worker or our pages send those. */
export function acceptContentMessage(raw: unknown, sender: SenderLike, self: string): ContentMessage | null {
  return isFromExtensionContext(sender, self) ? parseContentMessage(raw) : null;
}

/** A port for speech must come from our content script in a tab. */
export function acceptTtsPort(name: string, sender: SenderLike | undefined, self: string): boolean {
  return name === TTS_PORT_NAME && sender !== undefined && isFromContentScript(sender, self);
}
