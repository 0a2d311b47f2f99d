// window.Lyssna: the JS API for site owners who want their own buttons or to follow the reading.

import type { ReadingPlan } from '../src/core/plan.ts';
import type { Controller, WidgetEventType, WidgetListener } from '../src/ui/controller.ts';

export interface LyssnaApi {
  readonly version: string;
  /** Open the player and read the page (or resume). Call it inside a click handler: browsers want a gesture. */
  play(): void;
  pause(): void;
  stop(): void;
  /** Read one element, or the first element matching a CSS selector. False when there is nothing to read. */
  read(target: string | Element): boolean;
  open(): void;
  close(): void;
  /** Current status: idle, loading-voices, playing, paused, ended or error. */
  readonly status: string;
  /** What is being read (blocks, sentences, spoken text), or null before the first play: for debugging. */
  readonly plan: ReadingPlan | null;
  /** Listen to statechange, segment, word, ended, error, open, close. Returns an unsubscribe function. */
  on<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): () => void;
  off<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): void;
}

export const WIDGET_VERSION = '0.1.0';

export function createApi(controller: Controller): LyssnaApi {
  return {
    version: WIDGET_VERSION,
    play: () => controller.play(),
    pause: () => controller.pause(),
    stop: () => controller.stop(),
    read: (target) => controller.read(target),
    open: () => controller.open(),
    close: () => controller.close(),
    get status() {
      return controller.status;
    },
    get plan() {
      return controller.plan;
    },
    on: (type, listener) => controller.on(type, listener),
    off: (type, listener) => controller.off(type, listener),
  };
}
