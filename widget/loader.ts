// Widget entry (dist/widget/lyssna.js, the one <script> the owner pastes): draws the "Lyssna" button and
// window.Lyssna at almost no cost, and fetches the player from its own directory only when the reader shows
// intent: pointer over or focus on the button, a touch, the owner's shortcut, an API call, a click.

import { matchesShortcut } from '../src/ui/config.ts';
import { pickUiLang } from '../src/ui/i18n.ts';
import { answerPing, isPageCommand, PAGE_COMMAND_EVENT } from '../src/ui/page-command.ts';
import { canStartSpeechNow } from './activation.ts';
import { createQueuedApi, type LyssnaApi, WIDGET_VERSION } from './api.ts';
import { BOOT_KEY, BOOT_PROTOCOL, type MountedPlayer, type MountPlayer, type WidgetCommand } from './boot.ts';
import { findScriptTag, parseConfig, parseLexiconJson } from './config.ts';
import { drawLoaderButton } from './loader-button.ts';
import { injectScript, playerUrl } from './loader-fetch.ts';

/** The loader's own words; the launcher's two labels are the player's (src/ui/i18n.ts) word for word. */
const WORDS = {
  sv: {
    launcher: 'Lyssna',
    unsupported: 'Lyssna – fungerar inte i den här webbläsaren',
    loading: 'Uppläsningen laddas …',
    failed: 'Lyssna – kunde inte laddas. Tryck för att försöka igen',
    failedMessage: 'Uppläsningen kunde inte laddas. Kontrollera anslutningen och tryck för att försöka igen.',
    again: 'Lyssna – tryck igen för att starta',
  },
  en: {
    launcher: 'Listen',
    unsupported: 'Listen – not available in this browser',
    loading: 'Loading the reader …',
    failed: 'Listen – could not load. Press to try again',
    failedMessage: 'The reader could not be loaded. Check the connection and press to try again.',
    again: 'Listen – press again to start',
  },
};

/** Say "loading" only when the wait is noticeable: a player that arrives sooner needs no words. */
const LOADING_NOTICE_MS = 400;
/**
 * A lexicon URL slower than this (after the player's own wait) is left out of this page's reading rather than
 * holding the reader back: pronunciations are an improvement, not a condition.
 */
const LEXICON_WAIT_MS = 3_000;

