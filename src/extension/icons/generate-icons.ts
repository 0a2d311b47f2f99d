// Draws the toolbar/store icon (a white speaker with two sound waves on a blue rounded square) as PNGs in
// 16, 32, 48 and 128 px, with no image library: coverage by supersampling, PNG by node:zlib + CRC-32.
// Run: npx tsx src/extension/icons/generate-icons.ts (the PNGs are committed; rerun only to change the art).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;
/** 4×4 samples per pixel: smooth edges at 16 px without blurring them. */
const SUPERSAMPLE = 4;
/** Blue #0b57a4 under white passes 7:1 contrast; the glyph stays readable on light and dark toolbars. */
const BACKGROUND: [number, number, number] = [0x0b, 0x57, 0xa4];
const GLYPH: [number, number, number] = [0xff, 0xff, 0xff];
/** Corner radius as a share of the side: a soft square, like most toolbar icons. */
const CORNER = 0.22;

type Point = [number, number];

function insideRoundedSquare(x: number, y: number): boolean {
  const r = CORNER;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function insidePolygon(x: number, y: number, poly: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Speaker body and cone, then two arcs; strokes get thicker at small sizes so they stay ≥ 1.3 px. */
function insideGlyph(x: number, y: number, size: number): boolean {
  const speaker: Point[] = [
    [0.17, 0.39],
    [0.31, 0.39],
    [0.5, 0.22],
    [0.5, 0.78],
    [0.31, 0.61],
    [0.17, 0.61],
  ];
  if (insidePolygon(x, y, speaker)) return true;
  const stroke = Math.max(0.075, 1.3 / size);
  const dx = x - 0.5;
  const dy = y - 0.5;
  const angle = Math.atan2(dy, dx);
  if (dx <= 0 || Math.abs(angle) > (52 * Math.PI) / 180) return false;
  const d = Math.hypot(dx, dy);
  return [0.17, 0.31].some((r) => Math.abs(d - r) <= stroke / 2);
}

export function renderIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          if (insideGlyph(x, y, size)) fg++;
          else bg++;
        }
      }
      const alpha = (bg + fg) / n;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const mixed = bg + fg > 0 ? (BACKGROUND[c]! * bg + GLYPH[c]! * fg) / (bg + fg) : 0;
        rgba[i + c] = Math.round(mixed);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), filter 0 on every row. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const size of ICON_SIZES) {
    const file = join(import.meta.dirname, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
