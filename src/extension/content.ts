// The content script, injected on demand into the tab (or frame) the user asked about. It mounts the widget's
// own player and highlighter (shared, not copied) with an engine that speaks through chrome.tts in the worker,
// or drives the page's own Lyssna widget when the page has one. Built as one IIFE (crx `?iife`).

import type { SpeechEngine } from '../core/engine.ts';
import { createWebSpeechEngine } from '../core/engines/web-speech.ts';
import { errorMessages } from '../core/error-messages.ts';
import { paragraphCount } from '../core/lazy-plan.ts';
import type { ReadingPlan } from '../core/plan.ts';
import { createPlayer } from '../core/player.ts';
import type { PlayerErrorCode, PlayerStatus } from '../core/player-types.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { buildPagePlan, planFromArticle } from '../pipeline-world.ts';
import { DEFAULT_CONFIG, type WidgetConfig } from '../ui/config.ts';
import { type Controller, createController } from '../ui/controller.ts';
import type { SettingsStore, WidgetSettings } from '../ui/settings-store.ts';
import { trackContextTarget } from './context-target.ts';
import {
  acceptContentMessage,
  type CommandReply,
  type EngineKind,
  type ReadingStatus,
  type TabCommand,
  type TabStatus,
  TTS_PORT_NAME,
  type WorkerMessage,
} from './messages.ts';
import { commandPageWidget, findPageWidget, type PageWidgetCommand } from './page-widget.ts';
import { createReaderView, type ReaderView } from './reader-view.ts';
import type { ExtensionSettings } from './settings.ts';
import { loadSettings, saveSettings } from './settings-store.ts';
import { createSwitchEngine, type SwitchEngine } from './switch-engine.ts';
import { createTtsProxyEngine } from './tts-proxy-engine.ts';
import { replyError, uiLanguage } from './ui-strings.ts';

/** Our host tags: not the widget's `lyssna-player`, so the page's widget and ours are never confused. */
const HOST_TAGS = ['lyssna-ext-player', 'div'] as const;
/** Voice lists arrive late on Linux (4–6 s, docs/speech-platform.md#late-voice-lists); the worker polls chrome.tts for this long. */
const WEB_SPEECH_VOICE_DEADLINE_MS = 10_000;

interface Instance {
  handle(command: TabCommand): CommandReply;
}

declare global {
  // The isolated world's own global: the page cannot see or set it. Set on first injection.
  var __lyssnaExtension: true | undefined;
}

/**
 * The in-page player's settings store: starts from the extension's settings, and writes the ones the
 * extension keeps (speed, voices, auto-scroll) through to chrome.storage.sync; the rest last the visit.
 */
function extensionSettingsStore(
  initial: ExtensionSettings,
  onSave: (patch: Partial<ExtensionSettings>) => void,
): SettingsStore {
  let current: WidgetSettings = {
    rate: initial.rate,
    voices: initial.voices,
    sentenceHighlight: true,
    wordHighlight: true,
    sentenceColor: 'site',
    wordColor: 'site',
    autoScroll: initial.autoScroll,
  };
  return {
    persistent: true,
    load: () => current,
    save(settings) {
      current = settings;
      onSave({ rate: settings.rate, voices: settings.voices, autoScroll: settings.autoScroll });
    },
  };
}

