// The shared player UI's glue: page → plan → player → view and highlight, for the widget and the extension.
// It owns the state the view renders and turns view commands into player calls (synchronously, inside the
// click, for user activation). The seams live beside it: plan-session.ts (what is read), player-events.ts
// (player events → view), page-watch.ts, click-to-read.ts, selection-watch.ts, events.ts; its types are in
// controller-types.ts. Over 400 lines on purpose: what is left is the composition and the view commands,
// which all change the one view state and must run synchronously inside the reader's click.

import type { VoiceInfo } from '../core/engine.ts';
import { primaryLanguage } from '../core/lang-tag.ts';
import type { ReadingPlan } from '../core/plan.ts';
import { forwardFrom, hasSegments, planLanguages } from '../core/plan-cursor.ts';
import { detectPlatform } from '../core/platform.ts';
import type { Player } from '../core/player-types.ts';
import { listenForClickToRead } from './click-to-read.ts';
import { type Controller, type ControllerDeps, defaultSettings } from './controller-types.ts';
import { createWidgetEvents } from './events.ts';
import { createHighlighter, type Highlighter } from './highlighter.ts';
import { pickUiLang, STRINGS, type Strings, type UiLang } from './i18n.ts';
import { watchPage } from './page-watch.ts';
import { createPlanSession } from './plan-session.ts';
import { createPlayerElement, definePlayerElement } from './player-element.ts';
import { createPlayerEventHandler } from './player-events.ts';
import type { PlayerViewState, ViewCommand, VoiceChoice } from './player-view-types.ts';
import { createScrollFollower, type ScrollFollower } from './scroll-follow.ts';
import { createSelectionButton, type SelectionButton } from './selection-button.ts';
import { readableSelection, watchSelection } from './selection-watch.ts';
import { createSettingsStore, type WidgetSettings } from './settings-store.ts';
import { choicesFor, USE_RELATED_PREFIX } from './voice-help.ts';

export type { Controller, ControllerDeps } from './controller-types.ts';
export { defaultSettings } from './controller-types.ts';
export type { WidgetEventMap, WidgetEventType, WidgetListener } from './events.ts';

