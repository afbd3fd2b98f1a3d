// Draws the PWA icons (a clipboard with answer lines on the app's blue) as PNGs with zlib only,
// so no image tool is needed: `node scripts/make-icons.mjs` rewrites src/app/public/icons/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'app', 'public', 'icons');
const BLUE = [31, 78, 121, 255];
const WHITE = [255, 255, 255, 255];
const CLIP = [214, 228, 240, 255];
const GREEN = [46, 160, 67, 255];
const CLEAR = [0, 0, 0, 0];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** The glyph in unit coordinates, scaled by `s` around the centre (maskable icons keep to 80 %). */
function glyph(x, y, s) {
  const u = (x - 0.5) / s + 0.5;
  const v = (y - 0.5) / s + 0.5;
  if (inRoundRect(u, v, 0.40, 0.14, 0.60, 0.24, 0.03)) return CLIP;
  if (inRoundRect(u, v, 0.24, 0.18, 0.76, 0.86, 0.05)) {
    for (const row of [0.36, 0.52, 0.68]) {
      if (inRoundRect(u, v, 0.32, row - 0.035, 0.40, row + 0.035, 0.012)) return GREEN;
      if (inRoundRect(u, v, 0.46, row - 0.02, 0.68, row + 0.02, 0.01)) return BLUE;
    }
    return WHITE;
  }
  return undefined;
}

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];
mkdirSync(out, { recursive: true });
for (const { file, size, maskable } of icons) {
  const data = png(size, (x, y) => {
    const g = glyph(x, y, maskable ? 0.72 : 0.9);
    if (g) return g;
    if (maskable) return BLUE;
    return inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18) ? BLUE : CLEAR;
  });
  writeFileSync(join(out, file), data);
  console.log(`${file}: ${size}×${size}, ${data.length} bytes`);
}
