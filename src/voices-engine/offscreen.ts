// The offscreen document: loads eSpeak NG once, and for each utterance the worker forwards normalises the
// text, synthesises it sentence by sentence just ahead of playback, plays it and reports its events.

import {
  type EngineEvent,
  parseOffscreenCommand,
  type SpeakCommand,
  TO_WORKER,
  type WorkerMessage,
} from './messages.ts';
import { createPlayback, type Playback } from './playback.ts';
import { createSynth, type EspeakFactory, type Synth } from './synth.ts';
import { espeakSettings, mapChunkEvents, prepareUtterance } from './utterance.ts';
import { findVoice } from './voices.ts';

/** The trimmed eSpeak NG module the build puts beside this file (its data file sits next to it). */
const ESPEAK_MODULE = 'espeak/espeak-ng.js';
/** Synthesise the next sentence when less than this much audio is queued: a sentence takes ~0.2 s to make. */
const AHEAD_SECONDS = 4;
/** A message this often keeps the service worker (which holds Chrome's event callback) alive. */
const ALIVE_INTERVAL_MS = 20_000;

const post = (message: WorkerMessage) => {
  chrome.runtime.sendMessage(message).catch(() => {
    // The worker is restarting; the next message wakes it.
  });
};

const synthReady: Promise<Synth> = import(/* @vite-ignore */ chrome.runtime.getURL(ESPEAK_MODULE)).then(
  (m: { default: EspeakFactory }) => createSynth(m.default),
);
let ctx: AudioContext | null = null;
let current: { id: number; playback: Playback | null; stopped: boolean } | null = null;

/** Let queued messages (stop, pause) run between two sentences' synthesis, without a throttled timer. */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function stopCurrent(): void {
  if (!current) return;
  current.stopped = true;
  current.playback?.stop();
  current = null;
}

async function speak(cmd: SpeakCommand): Promise<void> {
  stopCurrent();
  const run = { id: cmd.id, playback: null as Playback | null, stopped: false };
  current = run;
  const emit = (event: EngineEvent) => {
    if (run.stopped) return;
    if (event.type === 'end' && current === run) current = null;
    const shifted =
      event.charIndex === undefined ? event : { ...event, charIndex: event.charIndex + cmd.offset };
    post({ to: TO_WORKER, kind: 'event', id: cmd.id, event: shifted });
  };
  const fail = (message: string) => {
    run.stopped = true;
    if (current === run) current = null;
    post({ to: TO_WORKER, kind: 'event', id: cmd.id, event: { type: 'error', errorMessage: message } });
  };

  const voice = findVoice(cmd.voiceName, cmd.lang);
  if (!voice) return fail(`Lyssna röster har ingen röst för språket ${cmd.lang || 'okänt'}.`);
  let synth: Synth;
  try {
    synth = await synthReady;
  } catch (error) {
    return fail(`eSpeak NG kunde inte startas: ${String(error)}`);
  }
  if (run.stopped) return;
  const voiceError = synth.setVoice(voice.espeakVoice);
  if (voiceError) return fail(voiceError);

  ctx ??= new AudioContext();
  if (ctx.state === 'suspended') await ctx.resume();
  if (run.stopped) return;
  const u = prepareUtterance(cmd.text, voice.lang);
  const { wpm, pitch } = espeakSettings(cmd.rate, cmd.pitch);
  let next = 0;
  let filling = false;
  const fill = async () => {
    if (filling) return;
    filling = true;
    try {
      while (!run.stopped && next < u.chunks.length && playback.ahead < AHEAD_SECONDS) {
        const chunk = u.chunks[next++]!;
        const synthesis = synth.synthesize(chunk.text, wpm, pitch);
        playback.add(synthesis, mapChunkEvents(u, chunk, synthesis.events));
        if (next === u.chunks.length) playback.finish();
        else await yieldToMessages();
      }
    } catch (error) {
      run.playback?.stop();
      fail(`Talet kunde inte skapas: ${String(error)}`);
    } finally {
      filling = false;
    }
  };
  const playback = createPlayback(ctx, cmd.volume ?? 1, cmd.text.length, emit, () => void fill());
  run.playback = playback;
  if (u.chunks.length === 0) playback.finish();
  else await fill();
  const alive = setInterval(() => {
    if (current !== run) clearInterval(alive);
    else post({ to: TO_WORKER, kind: 'alive' });
  }, ALIVE_INTERVAL_MS);
}

async function pause(): Promise<void> {
  if (!current?.playback || !ctx) return;
  const { id, playback } = current;
  await ctx.suspend();
  post({ to: TO_WORKER, kind: 'event', id, event: { type: 'pause', charIndex: playback.lastCharIndex } });
}

async function resume(): Promise<void> {
  if (!current?.playback || !ctx) return;
  const { id, playback } = current;
  await ctx.resume();
  post({ to: TO_WORKER, kind: 'event', id, event: { type: 'resume', charIndex: playback.lastCharIndex } });
}

chrome.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== chrome.runtime.id) return;
  const cmd = parseOffscreenCommand(message);
  if (!cmd) return;
  if (cmd.kind === 'speak') void speak(cmd);
  else if (cmd.kind === 'stop') stopCurrent();
  else if (cmd.kind === 'pause') void pause();
  else void resume();
});

post({ to: TO_WORKER, kind: 'ready' });
