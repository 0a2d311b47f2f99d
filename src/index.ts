// ESM entry of the core for bundlers: the page → plan pipeline, the player, its engines, voice helpers, errors
// and plan types.

export type * from './core/engine.ts';
export type {
  SynthesisLike,
  UtteranceConstructor,
  WebSpeechEngine,
  WebSpeechOptions,
} from './core/engines/web-speech.ts';
export {
  createWebSpeechEngine,
  hasWebSpeech,
  toVoiceInfo,
  VOICE_DEADLINE_MS,
  VOICE_POLL_MS,
  webSpeechCapabilities,
} from './core/engines/web-speech.ts';
export { errorMessages } from './core/error-messages.ts';
export { playerError } from './core/errors.ts';
export type {
  Effect,
  MachineConfig,
  MachineEvent,
  MachineState,
  SpeakEffect,
  TimerName,
  Timing,
  Transition,
} from './core/machine.ts';
export {
  DEFAULT_SETTINGS,
  DEFAULT_TIMING,
  expectedSpeechMs,
  initialState,
  MAX_CONSECUTIVE_SKIPS,
  MAX_RATE,
  MIN_RATE,
  transition,
} from './core/machine.ts';
export * from './core/plan.ts';
export type { BrowserName, EngineFamily, OsName, PlatformInfo } from './core/platform.ts';
export {
  detectPlatform,
  isChromiumDesktop,
  keepAliveAllowed,
  nativePauseKnownToWork,
} from './core/platform.ts';
export type { CreatePlayerOptions, LyssnaPlayer, PageHideTarget, Timers } from './core/player.ts';
export { createPlayer } from './core/player.ts';
export type * from './core/player-types.ts';
export type { LanguageTag, SavedVoice } from './core/voices.ts';
export {
  chooseVoice,
  normalizeLanguageTag,
  parseLanguageTag,
  primaryLanguage,
  rankVoices,
} from './core/voices.ts';
export type { PagePlan, PlanOptions } from './pipeline.ts';
export { buildPagePlan, planFromArticle } from './pipeline.ts';
