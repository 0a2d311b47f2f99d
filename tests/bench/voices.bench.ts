// Lyssna röster benchmark: trimmed eSpeak NG data per language, engine start (module load → first audio) and
// per-sentence synthesis time in Node, and first audio in Chromium through the real extension (cold and warm).
// Run: `npx tsx tests/bench/voices.bench.ts` after `npm run build` (it reads dist/voices/).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSynth, type EspeakFactory } from '../../src/voices-engine/synth.ts';
import { DATA_ROOT, readPackageIndex } from '../../src/voices-engine/trim-data.ts';
import { espeakSettings, prepareUtterance } from '../../src/voices-engine/utterance.ts';
import { ENGINE_VOICES, SHARED_DATA_FILES, voiceDataFiles } from '../../src/voices-engine/voices.ts';
import { launchChromium } from '../support/chromium.ts';
import { startSpeechEnv } from '../support/speech-env.ts';

const DIST = resolve('dist/voices');
const ZIP = resolve('dist/lyssna-voices.zip');
/** Synthesis runs per sentence: the median of these is reported. */
const RUNS = 7;

/** One everyday municipal sentence per voice language (own text). */
const SENTENCES: Record<string, string> = {
  'sv-SE': 'Biblioteket har öppet till klockan åtta på torsdagar.',
  'nb-NO': 'Biblioteket har åpent til klokken åtte på torsdager.',
  'da-DK': 'Biblioteket har åbent til klokken otte om torsdagen.',
  'fi-FI': 'Kirjasto on avoinna torstaisin kello kahdeksaan asti.',
  'en-GB': 'The library is open until eight o’clock on Thursdays.',
  'en-US': 'The library is open until eight o’clock on Thursdays.',
  ar: 'المكتبة مفتوحة حتى الساعة الثامنة يوم الخميس.',
  fa: 'کتابخانه روزهای پنجشنبه تا ساعت هشت باز است.',
  ti: 'ቤተ-መጻሕፍቲ ሓሙስ ክሳብ ሰዓት ሸሞንተ ክፉት እዩ።',
  'pl-PL': 'Biblioteka jest otwarta w czwartki do godziny ósmej.',
  bs: 'Biblioteka je otvorena četvrtkom do osam sati.',
  hr: 'Knjižnica je otvorena četvrtkom do osam sati.',
  sr: 'Библиотека је отворена четвртком до осам сати.',
  kmr: 'Pirtûkxane roja pêncşemê heta saet heştan vekirî ye.',
};

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function dataSizes(): void {
  const js = readFileSync(join(DIST, 'espeak/espeak-ng.js'), 'utf8');
  const data = readFileSync(join(DIST, 'espeak/espeak-ng.data'));
  const files = new Map(readPackageIndex(js).map((f) => [f.filename.slice(DATA_ROOT.length), f]));
  const bytesOf = (names: readonly string[]) => {
    const parts = names.map((n) => files.get(n)!).map((f) => data.subarray(f.start, f.end));
    const raw = parts.reduce((s, p) => s + p.length, 0);
    return { raw, gz: gzipSync(Buffer.concat(parts)).length };
  };
  console.log('\nTrimmed eSpeak NG data (raw / gzip)');
  const shared = bytesOf(SHARED_DATA_FILES);
  console.log(`  shared phoneme data         ${kib(shared.raw).padStart(10)} / ${kib(shared.gz)}`);
  for (const v of ENGINE_VOICES) {
    const own = bytesOf(voiceDataFiles(v));
    console.log(`  ${v.lang.padEnd(6)} ${v.name.padEnd(38)} ${kib(own.raw).padStart(10)} / ${kib(own.gz)}`);
  }
  console.log(
    `  all data                    ${kib(data.length).padStart(10)} / ${kib(gzipSync(data).length)}`,
  );
  console.log(`  eSpeak NG module (JS)       ${kib(js.length).padStart(10)} / ${kib(gzipSync(js).length)}`);
  console.log(
    `  Swedish alone would need    ${kib(bytesOf([...SHARED_DATA_FILES, ...voiceDataFiles(ENGINE_VOICES[0]!)]).raw)}`,
  );
  if (existsSync(ZIP)) console.log(`  dist/lyssna-voices.zip      ${kib(statSync(ZIP).size).padStart(10)}`);
}

/**
 * Engine start in a plain Node child (tsx would transform the 0.8 MB module on import and inflate the time):
 * module and data loaded, voice set, first sentence synthesised.
 */
