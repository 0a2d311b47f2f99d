// Firefox MV3 build: the same sources through @crxjs with `browser: 'firefox'`, a manifest with
// background.scripts (Firefox has no extension service workers) and browser_specific_settings.gecko, and no
// `tts` permission (Firefox has no chrome.tts: its content script speaks with Web Speech, which Firefox
// allows without a click). Writes dist/firefox (with _locales) and dist/lyssna-firefox.zip; `npm run build`
// runs it after the Chrome build.
// Run: npx tsx src/extension/build-firefox.ts

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { build } from 'vite';
import { firefoxManifest, type Manifest } from './firefox-manifest.ts';
import { packageExtension } from './package-zip.ts';

/** The package uploaded to addons.mozilla.org. */
export const FIREFOX_ZIP = 'dist/lyssna-firefox.zip';

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  const outDir = resolve(root, 'dist/firefox');
  await build({
    root,
    configFile: false,
    // _locales must sit at the root of the package (manifest.json names a default_locale).
    publicDir: resolve(root, 'src/extension/public'),
    logLevel: 'warn',
    // biome-ignore lint/suspicious/noExplicitAny: crx's manifest type is stricter than what Firefox accepts
    plugins: [crx({ manifest: firefoxManifest(manifest) as any, browser: 'firefox' })],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const { files, bytes } = packageExtension(outDir, resolve(root, FIREFOX_ZIP));
  console.log(`dist/firefox: ${files} files; ${FIREFOX_ZIP} ${(bytes / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) await main();
