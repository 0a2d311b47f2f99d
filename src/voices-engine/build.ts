// Builds Lyssna röster into dist/voices/ (load it unpacked) and dist/lyssna-voices.zip: bundles the worker and
// the offscreen document, trims eSpeak NG's data from the npm package to our voices, checks in Node that every
// voice loads and speaks from the trimmed data, and packs the folder.
// Run: npx tsx src/voices-engine/build.ts (part of `npm run build`).

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { createZip, readTree } from '../extension/package-zip.ts';
import { createSynth, type EspeakFactory } from './synth.ts';
import { trimPackage } from './trim-data.ts';
import { ENGINE_VOICES, SHARED_DATA_FILES, voiceDataFiles } from './voices.ts';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
export const OUT_DIR = join(ROOT, 'dist/voices');
export const ZIP_FILE = join(ROOT, 'dist/lyssna-voices.zip');
/** The upstream package; SOURCE.md names the same version (a unit test checks). */
export const ESPEAK_PACKAGE = '@echogarden/espeak-ng-emscripten';

/** Where the npm package's files are. */
export function espeakPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${ESPEAK_PACKAGE}/package.json`));
}

/** Every data file the voices need, relative to espeak-ng-data/. */
export function dataFilesToKeep(): string[] {
  return [...SHARED_DATA_FILES, ...ENGINE_VOICES.flatMap(voiceDataFiles)];
}

async function bundle(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: { background: join(HERE, 'background.ts'), offscreen: join(HERE, 'offscreen.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
}

function writeTrimmedData(): { bytes: number } {
  const pkg = espeakPackageDir();
  const trimmed = trimPackage(
    readFileSync(join(pkg, 'espeak-ng.js'), 'utf8'),
    readFileSync(join(pkg, 'espeak-ng.data')),
    dataFilesToKeep(),
  );
  const dir = join(OUT_DIR, 'espeak');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'espeak-ng.js'), trimmed.moduleJs);
  writeFileSync(join(dir, 'espeak-ng.data'), trimmed.data);
  copyFileSync(join(pkg, 'COPYING'), join(dir, 'COPYING'));
  return { bytes: trimmed.data.length };
}

/** Load the trimmed module in Node; every voice must load and make sound, or the build fails. */
async function checkVoices(): Promise<void> {
  const url = pathToFileURL(join(OUT_DIR, 'espeak/espeak-ng.js')).href;
  const synth = await createSynth(((await import(url)) as { default: EspeakFactory }).default);
  for (const v of ENGINE_VOICES) {
    const error = synth.setVoice(v.espeakVoice);
    if (error) throw new Error(`${v.name}: ${error}`);
    if (synth.synthesize('1 2 3', 175, 50).samples.length === 0) throw new Error(`${v.name}: no sound`);
  }
}

function copyStatic(): void {
  for (const f of ['manifest.json', 'offscreen.html', 'LICENSE', 'SOURCE.md']) {
    copyFileSync(join(HERE, f), join(OUT_DIR, f));
  }
  mkdirSync(join(OUT_DIR, 'icons'), { recursive: true });
  for (const size of [16, 48, 128]) {
    copyFileSync(join(ROOT, `src/extension/icons/icon-${size}.png`), join(OUT_DIR, `icons/icon-${size}.png`));
  }
}

export async function buildVoices(): Promise<{ dataBytes: number; zipBytes: number }> {
  await bundle();
  const { bytes } = writeTrimmedData();
  copyStatic();
  await checkVoices();
  const zip = createZip(readTree(OUT_DIR));
  writeFileSync(ZIP_FILE, zip);
  return { dataBytes: bytes, zipBytes: zip.length };
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const { dataBytes, zipBytes } = await buildVoices();
  console.log(
    `dist/voices: ${ENGINE_VOICES.length} voices, data ${(dataBytes / 1024).toFixed(0)} KiB; ` +
      `dist/lyssna-voices.zip ${(zipBytes / 1024).toFixed(0)} KiB`,
  );
}
