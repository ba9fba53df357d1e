// Draws the app icons (a white suitcase on the brand blue) as PNG files with Node built-ins only,
// so the icons can be regenerated anywhere: `node web/scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [10, 75, 140];
const WHITE = [255, 255, 255];
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x, y);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      rows[at] = r;
      rows[at + 1] = g;
      rows[at + 2] = b;
      rows[at + 3] = a;
    }
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether (x, y) in unit coordinates lies inside a rounded rectangle. */
function inRoundRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The suitcase, drawn in a unit square; `scale` shrinks it toward the centre (maskable safe zone). */
function shape(x, y, scale, rounded) {
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const background = rounded ? inRoundRect(x, y, 0, 0, 1, 1, 0.18) : true;
  if (!background) return null;
  const handleOuter = inRoundRect(u, v, 0.36, 0.18, 0.64, 0.38, 0.07);
  const handleInner = inRoundRect(u, v, 0.42, 0.24, 0.58, 0.38, 0.03);
  const body = inRoundRect(u, v, 0.16, 0.32, 0.84, 0.8, 0.07);
  const band = v > 0.5 && v < 0.55 && u > 0.16 && u < 0.84;
  const clasp = inRoundRect(u, v, 0.45, 0.47, 0.55, 0.58, 0.02);
  if (clasp) return WHITE;
  if (band) return BLUE;
  if (body || (handleOuter && !handleInner)) return WHITE;
  return BLUE;
}

function icon(size, { scale = 1, rounded = true } = {}) {
  const samples = 4;
  return png(size, (px, py) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < samples; sy += 1) {
      for (let sx = 0; sx < samples; sx += 1) {
        const colour = shape(
          (px + (sx + 0.5) / samples) / size,
          (py + (sy + 0.5) / samples) / size,
          scale,
          rounded,
        );
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered += 1;
      }
    }
    if (covered === 0) return [0, 0, 0, 0];
    const alpha = Math.round((covered / samples ** 2) * 255);
    return [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), alpha];
  });
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon-192.png'), icon(192));
writeFileSync(join(out, 'icon-512.png'), icon(512));
writeFileSync(join(out, 'icon-maskable-512.png'), icon(512, { scale: 0.7, rounded: false }));
writeFileSync(join(out, 'apple-touch-icon-180.png'), icon(180, { rounded: false }));
console.log(`Icons written to ${out}`);
