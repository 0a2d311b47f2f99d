// Widget benchmark: the loader's and the player's size (raw, gzip, brotli); the loader's main-thread time at
// page load (beside the player loaded as one script, as the widget was before the loader); click on "Lyssna"
// → first speechSynthesis.speak() on budget-lang-artikel in real Chromium (median), with the player
// prefetched by the pointer on the button, and cold (fetched by the click); main-thread long tasks while the
// whole article is read. Run: `npx tsx tests/bench/widget.bench.ts` (after `npx vite build --mode widget`).
// Prints; never asserts.

import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type DemoServer, PLAYER_JS, startDemoServer, WIDGET_JS } from '../../widget/demo/server.ts';
import { launchChromium } from '../support/chromium.ts';
import { startSpeechEnv } from '../support/speech-env.ts';
import { type Bench, bench, fakeSpeech, longTaskObserver } from './page-probes.ts';

const PAGE = '/sidor/budget-lang-artikel/';
/** Fresh page loads per measurement; the median is printed (the first load warms Chromium's caches). */
const RUNS = 9;
/** Real voices arrive 4–6 s after page load on this machine (docs/speech-platform.md#real-speech-on-linux): click only once they are there. */
const REAL_VOICES_WAIT_MS = 30_000;
/** The goals, printed beside the numbers. */
const GOAL_LOADER_GZIP_KB = 6;
const GOAL_PLAYER_GZIP_KB = 40;
const GOAL_LOADER_MAIN_THREAD_MS = 5;
const GOAL_FIRST_SPEAK_MS = 50;
const GOAL_LONG_TASK_MS = 50;
/** The fake voice "speaks" each utterance this long: the whole 2,950-word article passes in seconds. */
const FAKE_UTTERANCE_MS = 5;

/** tsx (esbuild, keepNames) wraps functions in `__name(...)`: page-side copies of them need the helper too. */
const NAME_SHIM = { content: 'globalThis.__name = (f) => f;' };

const kb = (n: number) => (n / 1024).toFixed(1);
const pad = (s: string, n: number) => s.padEnd(n);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

/** Real speech: only the timing probes. */
function probes(): void {
  const w = window as unknown as { bench: { clickAt: number; speakAt: number[]; longTasks: unknown[] } };
  w.bench = { clickAt: 0, speakAt: [], longTasks: [] };
  window.addEventListener('click', () => (w.bench.clickAt = performance.now()), true);
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (u) => {
    w.bench.speakAt.push(performance.now());
    speak(u);
  };
}

/**
 * How the reader reaches the click: `prefetched` rests the pointer on the button first (the player arrives
 * and reads the page) and clicks after; `mouse` moves there and clicks at once (the player is fetched on the
 * way); `cold` clicks with no pointer or focus before it (the click fetches the player).
 */
type ClickMode = 'prefetched' | 'mouse' | 'cold';

/** The pointer rests on the button this long before the click in `prefetched` mode (a reader's aim-and-click). */
const HOVER_BEFORE_CLICK_MS = 500;

async function clickToSpeak(
  server: DemoServer,
  launch: Awaited<ReturnType<typeof launchChromium>>,
  init: (arg: number) => void,
  waitVoices: boolean,
  mode: ClickMode,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launch.context.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(init, FAKE_UTTERANCE_MS);
    await page.goto(`${server.url}${PAGE}`);
    await page.waitForFunction(() => typeof window.Lyssna?.play === 'function');
    if (waitVoices) {
      await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, {
        timeout: REAL_VOICES_WAIT_MS,
      });
    }
    const launcher = page.locator('lyssna-player >> button.launcher');
    if (mode === 'prefetched') {
      await launcher.hover();
      await page.locator('lyssna-selection').waitFor({ state: 'attached' });
      await page.waitForTimeout(HOVER_BEFORE_CLICK_MS);
      await launcher.click();
    } else if (mode === 'mouse') await launcher.click();
    else await launcher.evaluate((b) => (b as HTMLElement).click());
    await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.speakAt.length > 0, null, {
      timeout: REAL_VOICES_WAIT_MS,
    });
    const b = await bench(page);
    times.push(b.speakAt[0]! - b.clickAt);
    await page.evaluate(() => window.Lyssna?.stop());
    await page.close();
  }
  return times;
}

/** Trace events Chromium records for a script's work on the main thread (compile + run), in µs. */
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Main-thread time of one of the widget's scripts: Chromium's `EvaluateScript` trace events for it (its
 * compile on the main thread and its run, the button or the player drawn included). The loader is measured
 * at page load; the player when the pointer on the button has fetched it.
 */
async function scriptMainThreadMs(
  server: DemoServer,
  launch: Awaited<ReturnType<typeof launchChromium>>,
  file: 'lyssna.js' | 'lyssna-player.js',
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launch.context.newPage();
    const cdp = await launch.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(`${server.url}${PAGE}`);
    await page.waitForFunction(() => typeof window.Lyssna?.play === 'function');
    if (file === 'lyssna-player.js') {
      await page.locator('lyssna-player >> button.launcher').hover();
      await page.locator('lyssna-selection').waitFor({ state: 'attached' });
    }
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    const ofFile = (url: string | undefined) => (url ? new URL(url).pathname.endsWith(`/${file}`) : false);
    const us = events
      .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && ofFile(e.args?.data?.url))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    times.push(us / 1000);
    await cdp.detach();
    await page.close();
  }
  return times;
}

