// The `<lyssna-player>` custom element: a shadow host (styles isolated both ways) around the player view.

import { textColorFor, toRgb } from './color.ts';
import type { Position, Theme } from './config.ts';
import { adoptStyles } from './dom.ts';
import type { Strings } from './i18n.ts';
import { mountPlayerView } from './player-view.ts';
import type { PlayerView, ViewCommand } from './player-view-types.ts';

export const PLAYER_TAG = 'lyssna-player';

export interface PlayerElementOptions {
  strings: Strings;
  dir: 'ltr' | 'rtl';
  placement: 'inline' | 'floating';
  /** The owner's accent colour (validated CSS colour); text on it is black or white for contrast. */
  accent?: string | null;
  position: Position;
  theme: Theme;
  onCommand(command: ViewCommand): void;
  /**
   * Host tag instead of `lyssna-player` (the extension: content scripts have no registry, and the page may
   * own the name). Any tag that can carry a shadow root works.
   */
  tag?: string;
  /**
   * The extension's player, on a page it does not own: a closed shadow root (the page can neither read nor
   * press anything inside) and only the browser's own input events act. The widget stays open: its page is
   * its owner, and site owners script it through window.Lyssna anyway.
   */
  isolated?: boolean;
}

/** Defines the element once per page (a second copy of the script finds it defined). */
export function definePlayerElement(win: Window & typeof globalThis = window): void {
  if (!win.customElements || win.customElements.get(PLAYER_TAG)) return;
  win.customElements.define(PLAYER_TAG, class LyssnaPlayerElement extends win.HTMLElement {});
}

/**
 * Creates the host and mounts the view in its shadow root (open for the widget, closed when isolated). Works
 * without a custom element registry too (the host is then an unknown element, which may still carry one).
 */
export function createPlayerElement(
  doc: Document,
  options: PlayerElementOptions,
): { host: HTMLElement; view: PlayerView } {
  const host = doc.createElement(options.tag ?? PLAYER_TAG);
  host.setAttribute('placement', options.placement);
  host.setAttribute('position', options.position);
  host.setAttribute('theme', options.theme);
  // The element itself has no text for extraction to pick up: everything lives in the shadow root.
  const root = host.attachShadow({ mode: options.isolated ? 'closed' : 'open' });
  const view = mountPlayerView(root, {
    strings: options.strings,
    dir: options.dir,
    onCommand: options.onCommand,
    trustedOnly: options.isolated ?? false,
  });
  if (options.accent) {
    const rgb = toRgb(options.accent, doc);
    if (rgb)
      adoptStyles(root, [`:host{--lyssna-accent:${options.accent};--lyssna-on-accent:${textColorFor(rgb)}}`]);
  }
  return { host, view };
}
