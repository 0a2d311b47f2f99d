// @vitest-environment node
// Lyssna röster as a separate GPL work: its manifest lists exactly the voice table, its Corresponding Source
// note names the upstream version we install, the data trimming keeps what it is told, and no MIT part of Lyssna
// (core, widget, extension) imports it or ships any of it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseOffscreenCommand, parseWorkerMessage } from '../../../src/voices-engine/messages.ts';
import { DATA_ROOT, readPackageIndex, trimPackage } from '../../../src/voices-engine/trim-data.ts';
import { ENGINE_VOICES } from '../../../src/voices-engine/voices.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENGINE_DIR = join(ROOT, 'src/voices-engine');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, ext));
    else if (ext.test(name)) out.push(full);
  }
  return out;
}

describe('manifest.json', () => {
  const manifest = JSON.parse(read('src/voices-engine/manifest.json')) as {
    permissions: string[];
    tts_engine: { voices: { voice_name: string; lang: string; event_types: string[] }[] };
  };

  test('declares exactly the voice table, each with word events', () => {
    expect(manifest.tts_engine.voices.map((v) => [v.voice_name, v.lang])).toEqual(
      ENGINE_VOICES.map((v) => [v.name, v.lang]),
    );
    for (const v of manifest.tts_engine.voices) expect(v.event_types).toContain('word');
  });

  test('asks for nothing but the engine and its offscreen document', () => {
    expect(manifest.permissions).toEqual(['ttsEngine', 'offscreen']);
  });

  test('voices are named "Lyssna <language> (offline)"', () => {
    for (const v of ENGINE_VOICES) expect(v.name).toMatch(/^Lyssna [\p{L} ]+ \(offline\)$/u);
  });
});

describe('licence', () => {
  test('the folder carries the GPL and a source note naming the installed upstream version', () => {
    expect(read('src/voices-engine/LICENSE')).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(read('src/voices-engine/LICENSE')).toContain('Version 3, 29 June 2007');
    const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> })
      .devDependencies['@echogarden/espeak-ng-emscripten'];
    const installed = (
      JSON.parse(read('node_modules/@echogarden/espeak-ng-emscripten/package.json')) as { version: string }
    ).version;
    expect(pinned).toBe(installed); // exact: the note must name what is really shipped
    expect(read('src/voices-engine/SOURCE.md')).toContain(`version ${installed}`);
  });

  test('the rest of Lyssna stays MIT', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
  });
});

describe('isolation: the MIT parts never import Lyssna röster', () => {
  const IMPORTS_ENGINE = /from\s+['"][^'"]*voices-engine[^'"]*['"]|import\(\s*['"][^'"]*voices-engine/;

  test('no source file outside src/voices-engine imports it', () => {
    const sources = [
      ...filesUnder(join(ROOT, 'src'), /\.(ts|js|mjs)$/),
      ...filesUnder(join(ROOT, 'widget'), /\.(ts|js)$/),
    ]
      .filter((f) => !f.startsWith(ENGINE_DIR + sep))
      .filter((f) => IMPORTS_ENGINE.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(sources).toEqual([]);
  });

  /** Strings only Lyssna röster's bundle or eSpeak NG contain. */
  const MARKERS = ['eSpeakNGWorker', 'espeak-ng.data', 'lyssna-voices-offscreen', 'Lyssna röster kunde inte'];

  test.each(['dist/widget', 'dist/extension', 'dist/lib'])('built %s contains none of it', (dir) => {
    const files = filesUnder(join(ROOT, dir), /\.(js|json|html)$/);
    if (files.length === 0) {
      console.warn(`${dir} is not built: run npm run build to check it`);
      return;
    }
    const hits = files.flatMap((f) => {
      const body = readFileSync(f, 'utf8');
      return MARKERS.filter((m) => body.includes(m)).map((m) => `${relative(ROOT, f)}: ${m}`);
    });
    expect(hits).toEqual([]);
  });
});

describe('trimPackage', () => {
  const file = (name: string, start: number, end: number) =>
    `{filename:"${DATA_ROOT}${name}",start:${start},end:${end}}`;
  const moduleJs = `var a=1;loadPackage({files:[${file('a_dict', 0, 3)},${file('lang/x/b', 3, 5)},${file('phontab', 5, 9)}],remote_package_size:9});var b=2;`;
  const data = new TextEncoder().encode('AAABBPPPP');

  test('keeps only the named files, rewrites the index to the new offsets and leaves the rest alone', () => {
    const t = trimPackage(moduleJs, data, ['phontab', 'a_dict']);
    expect(new TextDecoder().decode(t.data)).toBe('AAAPPPP');
    expect(readPackageIndex(t.moduleJs)).toEqual([
      { filename: `${DATA_ROOT}a_dict`, start: 0, end: 3 },
      { filename: `${DATA_ROOT}phontab`, start: 3, end: 7 },
    ]);
    expect(t.moduleJs).toMatch(/remote_package_size:7\}\);var b=2;$/);
    expect(t.moduleJs.startsWith('var a=1;')).toBe(true);
  });

  test('a file the voice table names but the package lacks fails the build', () => {
    expect(() => trimPackage(moduleJs, data, ['zz_dict'])).toThrow(/zz_dict/);
  });

  test('a module without a file index fails loudly', () => {
    expect(() => readPackageIndex('var x;')).toThrow(/loadPackage/);
  });
});

describe('messages between the worker and the offscreen document', () => {
  const speak = { to: 'lyssna-voices-offscreen', kind: 'speak', id: 1, text: 'Hej', lang: 'sv', offset: 0 };
  test.each([
    [speak, true],
    [{ ...speak, rate: 2, pitch: 1, volume: 0.5, voiceName: 'Lyssna svenska (offline)' }, true],
    [{ ...speak, text: 5 }, false],
    [{ ...speak, rate: Number.NaN }, false],
    [{ ...speak, to: 'someone-else' }, false],
    [{ to: 'lyssna-voices-offscreen', kind: 'pause' }, true],
    [{ to: 'lyssna-voices-offscreen', kind: 'explode' }, false],
    [null, false],
  ])('offscreen command %j accepted: %s', (message, ok) => {
    expect(parseOffscreenCommand(message) !== null).toBe(ok);
  });

  const event = (e: object) => ({ to: 'lyssna-voices-worker', kind: 'event', id: 3, event: e });
  test.each([
    [event({ type: 'word', charIndex: 4, length: 3 }), true],
    [event({ type: 'error', errorMessage: 'fel' }), true],
    [event({ type: 'marker' }), false],
    [event({ type: 'word', charIndex: '4' }), false],
    [{ to: 'lyssna-voices-worker', kind: 'ready' }, true],
    [{ to: 'lyssna-voices-worker', kind: 'event', id: 3 }, false],
  ])('worker message %j accepted: %s', (message, ok) => {
    expect(parseWorkerMessage(message) !== null).toBe(ok);
  });
});