function nodeEngineStart(): void {
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(join(DIST, 'espeak/espeak-ng.js')).href)});
    const w = new (await m.default()).eSpeakNGWorker();
    const loaded = performance.now();
    if (w.set_voice('gmq/sv') !== 0) throw new Error('no Swedish voice');
    let n = 0;
    w.synthesize(${JSON.stringify(SENTENCES['sv-SE'])}, (a) => { n += a.length; return 0; });
    console.log(JSON.stringify({ loaded: loaded - t0, first: performance.now() - t0, samples: n }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  console.log('\nEngine start in Node (trimmed data, plain node)');
  if (out.status !== 0) {
    console.log(`  failed: ${out.stderr.slice(0, 300)}`);
    return;
  }
  const r = JSON.parse(out.stdout) as { loaded: number; first: number };
  console.log(`  module + data loaded        ${r.loaded.toFixed(0)} ms`);
  console.log(`  first sentence synthesised  ${r.first.toFixed(0)} ms after start`);
}

async function nodeSynthesis(): Promise<void> {
  const module = (await import(pathToFileURL(join(DIST, 'espeak/espeak-ng.js')).href)) as {
    default: EspeakFactory;
  };
  const synth = await createSynth(module.default);
  console.log(`\nPer-sentence synthesis in Node (median of ${RUNS}; real-time factor = synthesis / audio)`);
  const { wpm, pitch } = espeakSettings(1, 1);
  for (const v of ENGINE_VOICES) {
    const text = SENTENCES[v.lang]!;
    synth.setVoice(v.espeakVoice);
    const times: number[] = [];
    let audioMs = 0;
    for (let i = 0; i < RUNS; i++) {
      const s0 = performance.now();
      const prepared = prepareUtterance(text, v.lang);
      let samples = 0;
      let rate = 22_050;
      for (const c of prepared.chunks) {
        const out = synth.synthesize(c.text, wpm, pitch);
        samples += out.samples.length;
        rate = out.sampleRate;
      }
      times.push(performance.now() - s0);
      audioMs = (samples / rate) * 1000;
    }
    const ms = median(times);
    console.log(
      `  ${v.lang.padEnd(6)} ${ms.toFixed(0).padStart(4)} ms for ${(audioMs / 1000).toFixed(1)} s of speech (×${(ms / audioMs).toFixed(3)})`,
    );
  }
}

/** speak() → `start` on a plain page, twice: cold (offscreen document and module load) and warm. */
async function chromiumFirstAudio(): Promise<void> {
  console.log('\nFirst audio in Chromium (speak() → start event, through the extension)');
  if (!existsSync(process.env.LYSSNA_CHROMIUM ?? '/usr/bin/chromium')) {
    console.log('  Chromium not found: skipped');
    return;
  }
  const speech = await startSpeechEnv();
  const browser = await launchChromium({ speech, speechDispatcher: false, extensionPath: DIST });
  try {
    const page = await browser.context.newPage();
    // tsx (esbuild, keepNames) wraps page-side functions in `__name(...)`: the page needs the helper too.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto('about:blank');
    await page.setContent('<p>Lyssna</p>');
    await page.mouse.click(5, 5);
    for (const label of ['cold', 'warm', 'warm']) {
      const ms = await page.evaluate(
        (text) =>
          new Promise<number>((done) => {
            const wait = () => {
              const voice = speechSynthesis.getVoices().find((v) => v.name === 'Lyssna svenska (offline)');
              if (!voice) return setTimeout(wait, 50);
              const u = new SpeechSynthesisUtterance(text);
              u.voice = voice;
              const t0 = performance.now();
              u.onstart = () => done(performance.now() - t0);
              u.onerror = () => done(Number.NaN);
              speechSynthesis.speak(u);
            };
            wait();
          }),
        SENTENCES['sv-SE']!,
      );
      console.log(`  ${label.padEnd(5)} ${ms.toFixed(0)} ms`);
      await page.evaluate(() => speechSynthesis.cancel());
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    await browser.close();
    await speech.stop();
  }
}

if (!existsSync(join(DIST, 'espeak/espeak-ng.js'))) {
  console.log('dist/voices is not built: run `npm run build` first. Nothing measured.');
} else {
  dataSizes();
  nodeEngineStart();
  await nodeSynthesis();
  await chromiumFirstAudio();
}