export function createController(deps: ControllerDeps): Controller {
  const { doc, win, config } = deps;
  const events = createWidgetEvents(doc, win, { toPage: deps.isolated !== true });
  const cleanups: (() => void)[] = [];

  const pageLang = () => config.lang ?? doc.documentElement.getAttribute('lang');
  let uiLang: UiLang = pickUiLang(config.uiLang === 'auto' ? null : config.uiLang, pageLang());
  let strings: Strings = STRINGS[uiLang];
  const dirOf = (): 'ltr' | 'rtl' =>
    (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl'
      ? 'rtl'
      : 'ltr';

  const store = deps.settings ?? createSettingsStore(() => win.localStorage, defaultSettings(config));
  let settings: WidgetSettings = store.load();
  const update = (patch: Partial<WidgetSettings>) => {
    settings = { ...settings, ...patch };
    store.save(settings);
  };

  let voices: readonly VoiceInfo[] = [];

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

  const colors = () => ({
    sentence: settings.sentenceColor === 'site' ? (config.highlightColor ?? 'site') : settings.sentenceColor,
    word: settings.wordColor === 'site' ? (config.wordColor ?? 'site') : settings.wordColor,
  });
  const highlighter: Highlighter = createHighlighter(doc, colors());
  ui.highlightSupported = highlighter.supported;

  const selection: SelectionButton | null =
    config.selectionButton && player
      ? createSelectionButton(doc, strings.readSelection, () => {
          controller.readSelection();
        })
      : null;
  if (selection) {
    doc.body.append(selection.host);
    const stop = watchSelection(doc, win, selection, (n) => isOwn(n));
    cleanups.push(() => {
      stop();
      selection.host.remove();
    });
  }

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

  const pageWatch = watchPage(doc, win, {
    isOwn: (n) => isOwn(n),
    onArticleChanged: () => session?.markStale(),
    onReadTextChanged: () => contentChanged(),
  });
  cleanups.push(() => pageWatch.dispose());

  /** Counts plays asked for and panels closed: a page read in slices is spoken only for the latest ask. */
  let playAsked = 0;
  /**
   * WebKit (Safari, every iOS browser) speaks only inside the gesture (docs/widget-loader.md): there the click
   * reads the whole page before speaking, however long it takes. Chromium needs sticky activation, Firefox none.
   */
  const speechNeedsGesture = detectPlatform(win.navigator?.userAgent ?? '').engine === 'webkit';
  const session = player
    ? createPlanSession({
        doc,
        win,
        player,
        contentSelector: config.contentSelector,
        lang: config.lang,
        lexicon: config.lexicon && 'inline' in config.lexicon ? config.lexicon.inline : undefined,
        buildPagePlan: deps.buildPagePlan,
        ...(deps.buildPagePlanSteps ? { buildPagePlanSteps: deps.buildPagePlanSteps } : {}),
        planFromArticle: deps.planFromArticle,
        standIns: () => settings.standIns ?? {},
        isOwn: (n) => isOwn(n),
        onLoaded: (article) => {
          highlighter.clear();
          ui.progress = null;
          pageWatch.watch(article);
        },
        onFilled: () => {
          ui.voices = voiceChoices();
          render();
        },
      })
    : null;
  if (session) cleanups.push(() => session.dispose());

  function render(): void {
    ui.settings = settings;
    view.render({ ...ui });
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

  function currentSentenceRange(): Range | null {
    const at = session?.current;
    const seg = at ? session.plan?.blocks[at.block]?.segments[at.segment] : undefined;
    return at && seg ? session.rangeFor(at.block, seg.start, seg.end) : null;
  }

  /** Read the page again if it changed (or only a part of it is loaded). Synchronous: runs inside the click. */
  function ensurePagePlan(announce = true): boolean {
    if (!session) return false;
    if (!session.needsPagePlan) return (session.plan?.blocks.length ?? 0) > 0;
    return pagePlanLoaded(session.loadPage(), announce);
  }

  /** The UI after a page plan was loaded: its language, whether it can be read. True when it can. */
  function pagePlanLoaded(plan: ReadingPlan, announce: boolean): boolean {
    if (config.uiLang === 'auto') setStrings(pickUiLang(null, plan.lang || pageLang()));
    const readable = hasSegments(plan);
    ui.launcherLabel = readable ? strings.launcher : strings.launcherUnreadable;
    if (!readable) {
      ui.message = { text: strings.unreadable };
      ui.canPlay = false;
      if (announce) {
        view.announce(strings.unreadable);
        events.emit('error', { code: 'empty-plan', message: strings.unreadable, fatal: true });
      }
    } else {
      ui.canPlay = true;
      if (ui.message?.text === strings.unreadable || ui.message?.text === strings.pageChanged)
        ui.message = null;
    }
    refreshVoices();
    return readable;
  }

  function startFollowing(): void {
    ui.following = true;
    follower.resume(currentSentenceRange());
  }

  /** The one place the panel becomes open, with its `open` event (before any speech starts). */
  function markOpen(): void {
    if (ui.open) return;
    ui.open = true;
    events.emit('open', {});
  }

  function openPanel(focus = false): void {
    markOpen();
    render();
    if (focus) view.focusPlay();
  }

  function closePanel(): void {
    playAsked++; // a page still being read is not spoken when it is ready
    player?.stop();
    highlighter.clear();
    ui.open = false;
    ui.settingsOpen = false;
    render();
    view.focusLauncher();
    events.emit('close', {});
  }

  /** No speech in this browser: open and say so instead of playing. */
  function explainNoSpeech(focus: boolean): void {
    ui.message = { text: strings.noSpeech };
    openPanel(focus);
  }

  /** Play the page (resume when paused), opening the panel; the page is read first when it changed. */
  function playPage(focus: boolean): void {
    markOpen();
    if (!player) {
      explainNoSpeech(true);
      return;
    }
    const speak = () => {
      startFollowing();
      // Speech first, synchronously in the click: Chrome wants the user's activation for speak().
      if (player.status === 'paused') player.resume();
      else player.play();
    };
    if (session?.needsPagePlan && !speechNeedsGesture) {
      // Read in slices: a page read within the first slice (almost every page) speaks inside the click as
      // before; a huge one (20,000 paragraphs) speaks when read, without freezing the tab meanwhile.
      const asked = ++playAsked;
      session.loadPageSliced((plan) => {
        if (pagePlanLoaded(plan, true) && asked === playAsked && ui.open) speak();
        render();
      });
    } else if (ensurePagePlan()) speak();
    openPanel(focus);
  }

  /** Read from the sentence at `node`/`offset` (click-to-read, Enter at the caret, "Lyssna härifrån"). */
  function readFromPoint(node: Node, offset: number | null): boolean {
    if (!player || !session || isOwn(node)) return false;
    if (session.needsPagePlan) ensurePagePlan();
    const at = session.positionAt(node, offset);
    const from = at && session.plan ? forwardFrom(session.plan, at) : null;
    if (!from) return false;
    startFollowing();
    player.play(from);
    openPanel();
    return true;
  }

  function command(c: ViewCommand): void {
    switch (c.command) {
      case 'launcher':
        if (ui.open) closePanel();
        else playPage(true);
        return;
      case 'warm':
        // Reading the page takes ~100 ms on a long article: do it while the pointer is on its way to the
        // click (or the button has focus), so the click itself only starts speech.
        if (player && session?.needsPagePlan && !ui.open) {
          if (player.status === 'idle' || player.status === 'ended') {
            session.loadPageSliced((plan) => {
              pagePlanLoaded(plan, false);
              render();
            });
          }
        }
        return;
      case 'toggle':
        if (!player) return;
        if (player.status === 'playing' || player.status === 'loading-voices') player.pause();
        else playPage(false);
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
        update({ rate: c.value });
        player?.setRate(c.value);
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
        if (ui.following) ui.following = false;
        else startFollowing();
        render();
        return;
      case 'voice': {
        const voice = voices.find((v) => v.id === c.id) ?? null;
        player?.setVoice(c.lang, voice);
        update(player ? { voices: { ...player.settings.voices } } : {});
        ui.voices = voiceChoices();
        render();
        return;
      }
      case 'setting':
        update({ [c.key]: c.value });
        if (c.key === 'sentenceHighlight' && !c.value) highlighter.sentence(null);
        if (c.key === 'wordHighlight' && !c.value) highlighter.word(null);
        if (c.key === 'autoScroll' && c.value) startFollowing();
        render();
        return;
      case 'color':
        update({ [c.key]: c.value });
        highlighter.setColors(colors());
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
    if (!from || !to || !player || !session?.plan) return;
    update({ standIns: { ...(settings.standIns ?? {}), [from]: to } });
    ui.message = null;
    const at = player.position;
    const wasPlaying = player.status === 'playing' || player.status === 'loading-voices';
    session.reload();
    if (wasPlaying || at) player.play(at ?? undefined);
    render();
    view.focusPlay();
  }

  // Voices for the settings panel: the plan's languages (or the page's), each with its voices.
  function voiceChoices(): VoiceChoice[] {
    // Naming the plan's languages needs every block's segments: until the idle fill is done, keep the list
    // (the fill refreshes it), unless the settings panel showing it is open.
    if (session && !session.filled && !ui.settingsOpen) return ui.voices;
    const plan = session?.plan;
    const langs = plan ? planLanguages(plan) : [primaryLanguage(pageLang() ?? 'sv')];
    return choicesFor(langs, voices, player?.settings.voices ?? {}, strings);
  }

  async function loadVoices(): Promise<readonly VoiceInfo[]> {
    if (!player) return voices;
    voices = await player.voices();
    ui.voices = voiceChoices();
    return voices;
  }

  let voicesRequested = false;
  /** Fetch the voice list once it is needed (until it is non-empty: lists arrive late); else rebuild choices. */
  function refreshVoices(): void {
    if (!player || voicesRequested) {
      ui.voices = voiceChoices();
      return;
    }
    voicesRequested = true;
    loadVoices().then(
      (list) => {
        voicesRequested = list.length > 0;
        render();
      },
      () => {
        voicesRequested = false;
      },
    );
  }

  /** What was being read changed under the reader (or the route did): stop, say so, re-read on next play. */
  function contentChanged(): void {
    session?.markStale();
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
    pageWatch.pause();
  }

  if (player && session) {
    const onPlayerEvent = createPlayerEventHandler({
      ui,
      view,
      highlighter,
      follower,
      session,
      events,
      strings: () => strings,
      uiLang: () => uiLang,
      settings: () => settings,
      pageLang,
      voices: () => voices,
      loadVoices,
      openPanel: () => openPanel(),
      render,
    });
    for (const type of ['state', 'segment', 'word', 'progress', 'voice', 'error', 'ended'] as const) {
      cleanups.push(player.on(type, onPlayerEvent));
    }
  }

  cleanups.push(
    listenForClickToRead(doc, win, {
      isOpen: () => ui.open,
      isOwn,
      trustedOnly: deps.isolated === true,
      readAt: (node, offset) => ui.open && config.clickToRead && readFromPoint(node, offset),
      shortcut: config.shortcut,
      onShortcut: () => command({ command: ui.open ? 'toggle' : 'launcher' }),
    }),
  );

  // The owner's lexicon from a URL: fetched once, up front, so a click never waits for the network.
  if (config.lexicon && 'url' in config.lexicon && deps.fetchLexicon) {
    deps.fetchLexicon(config.lexicon.url).then(
      (lex) => {
        if (lex) session?.setLexicon(lex);
      },
      () => undefined,
    );
  }

  /** Read a part of the page (an element, a selection) instead of the whole of it. */
  function readPart(load: (s: NonNullable<typeof session>) => boolean): boolean {
    if (!player || !session) {
      explainNoSpeech(false);
      return false;
    }
    if (!load(session)) return false;
    ui.canPlay = true;
    ui.message = null;
    startFollowing();
    player.play();
    openPanel();
    return true;
  }

  render();

  const controller: Controller = {
    open: () => {
      if (!ui.open) command({ command: 'launcher' });
    },
    close: () => {
      if (ui.open) closePanel();
    },
    play: () => playPage(false),
    pause: () => player?.pause(),
    stop: () => player?.stop(),
    warm: () => command({ command: 'warm' }),
    read(target) {
      const el = typeof target === 'string' ? doc.querySelector(target) : target;
      if (!el || !player) return false;
      return readPart((s) => s.loadElement(el));
    },
    playFrom: (node, offset = null) => readFromPoint(node, offset),
    readSelection() {
      const range = readableSelection(doc, win, (n) => isOwn(n));
      selection?.hide();
      if (!range) return false;
      return readPart((s) => s.loadRange(range.cloneRange()));
    },
    on: events.on,
    off: events.off,
    get status() {
      return player?.status ?? 'idle';
    },
    get plan() {
      return session?.plan ?? null;
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
