// Player entry (dist/widget/lyssna-player.js): fetched by the loader (widget/loader.ts) on the reader's first
// intent, it hands the loader a function that mounts the full player. Included on its own with a <script>
// tag, it starts by itself as the whole widget did before the loader existed.

import { createWebSpeechEngine } from '../src/core/engines/web-speech.ts';
import { createPlayer } from '../src/core/player.ts';
import { buildPagePlan, planFromArticle } from '../src/pipeline.ts';
import { primaryLang } from '../src/text/lang-tag.ts';
import { prepareSentenceSplitting } from '../src/text/sentences.ts';
import { createApi } from './api.ts';
import { BOOT_KEY, BOOT_PROTOCOL, type MountedPlayer, type WidgetCommand } from './boot.ts';
import { findScriptTag, parseConfig, parseLexiconJson, type WidgetConfig } from './config.ts';
import { createController } from './ui/controller.ts';

/** Voice lists arrive late (4–6 s on Linux, docs/speech-platform.md); wait this long before speaking with `lang` only. */
const VOICE_DEADLINE_MS = 10_000;
/** The sentence rules are loaded in idle time, or after this long on a page that is never idle. */
const PREPARE_TIMEOUT_MS = 2_000;

function mountPlayer(config: WidgetConfig): MountedPlayer {
  const hasSpeech = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
  const controller = createController({
    doc: document,
    win: window,
    config,
    createPlayer: hasSpeech
      ? (settings) =>
          createPlayer({
            engine: createWebSpeechEngine(window.speechSynthesis, window.SpeechSynthesisUtterance, {
              voicesDeadlineMs: VOICE_DEADLINE_MS,
            }),
            settings,
            platform: navigator.userAgent,
            pageHideTarget: window,
          })
      : null,
    buildPagePlan,
    planFromArticle,
    fetchLexicon: async (url) => {
      const res = await fetch(url, { credentials: 'omit' });
      if (!res.ok) return null;
      return parseLexiconJson(await res.text());
    },
  });
  if (hasSpeech) {
    // One idle task now saves the click the cost of loading the sentence rules (see prepareSentenceSplitting).
    const lang = primaryLang(config.lang ?? document.documentElement.getAttribute('lang') ?? 'sv') || 'sv';
    const prepare = () => prepareSentenceSplitting(lang);
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(prepare, { timeout: PREPARE_TIMEOUT_MS });
    } else setTimeout(prepare, 0);
  }
  return {
    api: createApi(controller),
    open: () => controller.open(),
    warm: () => controller.warm(),
    focusLauncher: () => controller.view.focusLauncher(),
    command(command: WidgetCommand) {
      if (command === 'play') controller.play();
      else if (command === 'pause') controller.pause();
      else if (command === 'stop') controller.stop();
      else if (command === 'read-selection') controller.readSelection();
      else if (command === 'toggle') {
        if (controller.status === 'playing' || controller.status === 'loading-voices') controller.pause();
        else controller.play();
      }
    },
  };
}

/** Without the loader: the player is the whole widget (one per page), with the loader's hooks of its own. */
function standalone(script: HTMLScriptElement | null): void {
  const { config, warnings } = parseConfig({ ...(script?.dataset ?? {}) });
  for (const w of warnings) console.warn(`Lyssna: ${w}`);
  const player = mountPlayer(config);
  window.Lyssna = player.api;
  // The extension's `lyssna:command` events (string details cross its isolated world); the page could send
  // them too, but it can already call window.Lyssna, so this grants nothing new.
  document.addEventListener('lyssna:command', (e) => {
    const c = (e as CustomEvent<unknown>).detail;
    if (typeof c === 'string') player.command(c as WidgetCommand);
  });
  document.dispatchEvent(new CustomEvent('lyssna:ready'));
}

const boot = window[BOOT_KEY];
if (boot) boot.arrived(mountPlayer, BOOT_PROTOCOL);
else if (!window.__lyssnaWidget && !window.Lyssna) {
  const script = findScriptTag(document);
  window.__lyssnaWidget = true;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => standalone(script), { once: true });
  } else {
    standalone(script);
  }
}