function createInstance(settings: ExtensionSettings): Instance {
  const doc = document;
  const win = window;
  const lang = uiLanguage(navigator.language);
  const contextTargets = trackContextTarget(doc);
  let lastError: { code: string; sv: string; en: string } | null = null;
  let currentBlock: number | null = null;
  /**
   * The page as the popup and reader view see it: extracted once, lazily cut (the popup shows only the
   * language and block count). Re-extracted only when the reader view opens: the popup asks for status every
   * second, and re-reading a 20,000-paragraph page that often froze it.
   */
  let cachedPlan: { plan: ReadingPlan; article: ExtractedArticle } | null = null;

  const tts = createTtsProxyEngine(() => chrome.runtime.connect({ name: TTS_PORT_NAME }));
  // The isolated world's speechSynthesis is the browser's own: a page that redefines its copy cannot reach it.
  const hasWebSpeech =
    typeof win.speechSynthesis === 'object' && typeof win.SpeechSynthesisUtterance === 'function';
  const webSpeech: SpeechEngine | null = hasWebSpeech
    ? createWebSpeechEngine(win.speechSynthesis, win.SpeechSynthesisUtterance, {
        voicesDeadlineMs: WEB_SPEECH_VOICE_DEADLINE_MS,
      })
    : null;
  const engine: SwitchEngine = createSwitchEngine({ 'chrome-tts': tts, 'web-speech': webSpeech });
  /**
   * Without the `tts` permission (the Firefox build: Firefox has no chrome.tts, and lets Web Speech speak
   * without a click) every utterance goes to Web Speech.
   */
  const workerSpeaks = chrome.runtime.getManifest().permissions?.includes('tts') ?? false;
  const commandEngine: EngineKind = workerSpeaks || !webSpeech ? 'chrome-tts' : 'web-speech';

  const pagePlan = () => {
    if (cachedPlan) return cachedPlan;
    try {
      cachedPlan = buildPagePlan(doc, { lazySegments: true });
    } catch {
      cachedPlan = {
        plan: { title: '', lang: 'und', blocks: [] },
        article: { title: '', declaredLang: null, root: null, blocks: [] },
      };
    }
    return cachedPlan;
  };

  const config: WidgetConfig = {
    ...DEFAULT_CONFIG,
    rate: settings.rate,
    highlightColor: settings.highlight.sentence,
    wordColor: settings.highlight.word,
    autoScroll: settings.autoScroll,
    // The extension has its own "read selection" (menu, popup); no extra button beside the page's text.
    selectionButton: false,
  };

  let controller: Controller | null = null;
  let reader: ReaderView | null = null;

  function mountController(): Controller {
    if (controller) return controller;
    const store = extensionSettingsStore(settings, (patch) => void saveSettings(patch));
    let lastFailure: unknown = null;
    for (const hostTag of HOST_TAGS) {
      try {
        controller = createController({
          doc,
          win,
          config,
          hostTag,
          isolated: true,
          settings: store,
          createPlayer: (s) =>
            createPlayer({ engine, settings: s, platform: navigator.userAgent, pageHideTarget: win }),
          buildPagePlan,
          planFromArticle,
        });
        break;
      } catch (error) {
        // The page took our tag name (its element refused a shadow root): try the next host.
        lastFailure = error;
      }
    }
    if (!controller) throw lastFailure;
    const c = controller;
    c.host.dataset.lyssnaExtension = '';
    // A real click inside our in-page player has user activation: Web Speech may speak, as in the widget.
    c.host.addEventListener(
      'click',
      (e) => {
        const activated = (navigator as Navigator & { userActivation?: { isActive: boolean } })
          .userActivation;
        if (e.isTrusted && (activated?.isActive ?? true)) engine.use('web-speech');
      },
      true,
    );
    c.on('statechange', ({ status }) => {
      c.host.dataset.engine = engine.lastUsed ?? '';
      if (status === 'playing') lastError = null;
      const message: WorkerMessage = { type: 'status-changed', status };
      chrome.runtime.sendMessage(message).catch(() => undefined);
    });
    c.on('segment', ({ block, segment }) => {
      currentBlock = block;
      c.host.dataset.engine = engine.lastUsed ?? '';
      const seg = cachedPlan?.plan.blocks[block]?.segments[segment];
      if (reader?.open && seg) reader.follow(block, seg.start, seg.end);
    });
    c.on('error', ({ code, lang: errLang }) => {
      lastError = { code, ...errorMessages(code as PlayerErrorCode, errLang) };
    });
    return c;
  }

  const pageWidget = () => {
    const el = findPageWidget(doc);
    return el !== null && !(controller && el === controller.host);
  };

  /**
   * The page's language and block count need an extraction of their own (the controller keeps its plan to
   * itself): only the popup asks for them, so a keyboard or menu command never pays for a second pass.
   */
  let withPlan = false;
  function status(): TabStatus {
    // What the player reads, when it has a plan: no second extraction at all.
    const plan = controller?.plan ?? (withPlan || cachedPlan ? pagePlan().plan : null);
    const s: PlayerStatus = controller?.status ?? 'idle';
    return {
      status: s as ReadingStatus,
      lang: plan?.lang || 'und',
      blocks: plan ? paragraphCount(plan) : 0,
      engine: engine.lastUsed,
      pageWidget: pageWidget(),
      block: currentBlock,
      rate: controller?.player?.settings.rate ?? settings.rate,
      reader: reader?.open ?? false,
      error: lastError,
    };
  }

  const ok = (): CommandReply => ({ ok: true, status: status() });
  const fail = (code: Parameters<typeof replyError>[0]): CommandReply => ({
    ok: false,
    error: replyError(code),
  });
  const isReading = (s: PlayerStatus) => s === 'playing' || s === 'loading-voices';
  const hasSelection = () => {
    const sel = doc.getSelection();
    return Boolean(sel && !sel.isCollapsed && sel.toString().trim().length > 0);
  };

  function drivePageWidget(command: TabCommand): CommandReply | null {
    if (!pageWidget()) return null;
    const map: Partial<Record<TabCommand['name'], PageWidgetCommand>> = {
      toggle: 'toggle',
      'start-or-show': 'play',
      play: 'play',
      resume: 'play',
      pause: 'pause',
      stop: 'stop',
      'read-selection': 'read-selection',
      'read-from-here': 'play',
    };
    const name = map[command.name];
    if (name) commandPageWidget(doc, name);
    return ok();
  }

  function startPage(): CommandReply {
    const c = mountController();
    c.play();
    // The controller found nothing readable: its panel says so in the page's language; the popup says it too.
    if (c.status === 'idle' && lastError?.code === 'empty-plan') return fail('nothing-to-read');
    return ok();
  }

  function openReader(open: boolean): CommandReply {
    if (!open) {
      reader?.hide();
      return ok();
    }
    cachedPlan = null;
    const { plan, article } = pagePlan();
    if (plan.blocks.length === 0) return fail('nothing-to-read');
    reader ??= createReaderView(doc, {
      lang,
      settings: settings.reader,
      autoScroll: settings.autoScroll,
      onChange: (r) => {
        settings = { ...settings, reader: r };
        void saveSettings({ reader: r });
      },
    });
    reader.show(plan, article);
    return ok();
  }

  function handle(command: TabCommand): CommandReply {
    // Chrome's PDF viewer: no text in the DOM, and our player would sit over the viewer saying so.
    if (doc.contentType === 'application/pdf') return fail('pdf-page');
    withPlan = command.name === 'status' || command.name === 'start-or-show';
    if (command.name === 'status') return ok();
    if (command.name === 'reader-view') return openReader(command.open);
    const driven = drivePageWidget(command);
    if (driven) return driven;
    // Everything that reaches here came from the toolbar, a menu, a key or the popup: no page activation, so
    // chrome.tts speaks. (A click in our in-page player switches to Web Speech, see mountController.)
    engine.use(commandEngine);
    const c = controller;
    switch (command.name) {
      case 'toggle': {
        if (c && isReading(c.status)) c.pause();
        else if (c && c.status === 'paused') c.play();
        else return startPage();
        return ok();
      }
      case 'start-or-show': {
        if (c && (isReading(c.status) || c.status === 'paused')) return ok();
        if (hasSelection()) return mountController().readSelection() ? ok() : startPage();
        return startPage();
      }
      case 'play':
        if (c?.status !== 'paused') return startPage();
        c.play();
        return ok();
      case 'resume':
        if (c?.status === 'paused') c.play();
        return ok();
      case 'pause':
        c?.pause();
        return ok();
      case 'stop':
        c?.stop();
        return ok();
      case 'read-selection':
        if (!hasSelection()) return fail('no-selection');
        return mountController().readSelection() ? ok() : fail('no-selection');
      case 'read-from-here': {
        const target = contextTargets.take();
        const m = mountController();
        if (target && m.playFrom(target.node, target.offset)) return ok();
        // Injected by this very click, we never saw the right-click: the selection, else the top of the page.
        if (hasSelection() && m.readSelection()) return ok();
        return startPage();
      }
      case 'set-rate':
        settings = { ...settings, rate: command.rate };
        c?.player?.setRate(command.rate);
        return ok();
      case 'set-voice':
        c?.player?.setVoice(command.lang, command.voice);
        return ok();
    }
    return fail('bad-message');
  }

  return { handle };
}

function main(): void {
  if (globalThis.__lyssnaExtension) return; // injected twice: the first instance keeps serving
  globalThis.__lyssnaExtension = true;
  let instance: Instance | null = null;
  const ready = loadSettings().then((s) => {
    instance = createInstance(s);
    return instance;
  });
  chrome.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = acceptContentMessage(raw, sender, chrome.runtime.id);
    if (!message) return false;
    if (message.type === 'ping') {
      sendResponse('pong');
      return false;
    }
    const run = (i: Instance) => {
      try {
        sendResponse(i.handle(message.command));
      } catch {
        sendResponse({ ok: false, error: replyError('bad-message') } satisfies CommandReply);
      }
    };
    if (instance) run(instance);
    else void ready.then(run);
    return true;
  });
}

main();
