// The widget's glue: page → plan → player → view and highlight. It owns the state the view renders, turns
// view commands into player calls (synchronously, inside the click, for user activation) and player events
// into highlights, scrolling, announcements and public events.

import type { VoiceInfo } from '../../src/core/engine.ts';
import type { PlanPosition, ReadingPlan } from '../../src/core/plan.ts';
import type { Player, PlayerError, PlayerEvent, PlayerStatus } from '../../src/core/player-types.ts';
import { primaryLanguage, rankVoices } from '../../src/core/voices.ts';
import type { ExtractedArticle } from '../../src/extract/types.ts';
import type { PagePlan, PlanOptions } from '../../src/pipeline.ts';
import type { Lexicon } from '../../src/text/types.ts';
import type { WidgetConfig } from '../config.ts';
import {
  firstPositionFrom,
  hasSegments,
  planLanguages,
  remapLanguages,
  segmentCount,
} from '../plan-tools.ts';
import { articleFromRange, selectorFor } from '../range-article.ts';
import { DEFAULT_SENTENCE_COLOR, DEFAULT_WORD_COLOR } from './color.ts';
import { createHighlighter, type Highlighter } from './highlighter.ts';
import { languageName, pickUiLang, STRINGS, type Strings, type UiLang } from './i18n.ts';
import { createPlayerElement, definePlayerElement } from './player-element.ts';
import type { PlayerView, PlayerViewState, ViewCommand, ViewStatus, VoiceChoice } from './player-view.ts';
import { createScrollFollower, type ScrollFollower } from './scroll-follow.ts';
import { createSelectionButton, type SelectionButton } from './selection-button.ts';
import { createSettingsStore, type SettingsStore, type WidgetSettings } from './settings-store.ts';
import { noVoiceMessage, USE_RELATED_PREFIX } from './voice-help.ts';

/** Selections shorter than this (after trimming) get no button: a stray double-click is not a request. */
const MIN_SELECTION_CHARS = 2;
/** Wait for the selection to settle (dragging fires selectionchange continuously). */
const SELECTION_SETTLE_MS = 250;
/** Mutations are handled in one batch after this pause (pages often mutate in bursts). */
const MUTATION_SETTLE_MS = 100;
/**
 * The page plan's later blocks are cut into segments in idle slices of at most this long: well under the
 * 50 ms that counts as a long task, so reading and scrolling stay smooth while the plan fills in.
 */
const FILL_SLICE_MS = 8;
/** An idle callback waits at most this long on a busy page before a slice runs anyway. */
const FILL_IDLE_TIMEOUT_MS = 1000;

/** Events the widget publishes: `on(type)` on window.Lyssna, and `lyssna:<type>` DOM events on document. */
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

export interface ControllerDeps {
  doc: Document;
  win: Window & typeof globalThis;
  config: WidgetConfig;
  /** Null when the browser has no speech synthesis: the widget then explains instead of playing. */
  createPlayer: ((settings: { rate: number; voices: WidgetSettings['voices'] }) => Player) | null;
  buildPagePlan(doc: Document, options: PlanOptions): PagePlan;
  planFromArticle(article: ExtractedArticle, options: PlanOptions): ReadingPlan;
  storage?: () => Storage | null;
  /** Extension hook: host tag for the player (see PlayerElementOptions.tag); the custom element is then not defined. */
  hostTag?: string;
  /** Extension hook: a closed player, trusted input only, no `lyssna:*` page events (see PlayerElementOptions.isolated). */
  isolated?: boolean;
  /** The owner's lexicon from a URL (config.lexicon.url): the widget's only network request. */
  fetchLexicon?: (url: string) => Promise<Lexicon | null>;
}

export interface Controller {
  open(): void;
  close(): void;
  /** Start (or resume) reading the page; call inside a user gesture. */
  play(): void;
  pause(): void;
  stop(): void;
  /** Read one element (or the first match of a selector) instead of the whole page. */
  read(target: string | Element): boolean;
  /** Read the current selection. */
  readSelection(): boolean;
  /** Extension hook ("Lyssna härifrån"): read from the sentence at `node`/`offset` to the end; opens the panel. */
  playFrom(node: Node, offset?: number | null): boolean;
  on<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): () => void;
  off<T extends WidgetEventType>(type: T, listener: WidgetListener<T>): void;
  readonly status: PlayerStatus;
  readonly plan: ReadingPlan | null;
  readonly view: PlayerView;
  readonly host: HTMLElement;
  readonly player: Player | null;
  dispose(): void;
}

