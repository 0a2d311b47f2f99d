// The player machine's starting state: the config filled in with defaults, the settings clamped.

import { clamp, clampRate } from './machine-steps.ts';
import type { MachineConfig, MachineState } from './machine-types.ts';
import { MAX_RATE, MIN_RATE } from './machine-types.ts';
import { MAX_SEGMENT_CHARS } from './plan.ts';
import type { PlayerSettings } from './player-types.ts';
import { DEFAULT_TIMING } from './timing.ts';

export const DEFAULT_SETTINGS: PlayerSettings = { rate: 1, volume: 1, pitch: 1, voices: {} };

export function initialState(
  config: Partial<MachineConfig> = {},
  settings: Partial<PlayerSettings> = {},
): MachineState {
  const full: MachineConfig = {
    nativePause: false,
    keepAlive: false,
    minRate: MIN_RATE,
    maxRate: MAX_RATE,
    ...config,
    timing: { ...DEFAULT_TIMING, ...config.timing },
  };
  const merged = { ...DEFAULT_SETTINGS, ...settings, voices: { ...settings.voices } };
  return {
    status: 'idle',
    config: full,
    plan: null,
    blockOrdinals: [],
    total: null,
    position: null,
    resumeOffset: 0,
    generation: 0,
    utterance: null,
    nativePaused: false,
    attempt: 0,
    alternativeVoice: false,
    chunkLimit: MAX_SEGMENT_CHARS,
    consecutiveSkips: 0,
    everStarted: false,
    announcedSegment: null,
    settings: { ...merged, rate: clampRate(merged.rate, full), volume: clamp(merged.volume, 0, 1) },
    voices: null,
    voicesRequested: false,
    voicesReloaded: false,
    reportedNoVoices: false,
    langOnly: [],
    droppedVoices: [],
    announcedVoices: {},
    reportedNoVoice: [],
  };
}
