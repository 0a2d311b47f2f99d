// @vitest-environment node
// Browser tests rebuild dist/ when a source is newer than it (or it is missing), never run on a stale build.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { needsBuild } from '../../support/browser-global-setup.ts';

const dir = mkdtempSync(join(tmpdir(), 'lyssna-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, seconds: number) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  utimesSync(path, seconds, seconds);
  return path;
};

test.each([
  ['outputs newer than every source', 100, 50, false],
  ['a source edited after the build', 100, 150, true],
])('%s', (_name, outputAt, sourceAt, expected) => {
  const out = file(`${outputAt}-${sourceAt}/dist/out.js`, outputAt);
  const src = file(`${outputAt}-${sourceAt}/src/deep/a.ts`, sourceAt);
  expect(needsBuild([out], [join(src, '../..')])).toBe(expected);
});

test('a missing output means a build', () => {
  expect(needsBuild([join(dir, 'nope.js')], [])).toBe(true);
});
