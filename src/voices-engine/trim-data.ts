// Trims the eSpeak NG Emscripten package to the files our voices need: a new data file with only those
// files, and the module's file index (the `loadPackage({files:[…]})` call Emscripten's file packager wrote)
// rewritten to match. Nothing else in the module changes. Pure: bytes in, bytes out.

/** One file inside the packaged data: its path in the virtual file system and its byte range. */
export interface PackagedFile {
  filename: string;
  start: number;
  end: number;
}

/** Where eSpeak NG's data sits in the module's virtual file system. */
export const DATA_ROOT = '/usr/share/espeak-ng-data/';

/** The file packager's index call; `s` because the array can be long but is on one line either way. */
const INDEX_CALL = /loadPackage\(\{files:(\[.*?\]),remote_package_size:(\d+)\}\)/s;

/** The packaged files the module lists, in data order. Throws when the module is not the shape we know. */
export function readPackageIndex(moduleJs: string): PackagedFile[] {
  const match = INDEX_CALL.exec(moduleJs);
  if (!match) throw new Error('espeak-ng.js: no loadPackage({files:[…]}) index found');
  // The index is a JS literal with bare keys: quote them and it is JSON.
  const json = match[1]!.replace(/([{,])(filename|start|end):/g, '$1"$2":');
  return JSON.parse(json) as PackagedFile[];
}

export interface TrimmedPackage {
  moduleJs: string;
  data: Uint8Array;
  files: PackagedFile[];
}

/**
 * Keep only `keep` (paths relative to DATA_ROOT). Every kept file must exist: a missing one means the voice
 * table names a file this package version lacks, and the voice would fail at run time.
 */
export function trimPackage(moduleJs: string, data: Uint8Array, keep: readonly string[]): TrimmedPackage {
  const index = readPackageIndex(moduleJs);
  const byName = new Map(index.map((f) => [f.filename, f]));
  const wanted = [...new Set(keep)].sort();
  const missing = wanted.filter((k) => !byName.has(DATA_ROOT + k));
  if (missing.length > 0) throw new Error(`espeak-ng.data has no ${missing.join(', ')}`);
  const files: PackagedFile[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const name of wanted) {
    const f = byName.get(DATA_ROOT + name)!;
    const bytes = data.subarray(f.start, f.end);
    files.push({ filename: f.filename, start: offset, end: offset + bytes.length });
    parts.push(bytes);
    offset += bytes.length;
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  const literal = files.map((f) => `{filename:${JSON.stringify(f.filename)},start:${f.start},end:${f.end}}`);
  const moduleOut = moduleJs.replace(
    INDEX_CALL,
    () => `loadPackage({files:[${literal.join(',')}],remote_package_size:${offset}})`,
  );
  return { moduleJs: moduleOut, data: out, files };
}
