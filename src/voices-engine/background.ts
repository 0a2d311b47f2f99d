// The service worker of Lyssna röster: chrome.ttsEngine hands it every utterance that picked one of our voices
// (from any page's speechSynthesis or any extension's chrome.tts). It forwards them to the offscreen document,
// which makes and plays the sound, and passes that document's events back to Chrome for the utterance.

import {
  type EngineEvent,
  isFinal,
  type OffscreenCommand,
  parseWorkerMessage,
  TO_OFFSCREEN,
} from './messages.ts';

const OFFSCREEN_URL = 'offscreen.html';
/** A fresh offscreen document answers `ready` in well under a second; a dead one never does. */
const READY_TIMEOUT_MS = 10_000;

/** The utterance Chrome is waiting on: its callback, and what a restart after a long pause needs. */
interface Current {
  id: number;
  send: (event: chrome.tts.TtsEvent) => void;
  text: string;
  options: chrome.ttsEngine.SpeakOptions;
  /** Where the last word event was (original text offset). */
  lastCharIndex: number;
  /** Chrome has had `start`: a restart after a long pause must not send it again. */
  started: boolean;
}

let nextId = 1;
let current: Current | null = null;
let readyWaiters: (() => void)[] = [];
let creating: Promise<void> | null = null;

async function offscreenExists(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
  });
  return contexts.length > 0;
}

/** Chrome closes an audio offscreen document after ~30 s of silence (docs/voices-engine.md): ensure one. */
async function ensureOffscreen(): Promise<void> {
  // One being created may already be listed but not listening yet: wait for its `ready` too.
  if (creating) return creating;
  if (await offscreenExists()) return;
  creating ??= (async () => {
    const ready = new Promise<void>((resolve, reject) => {
      readyWaiters.push(resolve);
      setTimeout(() => reject(new Error('offscreen document did not start')), READY_TIMEOUT_MS);
    });
    ready.catch(() => undefined); // if createDocument throws, its error is the one reported
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: [chrome.offscreen.Reason.AUDIO_PLAYBACK],
      justification: 'Spelar upp talsyntes från Lyssna röster.',
    });
    await ready;
  })().finally(() => {
    creating = null;
  });
  await creating;
}

function tell(command: OffscreenCommand): void {
  chrome.runtime.sendMessage(command).catch(() => {
    // No offscreen document: nothing is playing, so a stop/pause has nothing to do.
  });
}

async function start(entry: Current, offset: number): Promise<void> {
  try {
    await ensureOffscreen();
  } catch (error) {
    if (current !== entry) return;
    current = null;
    entry.send({ type: 'error', errorMessage: `Lyssna röster kunde inte starta: ${String(error)}` });
    return;
  }
  if (current !== entry) return;
  const o = entry.options;
  tell({
    to: TO_OFFSCREEN,
    kind: 'speak',
    id: entry.id,
    text: entry.text.slice(offset),
    lang: o.lang ?? '',
    voiceName: o.voiceName,
    rate: o.rate,
    pitch: o.pitch,
    volume: o.volume,
    offset,
  });
}

chrome.ttsEngine.onSpeak.addListener((utterance, options, sendTtsEvent) => {
  current = { id: nextId++, send: sendTtsEvent, text: utterance, options, lastCharIndex: 0, started: false };
  void start(current, 0);
});

chrome.ttsEngine.onStop.addListener(() => {
  current = null;
  tell({ to: TO_OFFSCREEN, kind: 'stop' });
});

chrome.ttsEngine.onPause.addListener(() => {
  if (current) tell({ to: TO_OFFSCREEN, kind: 'pause' });
});

chrome.ttsEngine.onResume.addListener(() => {
  const entry = current;
  if (!entry) return;
  void (async () => {
    if (await offscreenExists()) {
      tell({ to: TO_OFFSCREEN, kind: 'resume' });
      return;
    }
    // A long pause outlived the offscreen document: speak the rest from the last word heard.
    await start(entry, entry.lastCharIndex);
  })();
});

chrome.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== chrome.runtime.id) return;
  const m = parseWorkerMessage(message);
  if (!m) return;
  if (m.kind === 'ready') {
    const waiters = readyWaiters;
    readyWaiters = [];
    for (const w of waiters) w();
    return;
  }
  if (m.kind === 'alive' || !current || m.id !== current.id) return;
  const event: EngineEvent = m.event;
  if (event.type === 'word' && event.charIndex !== undefined) current.lastCharIndex = event.charIndex;
  const entry = current;
  if (isFinal(event.type)) current = null;
  // Chromium rejects `pause`/`resume` in an engine's manifest (docs/voices-engine.md): keep them to ourselves.
  if (event.type === 'pause' || event.type === 'resume') return;
  if (event.type === 'start') {
    if (entry.started) return;
    entry.started = true;
  }
  entry.send(event as chrome.tts.TtsEvent);
});
