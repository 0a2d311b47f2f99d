// The handshake between the small loader (lyssna.js) and the player it fetches (lyssna-player.js): names,
// file and the shapes both sides agree on. Types and constants only, so the loader stays small.

import type { PageWidgetCommand as WidgetCommand } from '../src/ui/page-command.ts';
import type { LyssnaApi } from './api.ts';
import type { WidgetConfig } from './config.ts';

/** The player's file, next to the loader: both are built into dist/widget/ and served together. */
export const PLAYER_FILE = 'lyssna-player.js';

/** Where the loader leaves its handshake for the player script (set before the player is fetched). */
export const BOOT_KEY = '__lyssnaBoot';

/** Bumped when the handshake changes: a cached player of another version is refused, not half-run. */
export const BOOT_PROTOCOL = 1;

/** What `lyssna:command` events may ask (the extension drives a page's widget with them). */
export type { PageWidgetCommand as WidgetCommand } from '../src/ui/page-command.ts';

/** The running player, as the loader drives it once mounted. */
export interface MountedPlayer {
  api: LyssnaApi;
  /** Open the player and start reading (inside the reader's click when there is one). */
  open(): void;
  /** Read the page in advance (the pointer is over the button or it has focus): the click only starts speech. */
  warm(): void;
  focusLauncher(): void;
  command(command: WidgetCommand): void;
}

/** The player script's side: mounts the player with the loader's parsed options (lexicon already fetched). */
export type MountPlayer = (config: WidgetConfig) => MountedPlayer;

/** The loader's side, found by the player script at window[BOOT_KEY]. */
export interface LoaderBoot {
  protocol: number;
  arrived(mount: MountPlayer, protocol: number): void;
}

declare global {
  interface Window {
    Lyssna?: LyssnaApi;
    /** Set by the first copy of the script, before the page is ready. */
    __lyssnaWidget?: true;
    [BOOT_KEY]?: LoaderBoot;
  }
}
