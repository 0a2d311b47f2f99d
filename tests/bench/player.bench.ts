// Player benchmark: play() → first speak() on a 3,000-word plan, cost of one word boundary, memory over two reads.
// Run: `npx tsx tests/bench/player.bench.ts` (memory numbers are exact with `node --expose-gc --import tsx …`).

import { performance } from 'node:perf_hooks';
import type { SpeakRequest, SpeechEngine, UtteranceHandlers, VoiceInfo } from '../../src/core/engine.ts';
import type { ReadingPlan } from '../../src/core/plan.ts';
import { createPlayer } from '../../src/core/player.ts';
import { planFromParagraphs } from '../fakes/simple-plan.ts';

/** Words in the benchmark plan (the goal is stated for 3,000 words). */
const PLAN_WORDS = 3_000;
const RUNS_FIRST_SPEAK = 50;
const BOUNDARY_EVENTS = 20_000;

const WORDS = [
  'kommunen',
  'bygger',
  'en',
  'ny',
  'förskola',
  'i',
  'Norrby',
  'och',
  'den',
  'blir',
  'klar',
  'hösten',
];
const VOICES: VoiceInfo[] = [
  { id: 'alva', name: 'Alva', lang: 'sv-SE', localService: true, default: true },
  { id: 'espeak', name: 'Swedish espeak-ng', lang: 'sv', localService: true, default: false },
];

function benchPlan(): ReadingPlan {
  const paragraphs: { text: string; lang: string }[] = [];
  let n = 0;
  while (n < PLAN_WORDS) {
    const sentences: string[] = [];
    for (let s = 0; s < 5 && n < PLAN_WORDS; s++) {
      const words: string[] = [];
      for (let w = 0; w < 12 && n < PLAN_WORDS; w++, n++) words.push(WORDS[(n * 7 + s) % WORDS.length]!);
      const first = words[0]!;
      words[0] = first[0]!.toUpperCase() + first.slice(1);
      sentences.push(`${words.join(' ')}.`);
    }
    paragraphs.push({ text: sentences.join(' '), lang: 'sv' });
  }
  return planFromParagraphs(paragraphs, 'Benchmark');
}

/** A fake engine: records speak() calls; optionally "speaks" each utterance at once (start, words, end). */
function fakeEngine(autoSpeak: boolean) {
  const state = {
    firstSpeakAt: 0,
    speaks: 0,
    handlers: null as UtteranceHandlers | null,
    request: null as SpeakRequest | null,
  };
  const engine: SpeechEngine = {
    name: 'bench',
    capabilities: {
      nativePause: false,
      boundaries: true,
      keepAliveForRemoteVoices: false,
      minRate: 0.5,
      maxRate: 3,
    },
    loadVoices: () => Promise.resolve(VOICES),
    speak(request, handlers) {
      if (state.speaks++ === 0) state.firstSpeakAt = performance.now();
      state.handlers = handlers;
      state.request = request;
      if (!autoSpeak) return;
      setImmediate(() => {
        handlers.onStart();
        for (const m of request.text.matchAll(/\S+/g)) handlers.onBoundary(m.index, m[0].length);
        handlers.onEnd();
      });
    },
    cancel() {},
  };
  return { engine, state };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}

async function firstSpeak(plan: ReadingPlan): Promise<{ warm: number[]; cold: number[] }> {
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS_FIRST_SPEAK; i++) {
    // Warm: voices already loaded (a page that loaded the player before the click).
    const a = fakeEngine(false);
    const p = createPlayer({ engine: a.engine });
    p.load(plan);
    await p.voices();
    const t0 = performance.now();
    p.play();
    warm.push(a.state.firstSpeakAt - t0);
    p.dispose();
    // Cold: load + play in the same click, voices resolved from the engine's promise.
    const b = fakeEngine(false);
    const q = createPlayer({ engine: b.engine });
    const t1 = performance.now();
    q.load(plan);
    q.play();
    await new Promise((r) => setImmediate(r));
    cold.push(b.state.firstSpeakAt - t1);
    q.dispose();
  }
  return { warm, cold };
}

