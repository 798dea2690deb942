/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a green (#217346) rounded square
 * with a white table grid (header row + body rows, two columns).
 *
 * No image library: the pixels are computed here (4x4 supersampling for smooth edges) and encoded
 * as PNG with Node's zlib only (RGBA 8-bit, filter 0 on every scanline, CRC32 per chunk).
 *
 * Run: npx tsx scripts/make-icons.ts   (or npm run icons)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { crc32 } from '../test/_lib/crc32';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const GREEN: readonly [number, number, number] = [0x21, 0x73, 0x46];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

// ---------------------------------------------------------------- PNG encoding

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels, row-major, as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('RGBA buffer has the wrong length');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None) for this scanline
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- drawing

type Rect = { x0: number; y0: number; x1: number; y1: number };

function insideRoundedRect(x: number, y: number, r: Rect, radius: number): boolean {
  if (x < r.x0 || x >= r.x1 || y < r.y0 || y >= r.y1) return false;
  const cx = Math.min(Math.max(x, r.x0 + radius), r.x1 - radius);
  const cy = Math.min(Math.max(y, r.y0 + radius), r.y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inside(x: number, y: number, r: Rect): boolean {
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
}

/** White strokes of the table grid, snapped to whole pixels so the lines stay crisp. */
function gridRects(size: number): Rect[] {
  const margin = Math.round(size * 0.22);
  const t = Math.max(1, Math.round(size / 20)); // stroke width
  const a = margin;
  const b = size - margin;
  const rects: Rect[] = [];
  const hLine = (y: number, w = t) => rects.push({ x0: a, y0: y, x1: b, y1: y + w });
  const vLine = (x: number) => rects.push({ x0: x, y0: a, x1: x + t, y1: b });
  // Outer frame.
  hLine(a);
  hLine(b - t);
  vLine(a);
  vLine(b - t);
  // Header row: a solid white band, then two body row separators.
  const inner = b - a;
  const header = Math.max(t + 1, Math.round(inner * 0.28));
  rects.push({ x0: a, y0: a, x1: b, y1: a + header });
  const bodyTop = a + header;
  const bodyHeight = b - bodyTop;
  hLine(bodyTop + Math.round(bodyHeight / 2 - t / 2));
  // One column separator, left of centre (label column | value column).
  vLine(a + Math.round(inner * 0.38 - t / 2));
  return rects;
}

export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const square: Rect = { x0: 0, y0: 0, x1: size, y1: size };
  const radius = size * 0.18;
  const grid = gridRects(size);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = px + (sx + 0.5) / n;
          const y = py + (sy + 0.5) / n;
          if (!insideRoundedRect(x, y, square, radius)) continue;
          if (grid.some((r) => inside(x, y, r))) fg++;
          else bg++;
        }
      }
      const alpha = (bg + fg) / (n * n);
      const i = (py * size + px) * 4;
      if (alpha === 0) continue; // transparent corner
      const w = fg / (bg + fg); // share of white among the covered samples
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round((GREEN[c] as number) * (1 - w) + (WHITE[c] as number) * w);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function main(): void {
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();