function start(script: HTMLScriptElement | null): void {
  const doc = document;
  const { config, warnings } = parseConfig({ ...(script?.dataset ?? {}) });
  for (const w of warnings) console.warn(`Lyssna: ${w}`);
  const hasSpeech = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
  const uiLang = pickUiLang(
    config.uiLang === 'auto' ? null : config.uiLang,
    config.lang ?? doc.documentElement.getAttribute('lang'),
  );
  const words = WORDS[uiLang];
  const idleLabel = hasSpeech ? words.launcher : words.unsupported;
  const dir =
    (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl'
      ? 'rtl'
      : 'ltr';
  const ui = drawLoaderButton(doc, config, idleLabel, uiLang, dir);

  let mountPlayer: MountPlayer | null = null;
  let mounted: MountedPlayer | null = null;
  let loading = false;
  let failed = false;
  let attempt = 0;
  /** The reader pressed the button (or the shortcut) and waits for the player: when, for user activation. */
  let openAt: number | null = null;
  let warm = false;
  /** A press on the button is under way: the button must not be swapped before its click arrives. */
  let pressing = false;
  const calls: ((api: LyssnaApi) => void)[] = [];
  const commands: WidgetCommand[] = [];

  const queued = createQueuedApi(doc, (call) => {
    calls.push(call);
    load(false);
  });
  window.Lyssna = queued.api;
  window[BOOT_KEY] = {
    protocol: BOOT_PROTOCOL,
    arrived(mount, protocol) {
      if (protocol === BOOT_PROTOCOL) mountPlayer = mount;
    },
  };

  // The owner's lexicon URL is fetched with the player (never before intent), so the first read has it.
  let lexicon: Promise<void> | null = null;
  const fetchLexicon = (): Promise<void> => {
    const lex = config.lexicon;
    if (lexicon) return lexicon;
    if (!lex || !('url' in lex)) return Promise.resolve();
    const fetched = fetch(lex.url, { credentials: 'omit' })
      .then((res) => (res.ok ? res.text() : ''))
      .then(
        (text) => {
          const parsed = parseLexiconJson(text);
          config.lexicon = parsed ? { inline: parsed } : null;
        },
        () => {
          config.lexicon = null;
        },
      );
    lexicon = Promise.race([fetched, new Promise<void>((r) => setTimeout(r, LEXICON_WAIT_MS))]);
    return lexicon;
  };

  function load(retry: boolean): void {
    if (mounted || loading) return;
    if (mountPlayer) {
      tryMount();
      return;
    }
    if (failed && !retry) return; // after a failure only the reader's press retries
    if (failed) attempt++;
    failed = false;
    loading = true;
    ui.setLabel(idleLabel);
    const notice = setTimeout(() => openAt !== null && ui.announce(words.loading), LOADING_NOTICE_MS);
    const src = playerUrl(script?.src ?? '', doc.baseURI, WIDGET_VERSION, attempt);
    Promise.all([injectScript(doc, src, script?.nonce ?? ''), fetchLexicon()]).then(
      () => {
        clearTimeout(notice);
        // Mounting in a task of its own: the player's script has just run in this one, and the two together
        // would be one long task.
        setTimeout(() => {
          loading = false;
          if (mountPlayer) tryMount();
          else fail(); // the file ran but was no player of ours (another file, another version)
        }, 0);
      },
      () => {
        clearTimeout(notice);
        loading = false;
        fail();
      },
    );
  }

  function fail(): void {
    failed = true;
    openAt = null;
    calls.length = 0;
    commands.length = 0;
    ui.setBusy(false);
    ui.setLabel(words.failed);
    ui.announce(words.failedMessage);
    const detail = { code: 'player-load-failed', message: words.failedMessage, fatal: true };
    queued.emit('error', detail);
    doc.dispatchEvent(new CustomEvent('lyssna:error', { detail }));
  }

  function tryMount(): void {
    if (mounted || !mountPlayer || pressing || loading) return;
    if (
      openAt !== null &&
      !canStartSpeechNow(navigator.userAgent, navigator.userActivation, performance.now() - openAt)
    ) {
      // Too late for this browser to speak for that click: one more press starts it (inside that press).
      openAt = null;
      ui.setBusy(false);
      ui.setLabel(words.again);
      ui.announce(words.again);
      return;
    }
    mount(openAt !== null);
  }

  function mount(open: boolean): void {
    const hadFocus = ui.hasFocus();
    let player: MountedPlayer;
    try {
      player = mountPlayer!(config);
    } catch (err) {
      fail();
      queueMicrotask(() => {
        throw err;
      });
      return;
    }
    mounted = player;
    openAt = null;
    ui.host.remove(); // the player's own button took its place in the same task: nothing flickers
    doc.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointerup', onRelease, true);
    window.removeEventListener('pointercancel', onRelease, true);
    queued.attach(player.api);
    if (open) player.open();
    else {
      if (hadFocus) player.focusLauncher();
      // Reading the page is the next task, not this one (see load()).
      if (warm) setTimeout(() => player.warm(), 0);
    }
    for (const call of calls.splice(0)) call(player.api);
    for (const c of commands.splice(0)) player.command(c);
  }

  const intent = () => {
    warm = true;
    load(false);
  };
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
    ui.button.addEventListener(type, intent, { passive: true });
  }
  ui.button.addEventListener('pointerdown', () => {
    pressing = true;
    intent();
  });
  // After the release (and the click it makes, dispatched in the same task), a player that arrived meanwhile
  // can take the button's place.
  const onRelease = () => {
    if (!pressing) return;
    setTimeout(() => {
      pressing = false;
      tryMount();
    }, 0);
  };
  window.addEventListener('pointerup', onRelease, true);
  window.addEventListener('pointercancel', onRelease, true);
  ui.button.addEventListener('click', () => {
    pressing = false;
    if (mountPlayer && !loading) {
      mount(true); // the player is here: open it inside this click
      return;
    }
    openAt = performance.now();
    ui.setBusy(true);
    load(true);
  });

  const onKey = (e: KeyboardEvent) => {
    if (!config.shortcut || !matchesShortcut(e, config.shortcut)) return;
    e.preventDefault();
    if (mountPlayer && !loading) mount(true);
    else {
      openAt = performance.now();
      load(true);
    }
  };
  doc.addEventListener('keydown', onKey, true);

  // The Lyssna extension drives a page's widget with `lyssna:command` events (string details cross its
  // isolated world); before the player is here, the ones that start reading fetch it and wait.
  // A ping is answered at once, so the extension knows a real widget runs here (not a bare <lyssna-player>).
  doc.addEventListener(PAGE_COMMAND_EVENT, (e) => {
    const c = (e as CustomEvent<unknown>).detail;
    if (answerPing(doc, c) || !isPageCommand(c)) return;
    if (mounted) mounted.command(c);
    else if (c !== 'pause' && c !== 'stop') {
      commands.push(c);
      load(false);
    }
  });

  doc.dispatchEvent(new CustomEvent('lyssna:ready'));
}

// Loaded twice → one widget: the first copy claims window.Lyssna synchronously.
if (!window.__lyssnaWidget && !window.Lyssna) {
  const script = findScriptTag(document);
  window.__lyssnaWidget = true;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
  } else {
    start(script);
  }
}
