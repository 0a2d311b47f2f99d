// Before real-browser tests: the built outputs they load must exist (npm test builds them first).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const OUTPUTS = [
  'dist/lib/lyssna.js',
  'dist/widget/lyssna.js',
  'dist/extension/manifest.json',
  'dist/firefox/manifest.json',
];

export default function setup(): void {
  if (OUTPUTS.every((f) => existsSync(f))) return;
  execSync('npm run build', { stdio: 'inherit' });
}
