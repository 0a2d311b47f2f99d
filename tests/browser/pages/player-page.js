// Test page for the real-browser player test: the built ESM core reading the page's three Swedish paragraphs
// with the real voice, logging what the engine natively did and what the player told the UI.
import { buildPagePlan, createPlayer, createWebSpeechEngine } from '/lib/lyssna.js';

// The page's own article (player.html), through the same pipeline the widget uses.
const { plan } = buildPagePlan(document);
const log = [];
const now = () => Math.round(performance.now());
const inner = createWebSpeechEngine(window.speechSynthesis, window.SpeechSynthesisUtterance, {
  voicesDeadlineMs: 30000,
});
// A decorator that records native events, so the test sees what the real engine did.
const engine = {
  name: inner.name,
  capabilities: inner.capabilities,
  loadVoices: () => inner.loadVoices(),
  cancel: () => {
    log.push({ t: now(), kind: 'cancel' });
    inner.cancel();
  },
  speak(request, handlers) {
    log.push({ t: now(), kind: 'speak', text: request.text, voice: request.voice?.name ?? null });
    inner.speak(request, {
      onStart: () => {
        log.push({ t: now(), kind: 'start', text: request.text });
        handlers.onStart();
      },
      onEnd: () => {
        log.push({ t: now(), kind: 'end', text: request.text });
        handlers.onEnd();
      },
      onBoundary: (i, l) => handlers.onBoundary(i, l),
      onError: (code) => {
        log.push({ t: now(), kind: 'error', code, text: request.text });
        handlers.onError(code);
      },
    });
  },
};
const player = createPlayer({ engine });
player.load(plan);
const events = [];
for (const type of ['state', 'segment', 'progress', 'error', 'ended', 'voice']) {
  player.on(type, (e) => events.push({ t: now(), ...e }));
}
document.getElementById('play').addEventListener('click', () => player.play());
window.lyssnaTest = {
  log,
  events,
  plan,
  sentences: plan.blocks.flatMap((b) => b.segments.map((s) => s.spoken)),
  player,
};
