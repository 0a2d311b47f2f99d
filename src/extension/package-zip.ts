// Packs dist/extension into dist/lyssna-extension.zip for the Chrome Web Store: a small ZIP writer
// (deflate via node:zlib, CRC-32, no dependency), files sorted and timestamps fixed so builds are reproducible.
// Run: npx tsx src/extension/package-zip.ts [sourceDir] [zipFile]

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00, the earliest DOS date: the same bytes for the same files, whenever they are built. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Stored, not deflated, when deflate does not make the file smaller (PNGs are already compressed). */
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const VERSION_NEEDED = 20;

export function createZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const useDeflate = deflated.length < entry.data.length;
    const body = useDeflate ? deflated : Buffer.from(entry.data);
    const method = useDeflate ? METHOD_DEFLATE : METHOD_STORE;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(FLAG_UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Every file under dir, as archive entries with paths relative to dir. */
export function readTree(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ name: relative(dir, full).split(sep).join('/'), data: readFileSync(full) });
    }
  };
  walk(dir);
  return out;
}

/** The content script @crxjs emits for `?iife` imports (injected with chrome.scripting, never by a page). */
const INJECTED_SCRIPT = 'src/extension/content.js';

interface WarEntry {
  resources: string[];
  matches?: string[];
}

/**
 * Tidy what @crxjs leaves for a dynamically injected script: it lists the file as web-accessible to every
 * http(s) page (chrome.scripting needs no such entry, and it would let any page detect the extension), and
 * keeps the intermediate ESM chunk it built the IIFE from, referenced by nothing.
 */
export function finalizeBuild(dir: string): { removedWar: boolean; removedChunks: string[] } {
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    web_accessible_resources?: WarEntry[];
  };
  const before = JSON.stringify(manifest.web_accessible_resources ?? []);
  const war = (manifest.web_accessible_resources ?? [])
    .map((w) => ({ ...w, resources: w.resources.filter((r) => r !== INJECTED_SCRIPT) }))
    .filter((w) => w.resources.length > 0);
  if (war.length > 0) manifest.web_accessible_resources = war;
  else delete manifest.web_accessible_resources;
  const removedWar = JSON.stringify(war) !== before;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

  const files = readTree(dir);
  const text = files
    .filter((f) => /\.(js|html|json|css)$/.test(f.name))
    .map((f) => ({ name: f.name, body: Buffer.from(f.data).toString('utf8') }));
  const removedChunks: string[] = [];
  for (const f of files) {
    if (!/^assets\/content\.ts-[\w-]+\.js$/.test(f.name)) continue;
    const base = f.name.slice('assets/'.length);
    if (text.some((t) => t.name !== f.name && t.body.includes(base))) continue;
    rmSync(join(dir, f.name));
    removedChunks.push(f.name);
  }
  return { removedWar, removedChunks };
}

export function packageExtension(sourceDir: string, zipFile: string): { files: number; bytes: number } {
  finalizeBuild(sourceDir);
  const entries = readTree(sourceDir);
  if (!entries.some((e) => e.name === 'manifest.json')) {
    throw new Error(`${sourceDir} has no manifest.json: run \`vite build --mode extension\` first`);
  }
  const zip = createZip(entries);
  mkdirSync(dirname(zipFile), { recursive: true });
  writeFileSync(zipFile, zip);
  return { files: entries.length, bytes: zip.length };
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const source = process.argv[2] ?? 'dist/extension';
  const target = process.argv[3] ?? 'dist/lyssna-extension.zip';
  const { files, bytes } = packageExtension(source, target);
  console.log(`${target}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB`);
}
