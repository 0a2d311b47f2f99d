// Player entry (dist/widget/lyssna-player.js): fetched by the loader (widget/loader.ts) on the reader's first
// intent, it hands the loader a function that mounts the full player.

import { createWebSpeechEngine } from '../src/core/engines/web-speech.ts';
import { primarySubtag } from '../src/core/lang-tag.ts';
import { createPlayer } from '../src/core/player.ts';
import { buildPagePlan, buildPagePlanSteps, planFromArticle } from '../src/pipeline.ts';
import { prepareSentenceSplitting } from '../src/text/sentences.ts';
import { createController } from '../src/ui/controller.ts';
import { runPageCommand } from '../src/ui/page-command.ts';
import { createApi } from './api.ts';
import { BOOT_KEY, BOOT_PROTOCOL, type MountedPlayer, type WidgetCommand } from './boot.ts';
import type { WidgetConfig } from './config.ts';

/** Voice lists arrive late (4–6 s on Linux, docs/speech-platform.md#late-voice-lists); wait this long before speaking with `lang` only. */
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
    buildPagePlanSteps,
    planFromArticle,
    // No fetchLexicon: the loader fetched a lexicon URL alongside this file and passes it inline.
  });
  if (hasSpeech) {
    // One idle task now saves the click the cost of loading the sentence rules (see prepareSentenceSplitting).
    const lang = primarySubtag(config.lang ?? document.documentElement.getAttribute('lang') ?? 'sv') || 'sv';
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
    command: (command: WidgetCommand) => runPageCommand(controller, command),
  };
}

// The loader left its handshake before fetching this file: hand it the player. (Without the loader there is
// nothing to do: the player is never embedded on its own.)
window[BOOT_KEY]?.arrived(mountPlayer, BOOT_PROTOCOL);