function sizes(label: string, file: string, goalKb: number | null): void {
  const js = readFileSync(file);
  const gz = gzipSync(js, { level: 9 }).length;
  const br = brotliCompressSync(js, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const goal = goalKb === null ? '' : `   (goal ≤ ${goalKb} kB)`;
  console.log(
    `  ${pad(label, 34)}${kb(js.length).padStart(7)} kB raw${kb(gz).padStart(7)} kB gzip -9${kb(br).padStart(7)} kB brotli${goal}`,
  );
}

async function main(): Promise<void> {
  console.log('Widget benchmark');
  if (!existsSync(WIDGET_JS) || !existsSync(PLAYER_JS)) {
    console.log(
      'dist/widget/ lacks lyssna.js or lyssna-player.js: run `npx vite build --mode widget` first.',
    );
    return;
  }
  console.log('\nFiles in dist/widget/');
  sizes('lyssna.js (loader, on every page)', WIDGET_JS, GOAL_LOADER_GZIP_KB);
  sizes('lyssna-player.js (on first intent)', PLAYER_JS, GOAL_PLAYER_GZIP_KB);

  const server = await startDemoServer({ port: 0 });
  try {
    const fake = await launchChromium();
    try {
      const row = (label: string, times: number[], unit = 'ms') =>
        console.log(
          `  ${pad(label, 58)} median ${median(times).toFixed(1).padStart(6)} ${unit}   min ${Math.min(
            ...times,
          )
            .toFixed(1)
            .padStart(6)}  max ${Math.max(...times)
            .toFixed(1)
            .padStart(6)}`,
        );
      console.log(
        `\nMain-thread script time (EvaluateScript), ${PAGE.split('/')[2]}, ${RUNS} fresh loads (goal for the loader ≤ ${GOAL_LOADER_MAIN_THREAD_MS} ms)`,
      );
      row('loader (lyssna.js), page load', await scriptMainThreadMs(server, fake, 'lyssna.js'));
      row(
        'player (lyssna-player.js), on first intent',
        await scriptMainThreadMs(server, fake, 'lyssna-player.js'),
      );

      console.log(
        `\nClick "Lyssna" → first speak(), ${PAGE.split('/')[2]}, real Chromium, ${RUNS} fresh loads (goal < ${GOAL_FIRST_SPEAK_MS} ms)`,
      );
      row(
        'fake speech, player prefetched by the pointer on the button',
        await clickToSpeak(server, fake, fakeSpeech, false, 'prefetched'),
      );
      row(
        'fake speech, pointer moved there and clicked at once',
        await clickToSpeak(server, fake, fakeSpeech, false, 'mouse'),
      );
      row(
        'fake speech, cold click (player fetched from localhost)',
        await clickToSpeak(server, fake, fakeSpeech, false, 'cold'),
      );

      // Long tasks while the whole article is read by the fast fake voice.
      const page = await fake.context.newPage();
      await page.addInitScript(NAME_SHIM);
      await page.addInitScript(fakeSpeech, FAKE_UTTERANCE_MS);
      await page.addInitScript(longTaskObserver);
      await page.goto(`${server.url}${PAGE}`);
      await page.waitForFunction(() => typeof window.Lyssna?.play === 'function');
      await page.waitForTimeout(500);
      const tasks = async () => {
        const t = (await bench(page)).longTasks;
        await page.evaluate(() => ((window as unknown as { bench: Bench }).bench.longTasks = []));
        return t;
      };
      const atLoad = await tasks();
      // The normal path: the pointer rests on the button (the player arrives and reads the page), then the click.
      const launcher = page.locator('lyssna-player >> button.launcher');
      await launcher.hover();
      await page.locator('lyssna-selection').waitFor({ state: 'attached' });
      await page.waitForTimeout(HOVER_BEFORE_CLICK_MS);
      const fetching = await tasks();
      await launcher.click();
      await page.waitForFunction(() => window.Lyssna?.status === 'ended', null, { timeout: 120_000 });
      const sentences = (await bench(page)).speakAt.length;
      const during = await tasks();
      const max = (ts: { duration: number }[]) =>
        ts.length ? Math.max(...ts.map((t) => t.duration)).toFixed(0) : '–';
      console.log(
        `\nMain-thread long tasks (> ${GOAL_LONG_TASK_MS} ms), whole article read (${sentences} sentences, fake voice ${FAKE_UTTERANCE_MS} ms each)`,
      );
      console.log(`  ${pad('', 44)}${'count'.padStart(6)}${'max ms'.padStart(9)}`);
      for (const [label, ts] of [
        ['page load (the loader)', atLoad],
        ['pointer on the button: player fetched, run', fetching],
        ['click → end of reading', during],
      ] as const)
        console.log(`  ${pad(label, 44)}${String(ts.length).padStart(6)}${max(ts).padStart(9)}`);
      await page.close();
    } finally {
      await fake.close();
    }

    let speech: Awaited<ReturnType<typeof startSpeechEnv>> | null = null;
    try {
      speech = await startSpeechEnv();
    } catch (err) {
      console.log(`\nReal voice run skipped: ${String(err).split('\n')[0]}`);
    }
    if (speech) {
      const real = await launchChromium({ speech });
      try {
        const times = await clickToSpeak(server, real, probes, true, 'prefetched');
        console.log(
          `\n  ${pad('real speech (speech-dispatcher, voices listed), prefetched', 58)} median ${median(times).toFixed(1).padStart(6)} ms   min ${Math.min(
            ...times,
          )
            .toFixed(1)
            .padStart(6)}  max ${Math.max(...times)
            .toFixed(1)
            .padStart(6)}`,
        );
      } finally {
        await real.close();
        await speech.stop();
      }
    }
  } finally {
    await server.close();
  }
}

await main();
