// What the widget benchmarks install in a page before its scripts: a fast fake Swedish voice that records when
// speak() is called, and a long-task observer. Each function is serialised into the page, so it is self-contained.

import type { Page } from 'playwright-core';

/**
 * Installed before page scripts: a speechSynthesis with one Swedish voice that records when speak() is called
 * and ends each utterance after `ms` (the widget cannot tell it from a fast local voice). The click time is
 * taken by a capturing listener on window, which runs before the widget's own handler.
 */
export function fakeSpeech(ms: number): void {
  const w = window as unknown as { bench: { clickAt: number; speakAt: number[]; longTasks: unknown[] } };
  w.bench = { clickAt: 0, speakAt: [], longTasks: [] };
  window.addEventListener('click', () => (w.bench.clickAt = performance.now()), true);
  const voice = {
    name: 'Bench Svenska',
    lang: 'sv-SE',
    voiceURI: 'bench-sv',
    localService: true,
    default: true,
  };
  let current: SpeechSynthesisUtterance | null = null;
  const fire = (u: SpeechSynthesisUtterance, type: string) =>
    u.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: u, charIndex: 0, elapsedTime: 0 }));
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => [voice],
    speak(u: SpeechSynthesisUtterance) {
      w.bench.speakAt.push(performance.now());
      current = u;
      setTimeout(() => {
        if (current !== u) return;
        fire(u, 'start');
        setTimeout(() => current === u && fire(u, 'end'), ms);
      }, 0);
    },
    cancel() {
      const u = current;
      current = null;
      if (u) setTimeout(() => fire(u, 'error'), 0);
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => true,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // A page cannot construct a SpeechSynthesisVoice: let utterances hold the fake one.
  const voices = new WeakMap<object, unknown>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return voices.get(this) ?? null;
    },
    set(v: unknown) {
      voices.set(this, v);
    },
  });
}

export function longTaskObserver(): void {
  const w = window as unknown as { bench: { longTasks: { start: number; duration: number }[] } };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export type Bench = { clickAt: number; speakAt: number[]; longTasks: { start: number; duration: number }[] };
export const bench = (page: Page): Promise<Bench> =>
  page.evaluate(() => (window as unknown as { bench: Bench }).bench);
