// Before real-browser tests: the built outputs they load must exist and be newer than every source file they
// are built from, else the tests would pass or fail on yesterday's code. `npm test` builds first, so there
// this finds nothing to do; a lone `vitest run --project browser …` after an edit rebuilds.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = [
  'dist/lib/lyssna.js',
  'dist/widget/lyssna.js',
  'dist/extension/manifest.json',
  'dist/voices/manifest.json',
  'dist/firefox/manifest.json',
];
/** What the builds read (vite.config.ts, manifest.json and the folders of code, styles and locales). */
const SOURCES = ['src', 'widget', 'manifest.json', 'vite.config.ts', 'package.json'];

/** Newest modification time (ms) of a file, or of any file under a folder. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The outputs are missing, or some source changed after the oldest of them was built. */
export function needsBuild(outputs = OUTPUTS, sources = SOURCES): boolean {
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return sources.some((s) => newestMtime(s) > built);
}

export default function setup(): void {
  if (!needsBuild()) return;
  execSync('npm run build', { stdio: 'inherit' });
}
