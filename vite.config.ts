// One config for every build: `--mode extension` (MV3 via @crxjs), `--mode widget` (one classic script),
// `--mode lib` (ESM core for bundlers); and for vitest: unit tests (happy-dom) and real-browser tests.
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { build } from 'vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

const root = import.meta.dirname;
/** The player's output syntax (see the widget build below for why ES2022 costs no reader the player). */
export const PLAYER_TARGET = 'es2022';
/**
 * The player is minified by terser, two passes: 0.5 kB gzip smaller than Vite's own minifier (oxc) on the
 * same input, for ~4 s more build. ASCII output as rolldown's (see `charset` below); no Safari 10 workarounds,
 * as the player needs Safari 16.4. The loader keeps oxc: terser takes only 37 bytes off it.
 */
export const PLAYER_MINIFY = {
  minify: 'terser' as const,
  terserOptions: { safari10: false, compress: { passes: 2 }, format: { ascii_only: true } },
};

export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    // Two classic scripts side by side in dist/widget/: the loader the owner pastes (lyssna.js) and the
    // player it fetches from its own directory on the reader's first intent (lyssna-player.js). An IIFE
    // build takes one entry, so the player is a second build run when the loader's is written.
    const classic = (entry: string, fileName: string, emptyOutDir: boolean, target: string) => ({
      outDir: 'dist/widget',
      emptyOutDir,
      target,
      // ASCII only (other characters as escapes): a classic script served without a charset is decoded in the
      // embedding page's encoding, and a municipal site served as windows-1252 would garble "Lyssna på".
      rolldownOptions: { output: { charset: 'ascii' as const } },
      lib: {
        entry: resolve(root, entry),
        name: 'LyssnaWidget',
        formats: ['iife' as const],
        fileName: () => fileName,
      },
    });
    return {
      publicDir: false,
      // The loader stays ES2020: it is what every page view parses, and where it parses it can at least say
      // "fungerar inte i den här webbläsaren".
      build: classic('widget/loader.ts', 'lyssna.js', true, 'es2020'),
      plugins: [
        {
          name: 'lyssna-player-build',
          apply: 'build',
          async closeBundle() {
            await build({
              configFile: false,
              logLevel: 'warn',
              publicDir: false,
              // ES2022 output (class fields and `??=` left as written: 0.3 kB gzip of helpers and lowering). No
              // browser that could read with the player loses it: its own code already needs more than ES2022
              // syntax does (regex lookbehind literals to parse: Safari 16.4; `Array.prototype.at` to read:
              // Chrome 92, Firefox 90).
              build: {
                ...classic('widget/main.ts', 'lyssna-player.js', false, PLAYER_TARGET),
                ...PLAYER_MINIFY,
              },
            });
          },
        },
      ],
    };
  }
  if (mode === 'lib') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2020',
        lib: {
          entry: { lyssna: resolve(root, 'src/index.ts') },
          formats: ['es'],
        },
      },
    };
  }
  if (mode === 'extension') {
    return {
      // _locales must sit at the root of the extension; Vite copies the public dir there.
      publicDir: resolve(root, 'src/extension/public'),
      plugins: [crx({ manifest })],
      build: { outDir: 'dist/extension', emptyOutDir: true, target: 'es2022' },
    };
  }
  return {
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            environment: 'happy-dom',
          },
        },
        {
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/support/browser-global-setup.ts'],
            testTimeout: 180_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
