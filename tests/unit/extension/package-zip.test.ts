// The store zip: a valid archive whose entries read back byte for byte, reproducibly, with its own reader.
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createZip, type ZipEntry } from '../../../src/extension/package-zip.ts';

/** Read a zip through its central directory, as store upload tools do. */
function readZip(zip: Buffer): { name: string; data: Buffer; crc: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const localNameLen = zip.readUInt16LE(local + 26);
    const body = zip.subarray(local + 30 + localNameLen, local + 30 + localNameLen + size);
    out.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body), crc });
    p += 46 + nameLen;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('createZip', () => {
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: text(JSON.stringify({ manifest_version: 3, name: 'Lyssna' })) },
    { name: '_locales/sv/messages.json', data: text('{"extName":{"message":"Lyssna – uppläsning"}}') },
    { name: 'assets/big.js', data: text('const a = 1;\n'.repeat(500)) },
    { name: 'icons/icon.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    { name: 'empty.txt', data: new Uint8Array() },
  ];

  test('every entry reads back identical, sorted by name, with a correct CRC', () => {
    const back = readZip(createZip(entries));
    expect(back.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    for (const e of back) {
      const original = entries.find((x) => x.name === e.name)!;
      expect(Buffer.compare(e.data, Buffer.from(original.data))).toBe(0);
      expect(e.crc).toBe(crc32(original.data));
    }
  });

  test('compressible files are deflated, the archive is smaller than its content', () => {
    const zip = createZip(entries);
    const total = entries.reduce((n, e) => n + e.data.length, 0);
    expect(zip.length).toBeLessThan(total);
  });

  test('the same files give the same bytes (reproducible builds)', () => {
    expect(Buffer.compare(createZip(entries), createZip([...entries].reverse()))).toBe(0);
  });
});
