// The player: runs the pure machine and carries out its effects with an engine, timers and listeners.

import type { SpeechEngine, VoiceInfo } from './engine.ts';
import { createListeners } from './listeners.ts';
import type { Effect, MachineEvent, MachineState, TimerName, Timing } from './machine.ts';
import { initialState, transition } from './machine.ts';
import type { PlanPosition, ReadingPlan } from './plan.ts';
import type { PlatformInfo } from './platform.ts';
import { detectPlatform, keepAliveAllowed, nativePauseKnownToWork } from './platform.ts';
import type { Player, PlayerEventMap, PlayerSettings, PlayerStatus } from './player-types.ts';

/** Injectable timers so tests run on fake time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Anything that fires `pagehide` (a window). */
export interface PageHideTarget {
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

export interface CreatePlayerOptions {
  engine: SpeechEngine;
  timers?: Timers;
  settings?: Partial<PlayerSettings>;
  /** The platform (or its userAgent): narrows the engine's keep-alive and native-pause claims. */
  platform?: PlatformInfo | string;
  /** A window: speech is cancelled and the player reset on `pagehide` (docs/speech-platform.md#leaving-the-page). */
  pageHideTarget?: PageHideTarget;
  /** Watchdog and keep-alive timings (tests shorten them). */
  timing?: Partial<Timing>;
}

/** The player with the machine's state visible (for tests and debugging tools). */
export interface LyssnaPlayer extends Player {
  readonly machineState: MachineState;
  /** Cancel and reset as on `pagehide` (for SPA navigation). */
  pageHidden(): void;
}

const defaultTimers: Timers = {
  setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createPlayer(options: CreatePlayerOptions): LyssnaPlayer {
  const { engine } = options;
  const timers = options.timers ?? defaultTimers;
  const caps = engine.capabilities;
  const platform = typeof options.platform === 'string' ? detectPlatform(options.platform) : options.platform;
  let state = initialState(
    {
      nativePause:
        caps.nativePause &&
        !!engine.pause &&
        !!engine.resume &&
        (!platform || nativePauseKnownToWork(platform)),
      keepAlive:
        caps.keepAliveForRemoteVoices && !!engine.keepAlive && (!platform || keepAliveAllowed(platform)),
      minRate: caps.minRate,
      maxRate: caps.maxRate,
      timing: {
        ...(caps.voicesWaitMs !== undefined ? { voicesWaitMs: caps.voicesWaitMs } : {}),
        ...options.timing,
      } as Timing,
    },
    options.settings,
  );

  const listeners = createListeners<PlayerEventMap>();
  const timerHandles = new Map<TimerName, unknown>();
  const queue: MachineEvent[] = [];
  let busy = false;
  let disposed = false;

  function dispatch(event: MachineEvent): void {
    if (disposed) return;
    queue.push(event);
    // Engines may answer inside speak() (not-allowed is synchronous): queue, never re-enter.
    if (busy) return;
    busy = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const result = transition(state, next);
        state = result.state;
        for (const effect of result.effects) run(effect);
      }
    } finally {
      busy = false;
    }
  }

  function clearTimer(name: TimerName): void {
    const h = timerHandles.get(name);
    if (h !== undefined) {
      timers.clearTimeout(h);
      timerHandles.delete(name);
    }
  }

  function run(effect: Effect): void {
    switch (effect.type) {
      case 'speak': {
        const generation = effect.generation;
        engine.speak(
          {
            text: effect.text,
            lang: effect.lang,
            ...(effect.voice ? { voice: effect.voice } : {}),
            rate: effect.rate,
            volume: effect.volume,
            pitch: effect.pitch,
          },
          {
            onStart: () => dispatch({ type: 'utterance-start', generation }),
            onEnd: () => dispatch({ type: 'utterance-end', generation }),
            onBoundary: (charIndex, charLength) =>
              dispatch(
                charLength === undefined
                  ? { type: 'utterance-boundary', generation, charIndex }
                  : { type: 'utterance-boundary', generation, charIndex, charLength },
              ),
            onError: (code) => dispatch({ type: 'utterance-error', generation, code }),
          },
        );
        return;
      }
      case 'cancel':
        engine.cancel();
        return;
      case 'native-pause':
        engine.pause?.();
        return;
      case 'native-resume':
        engine.resume?.();
        return;
      case 'keep-alive':
        engine.keepAlive?.();
        return;
      case 'load-voices':
        engine.loadVoices().then(
          (voices) => dispatch({ type: 'voices-loaded', voices }),
          () => dispatch({ type: 'voices-loaded', voices: [] }),
        );
        return;
      case 'start-timer': {
        clearTimer(effect.name);
        const { name, generation } = effect;
        timerHandles.set(
          name,
          timers.setTimeout(() => {
            timerHandles.delete(name);
            dispatch({ type: 'timer', name, generation });
          }, effect.ms),
        );
        return;
      }
      case 'clear-timer':
        clearTimer(effect.name);
        return;
      case 'emit':
        listeners.emit(effect.event.type, effect.event as never);
        return;
    }
  }

  const onPageHide = (): void => dispatch({ type: 'pagehide' });
  options.pageHideTarget?.addEventListener('pagehide', onPageHide);

  const player: LyssnaPlayer = {
    load: (plan: ReadingPlan) => dispatch({ type: 'load', plan }),
    play: (from?: PlanPosition) => dispatch(from ? { type: 'play', from } : { type: 'play' }),
    pause: () => dispatch({ type: 'pause' }),
    resume: () => dispatch({ type: 'resume' }),
    toggle: () => {
      if (state.status === 'playing' || state.status === 'loading-voices') dispatch({ type: 'pause' });
      else if (state.status === 'paused') dispatch({ type: 'resume' });
      else dispatch({ type: 'play' });
    },
    stop: () => dispatch({ type: 'stop' }),
    nextSentence: () => dispatch({ type: 'next-sentence' }),
    previousSentence: () => dispatch({ type: 'prev-sentence' }),
    nextBlock: () => dispatch({ type: 'next-block' }),
    previousBlock: () => dispatch({ type: 'prev-block' }),
    seek: (to: PlanPosition) => dispatch({ type: 'seek', to }),
    setRate: (rate: number) => dispatch({ type: 'set-rate', rate }),
    setVolume: (volume: number) => dispatch({ type: 'set-volume', volume }),
    setVoice: (lang: string, voice: VoiceInfo | null) => dispatch({ type: 'set-voice', lang, voice }),
    voices: async () => {
      const voices = await engine.loadVoices();
      dispatch({ type: 'voices-loaded', voices });
      return voices;
    },
    get status(): PlayerStatus {
      return state.status;
    },
    get position(): PlanPosition | null {
      return state.position;
    },
    get settings(): Readonly<PlayerSettings> {
      return state.settings;
    },
    get machineState(): MachineState {
      return state;
    },
    pageHidden: onPageHide,
    on: listeners.on,
    off: listeners.off,
    dispose: () => {
      dispatch({ type: 'stop' });
      disposed = true;
      for (const name of [...timerHandles.keys()]) clearTimer(name);
      options.pageHideTarget?.removeEventListener('pagehide', onPageHide);
      listeners.clear();
    },
  };
  return player;
}
