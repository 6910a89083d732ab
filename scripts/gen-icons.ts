/**
 * `npm run icons`: the app's icons for the web app manifest, drawn here (the favicon's motif: two
 * people, two overlapping circles, on the game's night-blue) and written as PNG files with a small
 * encoder of our own (zlib from Node, a CRC table), so no image tool or download is involved.
 *
 * Output (committed, deterministic): public/icons/icon-192.png, icon-512.png (the motif on a rounded
 * tile) and maskable-512.png (full-bleed background, motif inside the 80 % safe zone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

const NIGHT: Rgb = [0x1b, 0x20, 0x30];
const TEAL: Rgb = [0x0b, 0x6b, 0x62];
const AMBER: Rgb = [0xe0, 0xa2, 0x3a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** An RGBA image as a PNG file (colour type 6, no filter). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * Draws the icon at `size` px. `maskable`: the background fills the square and the motif keeps to
 * the safe zone; otherwise a rounded tile on transparency. 4×4 supersampling smooths the edges.
 */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const s = 4;
  const motif = maskable ? 0.8 : 1;
  const r = 0.25 * motif;
  const a = { x: 0.5 - 0.155 * motif, y: 0.5, r };
  const b = { x: 0.5 + 0.155 * motif, y: 0.5, r };
  const corner = 0.22;
  const inTile = (x: number, y: number) => {
    if (maskable) return true;
    const dx = Math.max(corner - x, 0, x - (1 - corner));
    const dy = Math.max(corner - y, 0, y - (1 - corner));
    return dx * dx + dy * dy <= corner * corner;
  };
  const inCircle = (c: { x: number; y: number; r: number }, x: number, y: number) =>
    (x - c.x) ** 2 + (y - c.y) ** 2 <= c.r * c.r;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let R = 0;
      let G = 0;
      let B = 0;
      let A = 0;
      for (let sy = 0; sy < s; sy++) {
        for (let sx = 0; sx < s; sx++) {
          const x = (px + (sx + 0.5) / s) / size;
          const y = (py + (sy + 0.5) / s) / size;
          if (!inTile(x, y)) continue;
          let c: [number, number, number] = [...NIGHT];
          if (inCircle(a, x, y)) c = [...TEAL];
          if (inCircle(b, x, y)) {
            // The amber circle lies over the teal one at 85 %, as in the favicon.
            c = [0, 1, 2].map((i) => AMBER[i]! * 0.85 + c[i]! * 0.15) as [number, number, number];
          }
          R += c[0];
          G += c[1];
          B += c[2];
          A += 1;
        }
      }
      const o = (py * size + px) * 4;
      const n = s * s;
      out[o] = A ? Math.round(R / A) : 0;
      out[o + 1] = A ? Math.round(G / A) : 0;
      out[o + 2] = A ? Math.round(B / A) : 0;
      out[o + 3] = Math.round((A / n) * 255);
    }
  }
  return out;
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
] as const;

function main(): void {
  const dir = resolve(import.meta.dirname, '../public/icons');
  mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    writeFileSync(
      join(dir, icon.file),
      encodePng(icon.size, icon.size, drawIcon(icon.size, icon.maskable)),
    );
    console.log(`public/icons/${icon.file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
