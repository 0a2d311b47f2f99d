// When the page already runs the Lyssna widget, the extension drives it instead of adding a second player.
// One direction only: the extension dispatches `lyssna:command` DOM events; it never listens to the page.

import { PLAYER_TAG } from '../ui/player-element.ts';

/** The event the widget listens for (see widget/main.ts). Its detail is a plain string: it crosses worlds. */
export const PAGE_COMMAND_EVENT = 'lyssna:command';

export type PageWidgetCommand = 'play' | 'pause' | 'toggle' | 'stop' | 'read-selection';

/** The widget appends a `<lyssna-player>` to the page; our own host uses another tag, so it is never ours. */
export function findPageWidget(doc: Document): Element | null {
  return doc.querySelector(PLAYER_TAG);
}

export function commandPageWidget(doc: Document, command: PageWidgetCommand): void {
  const win = doc.defaultView;
  if (!win) return;
  doc.dispatchEvent(new win.CustomEvent(PAGE_COMMAND_EVENT, { detail: command }));
}
