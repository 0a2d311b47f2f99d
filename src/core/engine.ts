// The speech engine contract the player drives: Web Speech, chrome.tts and test fakes all implement it.

/** A voice as the player sees it, whatever engine it came from. */
export interface VoiceInfo {
  /** Stable id within the engine (voiceURI for Web Speech, voiceName for chrome.tts). */
  id: string;
  name: string;
  /** The tag exactly as the engine reported it ("sv_SE", "SV-se", "swe"…). */
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Error codes an engine reports for one utterance (the Web Speech set, plus our own 'unknown'). */
export const ENGINE_ERROR_CODES = [
  'interrupted',
  'canceled',
  'not-allowed',
  'synthesis-failed',
  'synthesis-unavailable',
  'audio-busy',
  'audio-hardware',
  'network',
  'voice-unavailable',
  'language-unavailable',
  'text-too-long',
  'invalid-argument',
  'unknown',
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

const ERROR_CODE_SET: ReadonlySet<string> = new Set(ENGINE_ERROR_CODES);

/** True for a code the player knows how to handle; anything else an engine reports becomes 'unknown'. */
export function isEngineErrorCode(code: unknown): code is EngineErrorCode {
  return typeof code === 'string' && ERROR_CODE_SET.has(code);
}

/** What the engine tells the player about one utterance. Every call carries the utterance's token. */
export interface UtteranceHandlers {
  onStart(): void;
  onEnd(): void;
  /** A word boundary: charIndex into the spoken text; charLength when the engine knows it (>0). */
  onBoundary(charIndex: number, charLength?: number): void;
  onError(code: EngineErrorCode): void;
}

export interface SpeakRequest {
  /** Never empty or whitespace-only: the player guarantees it. */
  text: string;
  /** BCP 47; always set on the native utterance. */
  lang: string;
  /** Absent: speak with `lang` only. */
  voice?: VoiceInfo;
  rate: number;
  volume: number;
  pitch: number;
}

/** What an engine can be trusted to do on this platform. */
export interface EngineCapabilities {
  /** Native pause()/resume() known to work (never on Linux/Android). Default false: soft pause. */
  nativePause: boolean;
  /** Word boundary events may arrive (the player still only relies on them once seen). */
  boundaries: boolean;
  /** Needs the pause()/resume() keep-alive for Chromium desktop remote voices. */
  keepAliveForRemoteVoices: boolean;
  /** Rate range the engine honours (clamped by the player). */
  minRate: number;
  maxRate: number;
  /**
   * How long play() waits for the voice list before speaking with `lang` only, when the engine knows its list
   * arrives without any speech (Firefox); absent: the player's default (Chromium on Linux lists voices only
   * after a first utterance, so waiting long there gains nothing).
   */
  voicesWaitMs?: number;
}

export interface SpeechEngine {
  readonly name: string;
  readonly capabilities: EngineCapabilities;
  /** Voices, waiting for late lists (event + polling) up to a deadline; resolves [] when none. */
  loadVoices(): Promise<VoiceInfo[]>;
  /** Speak one utterance. The engine holds a strong reference until its end/error. */
  speak(request: SpeakRequest, handlers: UtteranceHandlers): void;
  /** Stop everything. Events may still arrive for the cancelled utterance: the player ignores stale ones. */
  cancel(): void;
  /** Native pause/resume; only called when capabilities.nativePause is true. */
  pause?(): void;
  resume?(): void;
  /** Keep-alive tick for remote voices (pause();resume()); only called when the player decides it is needed. */
  keepAlive?(): void;
  /** Release listeners and timers. */
  dispose?(): void;
}
