// The widget's public events: `on(type)` on window.Lyssna, and `lyssna:<type>` DOM events on the document.

import { createListeners } from '../core/listeners.ts';
import type { PlayerStatus } from '../core/player-types.ts';

export interface WidgetEventMap {
  statechange: { status: PlayerStatus; previous: PlayerStatus };
  segment: { block: number; segment: number; text: string };
  word: { block: number; segment: number; start: number; end: number };
  ended: Record<string, never>;
  error: { code: string; message: string; fatal: boolean; lang?: string };
  open: Record<string, never>;
  close: Record<string, never>;
}
export type WidgetEventType = keyof WidgetEventMap;
export type WidgetListener<T extends WidgetEventType> = (detail: WidgetEventMap[T]) => void;

export interface WidgetEvents {
  on<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): () => void;
  off<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): void;
  emit<T extends WidgetEventType>(type: T, detail: WidgetEventMap[T]): void;
}

/** `toPage: false` (the extension's player): events reach our listeners only, never the page's. */
export function createWidgetEvents(
  doc: Document,
  win: Window & typeof globalThis,
  { toPage = true }: { toPage?: boolean } = {},
): WidgetEvents {
  const listeners = createListeners<WidgetEventMap>();
  return {
    on: listeners.on,
    off: listeners.off,
    emit(type, detail) {
      listeners.emit(type, detail);
      if (toPage) doc.dispatchEvent(new win.CustomEvent(`lyssna:${type}`, { detail }));
    },
  };
}
