// The one channel between the Lyssna extension and a page's own widget: `lyssna:command` DOM events with a
// string detail (strings cross the content script's isolated world). The widget answers a ping with the
// extension's nonce, so the extension drives only a widget that really runs, never a bare `<lyssna-player>`.

export const PAGE_COMMAND_EVENT = 'lyssna:command';
/** The widget's answer to a ping; its detail is the ping's nonce. */
export const PAGE_ANSWER_EVENT = 'lyssna:answer';
const PING_PREFIX = 'ping:';

export type PageWidgetCommand = 'play' | 'pause' | 'toggle' | 'stop' | 'read-selection';

/** What the widget needs to obey a command (a subset of its controller). */
export interface CommandTarget {
  readonly status: string;
  play(): void;
  pause(): void;
  stop(): void;
  readSelection(): boolean;
}

export const pingDetail = (nonce: string): string => `${PING_PREFIX}${nonce}`;

/**
 * The widget's side of a ping: answer with the extension's nonce. True when `command` was a ping (and so is
 * no command). The answer tells the page nothing it does not know (it runs the widget).
 */
export function answerPing(doc: Document, command: unknown): boolean {
  if (typeof command !== 'string' || !command.startsWith(PING_PREFIX)) return false;
  const win = doc.defaultView;
  if (win)
    doc.dispatchEvent(new win.CustomEvent(PAGE_ANSWER_EVENT, { detail: command.slice(PING_PREFIX.length) }));
  return true;
}

/** Carry out one command on the widget's controller. */
export function runPageCommand(target: CommandTarget, command: PageWidgetCommand): void {
  if (command === 'play') target.play();
  else if (command === 'pause') target.pause();
  else if (command === 'stop') target.stop();
  else if (command === 'read-selection') target.readSelection();
  else if (command === 'toggle') {
    if (target.status === 'playing' || target.status === 'loading-voices') target.pause();
    else target.play();
  }
}

const COMMANDS: readonly string[] = ['play', 'pause', 'toggle', 'stop', 'read-selection'];

export function isPageCommand(command: unknown): command is PageWidgetCommand {
  return typeof command === 'string' && COMMANDS.includes(command);
}

/**
 * The widget's listener. The page could send these too, but it can already call window.Lyssna, so this grants
 * nothing new.
 */
export function obeyPageCommand(doc: Document, target: CommandTarget, command: unknown): void {
  if (answerPing(doc, command)) return;
  if (isPageCommand(command)) runPageCommand(target, command);
}