async function boundaryCost(plan: ReadingPlan): Promise<number[]> {
  const { engine, state } = fakeEngine(false);
  const player = createPlayer({ engine });
  player.load(plan);
  await player.voices();
  let gotAt = 0;
  player.on('word', () => {
    gotAt = performance.now();
  });
  player.play();
  const handlers = state.handlers!;
  handlers.onStart();
  const words = [...state.request!.text.matchAll(/\S+/g)].map((m) => m.index);
  const costs: number[] = [];
  for (let i = 0; i < BOUNDARY_EVENTS; i++) {
    const t0 = performance.now();
    handlers.onBoundary(words[i % words.length]!);
    costs.push((gotAt - t0) * 1000);
  }
  player.dispose();
  return costs;
}

async function readThrough(player: ReturnType<typeof createPlayer>): Promise<void> {
  await new Promise<void>((resolve) => {
    const off = player.on('ended', () => {
      off();
      resolve();
    });
    player.play();
  });
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function memory(
  plan: ReadingPlan,
): Promise<{ before: number; afterFirst: number; afterSecond: number; afterThird: number; ms: number }> {
  const { engine } = fakeEngine(true);
  const player = createPlayer({ engine });
  player.load(plan);
  await player.voices();
  let words = 0;
  player.on('word', () => {
    words++;
  });
  const before = heapMb();
  const t0 = performance.now();
  await readThrough(player);
  const afterFirst = heapMb();
  await readThrough(player);
  const afterSecond = heapMb();
  const ms = (performance.now() - t0) / 2;
  await readThrough(player);
  const afterThird = heapMb();
  player.dispose();
  if (words !== PLAN_WORDS * 3) throw new Error(`expected ${PLAN_WORDS * 3} word events, got ${words}`);
  return { before, afterFirst, afterSecond, afterThird, ms };
}

function row(label: string, value: string, goal: string): string {
  return `${label.padEnd(52)} ${value.padStart(12)}   ${goal}`;
}

async function main(): Promise<void> {
  const plan = benchPlan();
  const segments = plan.blocks.reduce((n, b) => n + b.segments.length, 0);
  const { warm, cold } = await firstSpeak(plan);
  const costs = await boundaryCost(plan);
  const mem = await memory(plan);
  const hasGc = typeof (globalThis as { gc?: () => void }).gc === 'function';

  console.log('');
  console.log(`Player core — ${PLAN_WORDS} words, ${plan.blocks.length} blocks, ${segments} segments`);
  console.log('-'.repeat(80));
  console.log(row('measure', 'value', 'goal'));
  console.log(
    row(
      `play() → first speak(), voices loaded (median/${RUNS_FIRST_SPEAK})`,
      `${median(warm).toFixed(3)} ms`,
      '< 16 ms',
    ),
  );
  console.log(
    row('play() → first speak(), voices loaded (p95)', `${percentile(warm, 0.95).toFixed(3)} ms`, '< 16 ms'),
  );
  console.log(row(`load()+play() → first speak(), cold (median)`, `${median(cold).toFixed(3)} ms`, 'info'));
  console.log(
    row(
      `word boundary → 'word' event (median/${BOUNDARY_EVENTS})`,
      `${median(costs).toFixed(2)} µs`,
      '≪ 1000 µs',
    ),
  );
  console.log(
    row('word boundary → word event (p99)', `${percentile(costs, 0.99).toFixed(2)} µs`, '≪ 1000 µs'),
  );
  console.log(row('heap used before reading', `${mem.before.toFixed(2)} MB`, ''));
  console.log(row('heap used after reading the plan once', `${mem.afterFirst.toFixed(2)} MB`, ''));
  console.log(row('heap used after reading it a second time', `${mem.afterSecond.toFixed(2)} MB`, ''));
  console.log(
    row('growth between the two reads', `${(mem.afterSecond - mem.afterFirst).toFixed(2)} MB`, '≈ 0'),
  );
  console.log(
    row('growth from a third read (control)', `${(mem.afterThird - mem.afterSecond).toFixed(2)} MB`, '≈ 0'),
  );
  console.log(row('one read-through with an instant fake engine', `${mem.ms.toFixed(0)} ms`, 'info'));
  if (!hasGc) {
    console.log('note: global.gc unavailable, heap numbers include garbage; for exact ones run');
    console.log('      node --expose-gc --import tsx tests/bench/player.bench.ts');
  }
  console.log('');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
