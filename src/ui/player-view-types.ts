// The player view's vocabulary: the state it renders, the commands it reports, how it is mounted. Apart from
// player-view.ts so the controller, the player's events and the voice help can name them without the DOM code.

import type { Strings } from './i18n.ts';
import type { WidgetSettings } from './settings-store.ts';

export type ViewStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

export interface ViewMessage {
  text: string;
  /** Install steps ({platform, how}) for the no-voice message. */
  steps?: { platform: string; how: string }[];
  stepsIntro?: string;
  /** Buttons offered with the message (e.g. "use the Norwegian voice"). */
  actions?: { id: string; label: string }[];
}

export interface VoiceChoice {
  lang: string;
  label: string;
  selected: string;
  voices: { id: string; name: string }[];
}

export interface PlayerViewState {
  open: boolean;
  status: ViewStatus;
  /** False when nothing can be played (no speech support, unreadable page): only the message and close. */
  canPlay: boolean;
  launcherLabel: string;
  settingsOpen: boolean;
  /** Auto-scroll is on and the view follows the sentence (false after the reader scrolled away). */
  following: boolean;
  progress: { done: number; total: number } | null;
  message: ViewMessage | null;
  settings: WidgetSettings;
  voices: VoiceChoice[];
  highlightSupported: boolean;
}

export type ViewCommand =
  | { command: 'launcher' }
  /** The pointer is over the launcher or it has focus: a click is likely, prepare (read the page) now. */
  | { command: 'warm' }
  | { command: 'toggle' }
  | { command: 'stop' }
  | { command: 'prev-sentence' }
  | { command: 'next-sentence' }
  | { command: 'prev-block' }
  | { command: 'next-block' }
  | { command: 'rate'; value: number }
  | { command: 'settings' }
  | { command: 'close' }
  | { command: 'follow' }
  | { command: 'voice'; lang: string; id: string }
  | { command: 'setting'; key: 'sentenceHighlight' | 'wordHighlight' | 'autoScroll'; value: boolean }
  | { command: 'color'; key: 'sentenceColor' | 'wordColor'; value: string }
  | { command: 'action'; id: string };

export interface PlayerViewOptions {
  strings: Strings;
  dir: 'ltr' | 'rtl';
  /** Called synchronously inside the click/keydown handler: speech started here keeps user activation. */
  onCommand(command: ViewCommand): void;
  /**
   * Act only on the browser's own input events (`isTrusted`): the extension, where the page is not the
   * owner and must not press our buttons or change our settings with synthetic events.
   */
  trustedOnly?: boolean;
}

export interface PlayerView {
  render(state: PlayerViewState): void;
  /** Say something once, politely, in the live region. */
  announce(text: string): void;
  focusLauncher(): void;
  focusPlay(): void;
  setStrings(strings: Strings, dir: 'ltr' | 'rtl'): void;
  readonly root: ShadowRoot;
}