const STATUS_VIEW: Record<PlayerStatus, ViewStatus> = {
  idle: 'idle',
  'loading-voices': 'loading',
  playing: 'playing',
  paused: 'paused',
  ended: 'ended',
  error: 'error',
};

function defaultSettings(config: WidgetConfig): WidgetSettings {
  return {
    rate: config.rate,
    voices: {},
    sentenceHighlight: true,
    wordHighlight: config.wordHighlight,
    sentenceColor: config.highlightColor ? 'site' : DEFAULT_SENTENCE_COLOR,
    wordColor: config.wordColor ? 'site' : DEFAULT_WORD_COLOR,
    autoScroll: config.autoScroll,
  };
}

/** Settings keep stand-in languages next to the player's fields (same store, one entry per site). */
interface StoredSettings extends WidgetSettings {
  standIns?: Record<string, string>;
}

function isInteractive(el: Element | null): boolean {
  return Boolean(
    el?.closest(
      'a[href],button,input,select,textarea,label,summary,[contenteditable=""],[contenteditable=true],[role=button],[role=link]',
    ),
  );
}

export function createController(deps: ControllerDeps): Controller {
  const { doc, win, config } = deps;
  const listeners = new Map<WidgetEventType, Set<(d: never) => void>>();
  const cleanups: (() => void)[] = [];

  const pageLang = () => config.lang ?? doc.documentElement.getAttribute('lang');
  let uiLang: UiLang = pickUiLang(config.uiLang === 'auto' ? null : config.uiLang, pageLang());
  let strings: Strings = STRINGS[uiLang];
  const dirOf = (): 'ltr' | 'rtl' =>
    (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl'
      ? 'rtl'
      : 'ltr';

  const defaults = defaultSettings(config);
  const store: SettingsStore = createSettingsStore(deps.storage ?? (() => win.localStorage), defaults);
  let settings: StoredSettings = store.load();
  const save = () => store.save(settings);

  let lexicon: Lexicon | undefined =
    config.lexicon && 'inline' in config.lexicon ? config.lexicon.inline : undefined;

  // Page state: the article being read and whether it must be re-read from the page.
  let article: ExtractedArticle | null = null;
  let plan: ReadingPlan | null = null;
  let stale = true;
  /** Reading the selection or one element: the next page play re-plans the whole page. */
  let partial = false;
  let current: PlanPosition | null = null;
  let voices: VoiceInfo[] = [];

  const ui: PlayerViewState = {
    open: false,
    status: 'idle',
    canPlay: deps.createPlayer !== null,
    launcherLabel: deps.createPlayer ? strings.launcher : strings.launcherUnsupported,
    settingsOpen: false,
    following: true,
    progress: null,
    message: null,
    settings,
    voices: [],
    highlightSupported: true,
  };

  const player: Player | null = deps.createPlayer?.({ rate: settings.rate, voices: settings.voices }) ?? null;

  if (!deps.hostTag) definePlayerElement(win);
  const mount = doc.querySelector('[data-lyssna-button]');
  const { host, view } = createPlayerElement(doc, {
    strings,
    dir: dirOf(),
    placement: mount ? 'inline' : 'floating',
    position: config.position,
    theme: config.theme,
    accent: config.color,
    onCommand: (c) => command(c),
    ...(deps.hostTag ? { tag: deps.hostTag } : {}),
    isolated: deps.isolated === true,
  });
  host.setAttribute('lang', uiLang);
  (mount ?? doc.body).append(host);

  const highlighter: Highlighter = createHighlighter(doc, {
    sentence: settings.sentenceColor === 'site' ? (config.highlightColor ?? 'site') : settings.sentenceColor,
    word: settings.wordColor === 'site' ? (config.wordColor ?? 'site') : settings.wordColor,
  });
  ui.highlightSupported = highlighter.supported;
  const applyColors = () =>
    highlighter.setColors({
      sentence:
        settings.sentenceColor === 'site' ? (config.highlightColor ?? 'site') : settings.sentenceColor,
      word: settings.wordColor === 'site' ? (config.wordColor ?? 'site') : settings.wordColor,
    });

  const selection: SelectionButton | null =
    config.selectionButton && player
      ? createSelectionButton(doc, strings.readSelection, () => {
          controller.readSelection();
        })
      : null;
  if (selection) doc.body.append(selection.host);

  const isOwn = (n: Node | EventTarget | null): boolean =>
    n instanceof win.Node && (host.contains(n) || (selection?.host.contains(n) ?? false));

  const follower: ScrollFollower = createScrollFollower(win, {
    isOwnTarget: (t) => isOwn(t),
    onStopFollowing: () => {
      ui.following = false;
      render();
    },
  });
  cleanups.push(() => follower.dispose());

  function render(): void {
    ui.settings = settings;
    view.render({ ...ui });
  }

  function emit<T extends WidgetEventType>(type: T, detail: WidgetEventMap[T]): void {
    for (const l of [...(listeners.get(type) ?? [])]) {
      try {
        (l as WidgetListener<T>)(detail);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    if (!deps.isolated) doc.dispatchEvent(new win.CustomEvent(`lyssna:${type}`, { detail }));
  }

  function setStrings(lang: UiLang): void {
    if (lang === uiLang) return;
    uiLang = lang;
    strings = STRINGS[lang];
    host.setAttribute('lang', lang);
    view.setStrings(strings, dirOf());
    selection?.setLabel(strings.readSelection);
    ui.launcherLabel = strings.launcher;
  }

  function rangeFor(block: number, start: number, end: number): Range | null {
    return article?.blocks[block]?.toRange(start, end) ?? null;
  }

  function currentSentenceRange(): Range | null {
    if (!plan || !current) return null;
    const seg = plan.blocks[current.block]?.segments[current.segment];
    return seg ? rangeFor(current.block, seg.start, seg.end) : null;
  }

  function loadPlan(next: ReadingPlan, nextArticle: ExtractedArticle): void {
    article = nextArticle;
    plan = remapLanguages(next, settings.standIns ?? {});
    current = null;
    highlighter.clear();
    player?.load(plan);
    ui.progress = null;
    observeContent();
    fillInIdle(plan);
  }

  /** False while a lazily planned page still has blocks without segments (see fillInIdle). */
  let planReady = true;
  let cancelFill: (() => void) | null = null;
  cleanups.push(() => cancelFill?.());
  /**
   * Cut the plan's remaining blocks into segments in idle time, in reading order, so they are ready long
   * before the reader gets there (and before progress needs the total). Then the voice list can name every
   * language the plan reads.
   */
  function fillInIdle(p: ReadingPlan): void {
    cancelFill?.();
    planReady = false;
    let next = 0;
    const w = win as {
      requestIdleCallback?: Window['requestIdleCallback'];
      cancelIdleCallback?: (id: number) => void;
    };
    const schedule = (step: (deadline?: IdleDeadline) => void): void => {
      if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
        const id = w.requestIdleCallback.call(win, step, { timeout: FILL_IDLE_TIMEOUT_MS });
        cancelFill = () => w.cancelIdleCallback?.call(win, id);
      } else {
        const id = setTimeout(step, 0);
        cancelFill = () => clearTimeout(id);
      }
    };
    const step = (deadline?: IdleDeadline): void => {
      if (plan !== p) return; // a newer plan took over and fills itself
      const until = win.performance.now() + FILL_SLICE_MS;
      const hasTime = () =>
        win.performance.now() < until && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 0);
      do void p.blocks[next++]?.segments;
      while (next < p.blocks.length && hasTime());
      if (next < p.blocks.length) {
        schedule(step);
        return;
      }
      planReady = true;
      cancelFill = null;
      ui.voices = voiceChoices();
      render();
    };
    schedule(step);
  }

  /** Build the page plan now if there is none or the page changed. Synchronous: runs inside the click. */
  function ensurePagePlan(announce = true): boolean {
    if (!player) return false;
    if (plan && !stale && !partial) return plan.blocks.length > 0;
    // Only the first block is cut into segments inside the click; the rest fill in idle time.
    const options: PlanOptions = { lazySegments: true };
    if (config.contentSelector) options.contentSelector = config.contentSelector;
    if (config.lang) options.lang = config.lang;
    if (lexicon) options.lexicon = lexicon;
    let built: PagePlan;
    try {
      built = deps.buildPagePlan(doc, options);
    } catch (err) {
      queueMicrotask(() => {
        throw err;
      });
      built = { plan: { title: '', lang: pageLang() ?? 'und', blocks: [] }, article: emptyArticle() };
    }
    stale = false;
    partial = false;
    loadPlan(built.plan, built.article);
    if (config.uiLang === 'auto') setStrings(pickUiLang(null, built.plan.lang || pageLang()));
    const readable = hasSegments(built.plan);
    ui.launcherLabel = readable ? strings.launcher : strings.launcherUnreadable;
    if (!readable) {
      ui.message = { text: strings.unreadable };
      ui.canPlay = false;
      if (announce) {
        view.announce(strings.unreadable);
        emit('error', { code: 'empty-plan', message: strings.unreadable, fatal: true });
      }
    } else {
      ui.canPlay = true;
      if (ui.message?.text === strings.unreadable || ui.message?.text === strings.pageChanged)
        ui.message = null;
    }
    refreshVoices();
    return readable;
  }

  function emptyArticle(): ExtractedArticle {
    return { title: '', declaredLang: null, root: null, blocks: [] };
  }

  function startFollowing(): void {
    ui.following = true;
    follower.resume(currentSentenceRange());
  }

  function openPanel(focus: boolean): void {
    if (!ui.open) {
      ui.open = true;
      emit('open', {});
    }
    render();
    if (focus) view.focusPlay();
  }

  function closePanel(): void {
    player?.stop();
    highlighter.clear();
    ui.open = false;
    ui.settingsOpen = false;
    render();
    view.focusLauncher();
    emit('close', {});
  }

  function playPage(from?: PlanPosition): void {
    if (!player) {
      ui.message = { text: strings.noSpeech };
      openPanel(true);
      return;
    }
    if (!ensurePagePlan()) {
      openPanel(false);
      return;
    }
    startFollowing();
    if (from) player.play(from);
    else if (player.status === 'paused') player.resume();
    else player.play();
  }

  function command(c: ViewCommand): void {
    switch (c.command) {
      case 'launcher':
        if (ui.open) {
          closePanel();
          return;
        }
        ui.open = true;
        emit('open', {});
        // Speech first, synchronously in the click: Chrome wants the user's activation for speak().
        playPage();
        render();
        view.focusPlay();
        return;
      case 'warm':
        // Reading the page takes ~100 ms on a long article: do it while the pointer is on its way to the
        // click (or the button has focus), so the click itself only starts speech.
        if (player && !ui.open && (player.status === 'idle' || player.status === 'ended')) {
          if (!plan || stale || partial) {
            ensurePagePlan(false);
            render();
          }
        }
        return;
      case 'toggle':
        if (!player) return;
        if (player.status === 'playing' || player.status === 'loading-voices') player.pause();
        else playPage();
        return;
      case 'stop':
        player?.stop();
        return;
      case 'prev-sentence':
        player?.previousSentence();
        return;
      case 'next-sentence':
        player?.nextSentence();
        return;
      case 'prev-block':
        player?.previousBlock();
        return;
      case 'next-block':
        player?.nextBlock();
        return;
      case 'rate':
        settings = { ...settings, rate: c.value };
        player?.setRate(c.value);
        save();
        render();
        return;
      case 'settings':
        ui.settingsOpen = !ui.settingsOpen;
        if (ui.settingsOpen) refreshVoices();
        render();
        return;
      case 'close':
        closePanel();
        return;
      case 'follow':
        if (ui.following) {
          ui.following = false;
          render();
        } else {
          startFollowing();
          render();
        }
        return;
      case 'voice': {
        const voice = voices.find((v) => v.id === c.id) ?? null;
        player?.setVoice(c.lang, voice);
        if (player) settings = { ...settings, voices: { ...player.settings.voices } };
        save();
        ui.voices = voiceChoices();
        render();
        return;
      }
      case 'setting':
        settings = { ...settings, [c.key]: c.value };
        if (c.key === 'sentenceHighlight' && !c.value) highlighter.sentence(null);
        if (c.key === 'wordHighlight' && !c.value) highlighter.word(null);
        if (c.key === 'autoScroll' && c.value) startFollowing();
        save();
        render();
        return;
      case 'color':
        settings = { ...settings, [c.key]: c.value };
        applyColors();
        save();
        render();
        return;
      case 'action':
        if (c.id.startsWith(USE_RELATED_PREFIX)) useStandIn(c.id.slice(USE_RELATED_PREFIX.length));
        return;
    }
  }

  /** "sv:nb": read Swedish with the Norwegian voice from here on (saved for the site). */
  function useStandIn(spec: string): void {
    const [from, to] = spec.split(':');
    if (!from || !to || !player || !plan || !article) return;
    settings = { ...settings, standIns: { ...(settings.standIns ?? {}), [from]: to } };
    save();
    ui.message = null;
    const at = player.position;
    const wasPlaying = player.status === 'playing' || player.status === 'loading-voices';
    const keepArticle = article;
    loadPlan(plan, keepArticle);
    if (wasPlaying || at) player.play(at ?? undefined);
    render();
    view.focusPlay();
  }

  // Voices for the settings panel: the plan's languages (or the page's), each with its voices.
  function voiceChoices(): VoiceChoice[] {
    // Naming the plan's languages needs every block's segments: until the idle fill is done, keep the list
    // (the fill refreshes it), unless the settings panel showing it is open.
    if (!planReady && !ui.settingsOpen) return ui.voices;
    const langs = plan ? planLanguages(plan) : [primaryLanguage(pageLang() ?? 'sv')];
    return langs.map((lang) => {
      const ranked = rankVoices(voices, lang);
      const saved = player?.settings.voices[lang];
      const selected = saved ? (ranked.find((v) => v.name === saved.name)?.id ?? '') : '';
      return {
        lang,
        label: strings.voiceFor(languageName(strings, lang)),
        selected,
        voices: ranked.map((v) => ({ id: v.id, name: v.name })),
      };
    });
  }

  let voicesRequested = false;
  function refreshVoices(): void {
    if (!player || voicesRequested) {
      ui.voices = voiceChoices();
      return;
    }
    voicesRequested = true;
    player.voices().then(
      (list) => {
        voices = list;
        voicesRequested = list.length > 0;
        ui.voices = voiceChoices();
        render();
      },
      () => {
        voicesRequested = false;
      },
    );
  }

  function errorMessage(error: PlayerError): string {
    switch (error.code) {
      case 'no-speech-support':
        return strings.noSpeech;
      case 'not-allowed':
        return strings.notAllowed;
      case 'engine-failed':
        return strings.engineFailed;
      case 'no-voices':
        return strings.noVoices;
      case 'empty-plan':
        return strings.unreadable;
      case 'no-voice-for-language':
        return strings.noVoiceFor(languageName(strings, error.lang ?? ''));
      default:
        return error.message[uiLang];
    }
  }

  function onPlayerEvent(e: PlayerEvent): void {
    switch (e.type) {
      case 'state': {
        ui.status = STATUS_VIEW[e.status];
        if (e.status === 'playing' && e.previous !== 'playing' && ui.message && !ui.message.steps)
          ui.message = null;
        if (e.status === 'idle' || e.status === 'ended') {
          highlighter.clear();
          current = null;
        }
        const say =
          e.status === 'playing'
            ? strings.states.playing
            : e.status === 'paused'
              ? strings.states.paused
              : e.status === 'ended'
                ? strings.states.ended
                : e.status === 'idle' && e.previous !== 'idle'
                  ? strings.states.stopped
                  : e.status === 'loading-voices'
                    ? strings.states.loading
                    : '';
        view.announce(say);
        render();
        emit('statechange', { status: e.status, previous: e.previous });
        return;
      }
      case 'segment': {
        current = { block: e.block, segment: e.segment };
        const range = rangeFor(e.block, e.start, e.end);
        highlighter.word(null);
        if (settings.sentenceHighlight) highlighter.sentence(range);
        if (settings.autoScroll) follower.follow(range);
        const seg = plan?.blocks[e.block]?.segments[e.segment];
        emit('segment', {
          block: e.block,
          segment: e.segment,
          text: plan?.blocks[e.block]?.text.slice(e.start, e.end) ?? seg?.spoken ?? '',
        });
        return;
      }
      case 'word':
        // Word highlight only from real boundary events; without them (Linux, remote voices) the sentence
        // stays highlighted alone: an estimated word position drifts and misleads more than it helps.
        if (settings.wordHighlight) highlighter.word(rangeFor(e.block, e.start, e.end));
        emit('word', { block: e.block, segment: e.segment, start: e.start, end: e.end });
        return;
      case 'progress':
        ui.progress = { done: Math.min(e.done + 1, e.total), total: e.total };
        render();
        return;
      case 'voice':
        return;
      case 'error': {
        const text = errorMessage(e.error);
        if (e.error.code === 'segment-skipped') return;
        ui.message =
          e.error.code === 'no-voice-for-language'
            ? noVoiceMessage(strings, e.error.lang ?? pageLang() ?? 'sv', voices)
            : e.error.code === 'no-voices'
              ? { text, stepsIntro: strings.installIntro, steps: strings.install }
              : { text };
        if (e.error.code === 'no-voice-for-language' && voices.length === 0) {
          // The list may not have been fetched by us yet: offer the related voice once it is.
          void player?.voices().then((list) => {
            voices = list;
            if (ui.message?.steps) ui.message = noVoiceMessage(strings, e.error.lang ?? 'sv', voices);
            ui.voices = voiceChoices();
            render();
          });
        }
        if (!ui.open) ui.open = true;
        view.announce(text);
        render();
        emit('error', {
          code: e.error.code,
          message: text,
          fatal: e.error.fatal,
          ...(e.error.lang ? { lang: e.error.lang } : {}),
        });
        return;
      }
      case 'ended':
        emit('ended', {});
        return;
    }
  }

  if (player) {
    for (const type of ['state', 'segment', 'word', 'progress', 'voice', 'error', 'ended'] as const) {
      cleanups.push(player.on(type, onPlayerEvent));
    }
  }

  // Content changes: the blocks being read changed → stop and re-read on the next play; anything else in the
  // article changed → re-read on the next play, but do not interrupt the listener.
  let observer: MutationObserver | null = null;
  let mutationTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingMutations: MutationRecord[] = [];
  function observeContent(): void {
    if (!article || typeof win.MutationObserver !== 'function') return;
    observer ??= new win.MutationObserver((records) => {
      pendingMutations.push(...records.filter((r) => !isOwn(r.target) && !onlyOwnNodes(r)));
      if (pendingMutations.length === 0 || mutationTimer) return;
      mutationTimer = setTimeout(checkMutations, MUTATION_SETTLE_MS);
    });
    observer.disconnect();
    const root = article.root ?? doc.body;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }
  function onlyOwnNodes(r: MutationRecord): boolean {
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => isOwn(n) || n === host || n === selection?.host);
  }
  function checkMutations(): void {
    mutationTimer = null;
    const records = pendingMutations;
    pendingMutations = [];
    if (!article || records.length === 0) return;
    const blocksGone = article.blocks.some((b) => !b.element.isConnected);
    const inBlock = records.some((r) => article!.blocks.some((b) => b.element.contains(r.target)));
    stale = true;
    if (blocksGone || inBlock) contentChanged();
  }
  function contentChanged(): void {
    stale = true;
    const reading =
      player &&
      (player.status === 'playing' || player.status === 'paused' || player.status === 'loading-voices');
    if (reading) {
      player.stop();
      ui.message = { text: strings.pageChanged };
      view.announce(strings.pageChanged);
      render();
    }
    highlighter.clear();
    observer?.disconnect();
  }
  cleanups.push(() => {
    observer?.disconnect();
    if (mutationTimer) clearTimeout(mutationTimer);
  });

  // Single-page apps: a new route means a new page.
  const pathOf = () => `${win.location.pathname}${win.location.search}`;
  let lastPath = pathOf();
  const onRoute = () => {
    const now = pathOf();
    if (now === lastPath) return;
    lastPath = now;
    contentChanged();
  };
  win.addEventListener('popstate', onRoute);
  cleanups.push(() => win.removeEventListener('popstate', onRoute));
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', onRoute);
    cleanups.push(() => nav.removeEventListener('currententrychange', onRoute));
  } else {
    // Without the Navigation API, watch pushState/replaceState (wrapped, original behaviour kept).
    const history = win.history;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method];
      history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        onRoute();
        return result;
      };
      cleanups.push(() => {
        history[method] = original;
      });
    }
  }

  // Click (or Enter at the caret) on a paragraph while the player is open: read from there.
  function blockIndexFor(node: Node | null): number {
    if (!article || !node) return -1;
    let best = -1;
    let bestDepth = -1;
    article.blocks.forEach((b, i) => {
      if (!b.element.contains(node)) return;
      let depth = 0;
      for (let e: Node | null = b.element; e; e = e.parentNode) depth++;
      if (depth > bestDepth) {
        best = i;
        bestDepth = depth;
      }
    });
    return best;
  }
  function segmentAt(block: number, node: Node, offset: number): number {
    const segs = plan?.blocks[block]?.segments ?? [];
    let found = 0;
    segs.forEach((s, i) => {
      const r = rangeFor(block, s.start, s.end);
      if (r && r.comparePoint(node, offset) >= 0) found = i;
    });
    return found;
  }
  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const p = d.caretPositionFromPoint?.(x, y);
    if (p) return { node: p.offsetNode, offset: p.offset };
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  function readFrom(node: Node, offset: number | null): boolean {
    if (!ui.open || !player || !config.clickToRead || isOwn(node)) return false;
    if (stale || partial || !plan) ensurePagePlan();
    if (!plan) return false;
    const block = blockIndexFor(node);
    if (block < 0) return false;
    const segment = offset === null ? 0 : segmentAt(block, node, offset);
    const from = firstPositionFrom(plan, block, segment);
    if (!from) return false;
    startFollowing();
    player.play(from);
    return true;
  }
  const onClick = (e: MouseEvent) => {
    if (deps.isolated && !e.isTrusted) return;
    if (!ui.open || e.button !== 0 || e.defaultPrevented || isOwn(e.target)) return;
    const target = e.target instanceof win.Element ? e.target : null;
    if (!target || isInteractive(target)) return;
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim().length > 0) return;
    const caret = caretAt(e.clientX, e.clientY);
    if (caret && target.contains(caret.node)) readFrom(caret.node, caret.offset);
    else readFrom(target, null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (deps.isolated && !e.isTrusted) return;
    if (config.shortcut && matchesShortcut(e, config.shortcut)) {
      e.preventDefault();
      if (!ui.open) command({ command: 'launcher' });
      else command({ command: 'toggle' });
      return;
    }
    if (e.key !== 'Enter' || !ui.open || e.defaultPrevented || isOwn(e.target)) return;
    const target = e.target instanceof win.Element ? e.target : null;
    if (target && target !== doc.body && isInteractive(target)) return;
    const sel = doc.getSelection();
    // Caret browsing (F7) puts a collapsed selection in the text: Enter there reads from that sentence.
    if (!sel?.isCollapsed || !sel.anchorNode) return;
    if (readFrom(sel.anchorNode, sel.anchorOffset)) e.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  cleanups.push(() => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  });

  // The selection button.
  let selectionTimer: ReturnType<typeof setTimeout> | null = null;
  const currentSelectionRange = (): Range | null => {
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    if (sel.toString().trim().length < MIN_SELECTION_CHARS) return null;
    const range = sel.getRangeAt(0);
    if (isOwn(range.commonAncestorContainer)) return null;
    const el =
      range.commonAncestorContainer instanceof win.Element
        ? range.commonAncestorContainer
        : range.commonAncestorContainer.parentElement;
    if (el?.closest('input,textarea,[contenteditable=""],[contenteditable=true]')) return null;
    return range;
  };
  const updateSelection = () => {
    selectionTimer = null;
    if (!selection) return;
    const range = currentSelectionRange();
    if (!range) {
      selection.hide();
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    selection.showAt(last);
  };
  const onSelectionChange = () => {
    if (selectionTimer) clearTimeout(selectionTimer);
    selectionTimer = setTimeout(updateSelection, SELECTION_SETTLE_MS);
  };
  if (selection) {
    doc.addEventListener('selectionchange', onSelectionChange);
    win.addEventListener('scroll', onSelectionChange, { passive: true });
    cleanups.push(() => {
      doc.removeEventListener('selectionchange', onSelectionChange);
      win.removeEventListener('scroll', onSelectionChange);
      if (selectionTimer) clearTimeout(selectionTimer);
      selection.host.remove();
    });
  }

  function readArticle(next: ExtractedArticle): boolean {
    if (!player) {
      ui.message = { text: strings.noSpeech };
      openPanel(false);
      return false;
    }
    const options: PlanOptions = {};
    if (config.lang) options.lang = config.lang;
    if (lexicon) options.lexicon = lexicon;
    const p = deps.planFromArticle(next, options);
    if (segmentCount(p) === 0) return false;
    partial = true;
    loadPlan(p, next);
    ui.canPlay = true;
    ui.message = null;
    startFollowing();
    player.play();
    openPanel(false);
    return true;
  }

  // The owner's lexicon from a URL: fetched once, up front, so a click never waits for the network.
  if (config.lexicon && 'url' in config.lexicon && deps.fetchLexicon) {
    deps.fetchLexicon(config.lexicon.url).then(
      (lex) => {
        if (lex) {
          lexicon = lex;
          stale = true;
        }
      },
      () => undefined,
    );
  }

  render();

  const controller: Controller = {
    open: () => {
      if (!ui.open) command({ command: 'launcher' });
    },
    close: () => {
      if (ui.open) closePanel();
    },
    play: () => {
      if (!ui.open) {
        ui.open = true;
        emit('open', {});
      }
      playPage();
      render();
    },
    pause: () => player?.pause(),
    stop: () => player?.stop(),
    read(target) {
      const el = typeof target === 'string' ? doc.querySelector(target) : target;
      if (!el || !player) return false;
      const options: PlanOptions = { contentSelector: typeof target === 'string' ? target : selectorFor(el) };
      if (config.lang) options.lang = config.lang;
      if (lexicon) options.lexicon = lexicon;
      const built = onlyInside(deps.buildPagePlan(doc, options), el);
      if (segmentCount(built.plan) === 0) {
        // The extractor found nothing it would read there (e.g. a bare text element): read its text as is.
        const range = doc.createRange();
        range.selectNodeContents(el);
        return readArticle(articleFromRange(range, (n) => isOwn(n)));
      }
      partial = true;
      loadPlan(built.plan, built.article);
      ui.canPlay = true;
      ui.message = null;
      startFollowing();
      player.play();
      openPanel(false);
      return true;
    },
    playFrom(node, offset = null) {
      // Extension hook: like click-to-read, but from a menu command, with the panel closed or open.
      if (!player || isOwn(node)) return false;
      if (stale || partial || !plan) ensurePagePlan();
      if (!plan) return false;
      const block = blockIndexFor(node);
      if (block < 0) return false;
      const from = firstPositionFrom(plan, block, offset === null ? 0 : segmentAt(block, node, offset));
      if (!from) return false;
      startFollowing();
      player.play(from);
      openPanel(false);
      return true;
    },
    readSelection() {
      const range = currentSelectionRange();
      selection?.hide();
      if (!range) return false;
      return readArticle(articleFromRange(range.cloneRange(), (n) => isOwn(n)));
    },
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener as (d: never) => void);
      return () => controller.off(type, listener);
    },
    off(type, listener) {
      listeners.get(type)?.delete(listener as (d: never) => void);
    },
    get status() {
      return player?.status ?? 'idle';
    },
    get plan() {
      return plan;
    },
    view,
    host,
    player,
    dispose() {
      player?.dispose();
      highlighter.dispose();
      for (const c of cleanups) c();
      host.remove();
    },
  };
  return controller;
}

/** Keep only the blocks inside `el` (the extractor adds the page's H1 as the title even outside it). */
function onlyInside(built: PagePlan, el: Element): PagePlan {
  const keep = built.article.blocks.map((b) => el.contains(b.element));
  if (keep.every(Boolean)) return built;
  return {
    plan: { ...built.plan, blocks: built.plan.blocks.filter((_, i) => keep[i]) },
    article: { ...built.article, blocks: built.article.blocks.filter((_, i) => keep[i]) },
  };
}

function matchesShortcut(
  e: KeyboardEvent,
  s: { key: string; alt: boolean; ctrl: boolean; shift: boolean; meta: boolean },
): boolean {
  // e.code keeps Alt+letter working on macOS, where Alt changes e.key ("¬" for Alt+L).
  const key = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
  return (
    key === s.key &&
    e.altKey === s.alt &&
    e.ctrlKey === s.ctrl &&
    e.shiftKey === s.shift &&
    e.metaKey === s.meta
  );
}
