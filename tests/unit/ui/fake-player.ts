// A Player double for the widget's unit tests: records every command and lets the test emit player events.

import type { VoiceInfo } from '../../../src/core/engine.ts';
import { createListeners } from '../../../src/core/listeners.ts';
import type { PlanPosition, ReadingPlan } from '../../../src/core/plan.ts';
import type {
  Player,
  PlayerEvent,
  PlayerEventMap,
  PlayerSettings,
  PlayerStatus,
} from '../../../src/core/player-types.ts';

export interface FakePlayer extends Player {
  calls: { name: string; args: unknown[] }[];
  plan: ReadingPlan | null;
  /** Deliver an event to the listeners, as the real player would (updating status for state events). */
  emit(event: PlayerEvent): void;
  voiceList: VoiceInfo[];
  setStatus(status: PlayerStatus): void;
}

export function createFakePlayer(initial: Partial<PlayerSettings> = {}): FakePlayer {
  const listeners = createListeners<PlayerEventMap>();
  let status: PlayerStatus = 'idle';
  let position: PlanPosition | null = null;
  let settings: PlayerSettings = { rate: 1, volume: 1, pitch: 1, voices: {}, ...initial };
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    (name: string, then?: (...args: never[]) => void) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
      then?.(...(args as never[]));
    };
  const setStatus = (next: PlayerStatus) => {
    const previous = status;
    status = next;
    if (next !== previous) player.emit({ type: 'state', status: next, previous });
  };
  const player: FakePlayer = {
    calls,
    plan: null,
    voiceList: [],
    load: record('load', (plan: ReadingPlan) => {
      player.plan = plan;
    }),
    play: record('play', (from?: PlanPosition) => {
      position = from ?? { block: 0, segment: 0 };
      setStatus('playing');
    }),
    pause: record('pause', () => setStatus('paused')),
    resume: record('resume', () => setStatus('playing')),
    toggle: record('toggle'),
    stop: record('stop', () => {
      position = null;
      setStatus('idle');
    }),
    nextSentence: record('nextSentence'),
    previousSentence: record('previousSentence'),
    nextBlock: record('nextBlock'),
    previousBlock: record('previousBlock'),
    seek: record('seek'),
    setRate: record('setRate', (rate: number) => {
      settings = { ...settings, rate };
    }),
    setVolume: record('setVolume'),
    setVoice: record('setVoice', (lang: string, voice: VoiceInfo | null) => {
      const voices = { ...settings.voices };
      if (voice) voices[lang] = { name: voice.name, lang: voice.lang };
      else delete voices[lang];
      settings = { ...settings, voices };
    }),
    voices: async () => player.voiceList,
    get status() {
      return status;
    },
    get position() {
      return position;
    },
    get settings() {
      return settings;
    },
    on: listeners.on,
    off: listeners.off,
    dispose: record('dispose'),
    emit(event) {
      listeners.emit(event.type, event as never);
    },
    setStatus,
  };
  return player;
}
