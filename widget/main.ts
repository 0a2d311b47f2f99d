// Widget entry: one <script> tag → one "Lyssna" player on the page (a second copy of the script does nothing).

import { createWebSpeechEngine } from '../src/core/engines/web-speech.ts';
import { createPlayer } from '../src/core/player.ts';
import { buildPagePlan, planFromArticle } from '../src/pipeline.ts';
import { primaryLang } from '../src/text/lang-tag.ts';
import { prepareSentenceSplitting } from '../src/text/sentences.ts';
import { createApi, type LyssnaApi } from './api.ts';
import { findScriptTag, parseConfig, parseLexiconJson } from './config.ts';
import { obeyPageCommand, PAGE_COMMAND_EVENT } from './page-command.ts';
import { createController } from './ui/controller.ts';

/** Voice lists arrive late (4–6 s on Linux, notes §4); wait this long before speaking with `lang` only. */
const VOICE_DEADLINE_MS = 10_000;
/** The sentence rules are loaded in idle time, or after this long on a page that is never idle. */
const PREPARE_TIMEOUT_MS = 2_000;

declare global {
  interface Window {
    Lyssna?: LyssnaApi;
    /** Set by the first copy of the script, before the page is ready. */
    __lyssnaWidget?: true;
  }
}

function start(script: HTMLScriptElement | null): void {
  const { config, warnings } = parseConfig({ ...(script?.dataset ?? {}) });
  for (const w of warnings) console.warn(`Lyssna: ${w}`);
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
  window.Lyssna = createApi(controller);
  // Extension hook: the Lyssna extension drives this widget instead of adding a second player (see page-command.ts).
  document.addEventListener(PAGE_COMMAND_EVENT, (e) =>
    obeyPageCommand(document, controller, (e as CustomEvent<unknown>).detail),
  );
  document.dispatchEvent(new CustomEvent('lyssna:ready'));
  if (hasSpeech) {
    // One idle task now saves the click the cost of loading the sentence rules (see prepareSentenceSplitting).
    const lang = primaryLang(config.lang ?? document.documentElement.getAttribute('lang') ?? 'sv') || 'sv';
    const prepare = () => prepareSentenceSplitting(lang);
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(prepare, { timeout: PREPARE_TIMEOUT_MS });
    } else setTimeout(prepare, 0);
  }
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
