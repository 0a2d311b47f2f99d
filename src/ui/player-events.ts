// Player events → what the reader sees and hears: view state, highlights, scrolling, announcements, and the
// widget's public events.

import type { VoiceInfo } from '../core/engine.ts';
import type { PlayerError, PlayerErrorCode, PlayerEvent, PlayerStatus } from '../core/player-types.ts';
import type { WidgetEvents } from './events.ts';
import type { Highlighter } from './highlighter.ts';
import { languageName, type Strings, type UiLang } from './i18n.ts';
import type { PlanSession } from './plan-session.ts';
import type { PlayerView, PlayerViewState, ViewStatus } from './player-view-types.ts';
import type { ScrollFollower } from './scroll-follow.ts';
import type { WidgetSettings } from './settings-store.ts';
import { noVoiceMessage } from './voice-help.ts';

const STATUS_VIEW: Record<PlayerStatus, ViewStatus> = {
  idle: 'idle',
  'loading-voices': 'loading',
  playing: 'playing',
  paused: 'paused',
  ended: 'ended',
  error: 'error',
};

/** The live region's word for each status worth announcing (idle only after something ran; error has its own). */
const ANNOUNCED: Partial<Record<PlayerStatus, keyof Strings['states']>> = {
  playing: 'playing',
  paused: 'paused',
  ended: 'ended',
  'loading-voices': 'loading',
};

/** What the live region says on a status change ('' for nothing). */
export function stateAnnouncement(status: PlayerStatus, previous: PlayerStatus, strings: Strings): string {
  const key = status === 'idle' ? (previous === 'idle' ? undefined : 'stopped') : ANNOUNCED[status];
  return key ? strings.states[key] : '';
}

/** Player errors the reader is told of (a skipped sentence is not: reading goes on). */
type ToldErrorCode = Exclude<PlayerErrorCode, 'segment-skipped'>;

/** Player errors whose text is one of the UI's own strings (the no-voice one names the language). */
const ERROR_STRINGS: Record<
  Exclude<ToldErrorCode, 'no-voice-for-language'>,
  'noSpeech' | 'notAllowed' | 'engineFailed' | 'noVoices' | 'unreadable'
> = {
  'no-speech-support': 'noSpeech',
  'not-allowed': 'notAllowed',
  'engine-failed': 'engineFailed',
  'no-voices': 'noVoices',
  'empty-plan': 'unreadable',
};

/** A player error in the reader's UI language, always in the UI's own words (lang: the language concerned). */
export function errorText(code: ToldErrorCode, lang: string | undefined, strings: Strings): string {
  return code === 'no-voice-for-language'
    ? strings.noVoiceFor(languageName(strings, lang ?? ''))
    : strings[ERROR_STRINGS[code]];
}

export interface PlayerEventContext {
  ui: PlayerViewState;
  view: PlayerView;
  highlighter: Highlighter;
  follower: ScrollFollower;
  session: PlanSession;
  events: WidgetEvents;
  strings(): Strings;
  uiLang(): UiLang;
  settings(): WidgetSettings;
  pageLang(): string | null;
  /** The voice list as last fetched ([] before). */
  voices(): readonly VoiceInfo[];
  /** Fetch the voice list now (it updates the settings panel's choices). */
  loadVoices(): Promise<readonly VoiceInfo[]>;
  openPanel(): void;
  render(): void;
}

export function createPlayerEventHandler(c: PlayerEventContext): (e: PlayerEvent) => void {
  const { ui, view, highlighter, follower, session, events } = c;

  function onError(error: PlayerError): void {
    const { code } = error;
    if (code === 'segment-skipped') return;
    const strings = c.strings();
    const text = errorText(code, error.lang, strings);
    const lang = error.lang ?? c.pageLang() ?? 'sv';
    ui.message =
      error.code === 'no-voice-for-language'
        ? noVoiceMessage(strings, lang, c.voices())
        : error.code === 'no-voices'
          ? { text, stepsIntro: strings.installIntro, steps: strings.install }
          : { text };
    if (error.code === 'no-voice-for-language' && c.voices().length === 0) {
      // The list may not have been fetched by us yet: offer the related voice once it is.
      void c.loadVoices().then((list) => {
        if (ui.message?.steps) ui.message = noVoiceMessage(c.strings(), error.lang ?? 'sv', list);
        c.render();
      });
    }
    c.openPanel();
    view.announce(text);
    c.render();
    events.emit('error', {
      code: error.code,
      message: text,
      fatal: error.fatal,
      ...(error.lang ? { lang: error.lang } : {}),
    });
  }

  return (e) => {
    switch (e.type) {
      case 'state':
        ui.status = STATUS_VIEW[e.status];
        if (e.status === 'playing' && e.previous !== 'playing' && ui.message && !ui.message.steps)
          ui.message = null;
        if (e.status === 'idle' || e.status === 'ended') {
          highlighter.clear();
          session.current = null;
        }
        view.announce(stateAnnouncement(e.status, e.previous, c.strings()));
        c.render();
        events.emit('statechange', { status: e.status, previous: e.previous });
        return;
      case 'segment': {
        session.current = { block: e.block, segment: e.segment };
        const range = session.rangeFor(e.block, e.start, e.end);
        highlighter.word(null);
        if (c.settings().sentenceHighlight) highlighter.sentence(range);
        if (c.settings().autoScroll) follower.follow(range);
        const block = session.plan?.blocks[e.block];
        events.emit('segment', {
          block: e.block,
          segment: e.segment,
          text: block?.text.slice(e.start, e.end) ?? block?.segments[e.segment]?.spoken ?? '',
        });
        return;
      }
      case 'word':
        // Word highlight only from real boundary events; without them (Linux, remote voices) the sentence
        // stays highlighted alone: an estimated word position drifts and misleads more than it helps.
        if (c.settings().wordHighlight) highlighter.word(session.rangeFor(e.block, e.start, e.end));
        events.emit('word', { block: e.block, segment: e.segment, start: e.start, end: e.end });
        return;
      case 'progress':
        ui.progress = { done: Math.min(e.done + 1, e.total), total: e.total };
        c.render();
        return;
      case 'voice':
        return;
      case 'error':
        onError(e.error);
        return;
      case 'ended':
        events.emit('ended', {});
        return;
    }
  };
}
