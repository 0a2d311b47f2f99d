// window.Lyssna: the JS API for site owners who want their own buttons or to follow the reading.

import type { ReadingPlan } from '../src/core/plan.ts';
import type { Controller, WidgetEventMap, WidgetEventType, WidgetListener } from '../src/ui/controller.ts';

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

/** The loader's side of a queued API: `attach` hands it the player's API once the player is mounted. */
export interface QueuedApi {
  api: LyssnaApi;
  attach(real: LyssnaApi): void;
  /** Tell the listeners waiting here (the player failed to load: `error`). */
  emit<T extends WidgetEventType>(type: T, detail: WidgetEventMap[T]): void;
}

/**
 * window.Lyssna before the player is there (the loader's): the same members, with calls that need the player
 * handed to `want`, which fetches it and runs them in order once it is mounted. Listeners wait here and move
 * to the player when it arrives; pause, stop and close have nothing to act on yet and do nothing.
 */
export function createQueuedApi(doc: Document, want: (call: (api: LyssnaApi) => void) => void): QueuedApi {
  let real: LyssnaApi | null = null;
  const listeners: { type: WidgetEventType; fn: WidgetListener<never>; off?: () => void }[] = [];
  const api: LyssnaApi = {
    version: WIDGET_VERSION,
    play: () => (real ? real.play() : want((a) => a.play())),
    pause: () => real?.pause(),
    stop: () => real?.stop(),
    read(target) {
      if (real) return real.read(target);
      let el: Element | null = null;
      try {
        el = typeof target === 'string' ? doc.querySelector(target) : target;
      } catch {
        return false; // an invalid selector
      }
      if (!el) return false;
      const found = el;
      want((a) => a.read(found));
      return true;
    },
    open: () => (real ? real.open() : want((a) => a.open())),
    close: () => real?.close(),
    get status() {
      return real?.status ?? 'idle';
    },
    get plan() {
      return real?.plan ?? null;
    },
    on(type, listener) {
      const entry: (typeof listeners)[number] = { type, fn: listener as WidgetListener<never> };
      listeners.push(entry);
      if (real) entry.off = real.on(type, listener);
      return () => api.off(type, listener);
    },
    off(type, listener) {
      const i = listeners.findIndex((l) => l.type === type && l.fn === listener);
      if (i < 0) return;
      listeners[i]!.off?.();
      listeners.splice(i, 1);
    },
  };
  return {
    api,
    attach(next) {
      real = next;
      for (const l of listeners) l.off = next.on(l.type, l.fn as WidgetListener<typeof l.type>);
    },
    emit(type, detail) {
      for (const l of listeners.filter((x) => x.type === type)) (l.fn as WidgetListener<typeof type>)(detail);
    },
  };
}
