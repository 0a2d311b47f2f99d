// When the page already runs the Lyssna widget, the extension drives it instead of adding a second player.
// Only a widget that answers a ping counts: a bare `<lyssna-player>` element (one line of HTML) must not
// silence the extension. The only event we listen to is that answer, and only during our own dispatch.

import {
  PAGE_ANSWER_EVENT,
  PAGE_COMMAND_EVENT,
  type PageWidgetCommand,
  pingDetail,
} from '../ui/page-command.ts';
import { PLAYER_TAG } from '../ui/player-element.ts';

export type { PageWidgetCommand };

/** Each element is asked about once: the popup asks for status every second, and the page hears each ping. */
const answered = new WeakMap<Element, boolean>();

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's running widget, or null. The widget answers synchronously inside our dispatch, so one call
 * settles it; an element nobody answers for is not a widget.
 */
export function findPageWidget(doc: Document): Element | null {
  const els = [...doc.querySelectorAll(PLAYER_TAG)];
  const win = doc.defaultView;
  if (els.length === 0 || !win) return null;
  const known = els.find((el) => answered.get(el) === true);
  if (known) return known;
  const fresh = els.filter((el) => !answered.has(el));
  if (fresh.length === 0) return null;
  const token = nonce();
  let ok = false;
  const onAnswer = (e: Event) => {
    if ((e as CustomEvent<unknown>).detail === token) ok = true;
  };
  doc.addEventListener(PAGE_ANSWER_EVENT, onAnswer);
  try {
    doc.dispatchEvent(new win.CustomEvent(PAGE_COMMAND_EVENT, { detail: pingDetail(token) }));
  } finally {
    doc.removeEventListener(PAGE_ANSWER_EVENT, onAnswer);
  }
  // The widget mounts its element in the same task as its listener: a new element after an unanswered ping
  // (the real widget loading late beside a fake one) is asked again.
  for (const el of fresh) answered.set(el, ok);
  return ok ? (fresh.at(-1) ?? null) : null;
}

export function commandPageWidget(doc: Document, command: PageWidgetCommand): void {
  const win = doc.defaultView;
  if (!win) return;
  doc.dispatchEvent(new win.CustomEvent(PAGE_COMMAND_EVENT, { detail: command }));
}
