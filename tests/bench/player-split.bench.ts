// What the player would weigh if parts of it were fetched only when a reader needs them: the player built as
// the widget build builds it (vite.config.ts's target and minifier), then again with each group of modules
// replaced by empty stand-ins, gzip -9. It answers the 40 kB question with measurements, not guesses (README,
// "Widget"). Run: `npx tsx tests/bench/player-split.bench.ts`. Prints; never asserts.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { PLAYER_MINIFY, PLAYER_TARGET } from '../../vite.config.ts';

const root = resolve(import.meta.dirname, '../..');
const GOAL_PLAYER_GZIP_KB = 40;

/**
 * The parts a split could defer, by what would fetch them. Everything else runs before the first word on
 * every page: extraction, sentence splitting and speech text, the player core, the speech engine and the
 * player's controls.
 */
const DEFERRABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'language models (only for blocks whose language the page does not settle)',
    ['src/lang/data/trigrams.generated.ts'],
  ],
  [
    'optional UI: selection button, missing-voice help, colour picker, SPA watch, auto-scroll, click-to-read',
    [
      'src/ui/selection-button.ts',
      'src/ui/selection-watch.ts',
      'src/ui/voice-help.ts',
      'src/ui/color.ts',
      'src/ui/page-watch.ts',
      'src/ui/scroll-follow.ts',
      'src/ui/click-to-read.ts',
    ],
  ],
];

/** A module with every export an empty function: what is left of the bundle is what needs it. */
function standIn(file: string): string {
  const source = readFileSync(file, 'utf8');
  const names = source.matchAll(/^export (?:const|let|function\*?|class|async function) ([\w$]+)/gm);
  return [...names].map(([, name]) => `export function ${name}(){}`).join('\n');
}

async function playerGzip(deferred: readonly string[]): Promise<number> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'stand-ins',
        enforce: 'pre',
        load: (id: string) => (deferred.some((f) => id.endsWith(f)) ? standIn(id) : undefined),
      },
    ],
    build: {
      write: false,
      target: PLAYER_TARGET,
      ...PLAYER_MINIFY,
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: {
        entry: resolve(root, 'widget/main.ts'),
        name: 'LyssnaWidget',
        formats: ['iife'],
        fileName: () => 'lyssna-player.js',
      },
    },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]!.output[0];
  return gzipSync(chunk.code, { level: 9 }).length;
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main(): Promise<void> {
  console.log('Player split: what each deferrable part weighs in lyssna-player.js (gzip -9)');
  const whole = await playerGzip([]);
  console.log(`  the player as built${kb(whole).padStart(42)} kB   (goal ≤ ${GOAL_PLAYER_GZIP_KB} kB)`);
  const all: string[] = [];
  for (const [label, files] of DEFERRABLE) {
    const without = await playerGzip(files);
    all.push(...files);
    console.log(`  without ${label}: ${kb(without)} kB (−${kb(whole - without)} kB)`);
  }
  const floor = await playerGzip(all);
  console.log(
    `  without all of them: ${kb(floor)} kB: the first file of the most aggressive split, before its loading code`,
  );
}

await main();
