import jpeg from 'jpeg-js';
import type { PageEncoder } from '../capture/compress';

/** A deterministic pseudo-random source, so fixtures are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An RGBA "scan": paper with grain, lines of dark word-like blocks. `grain` 0…255 makes it harder to compress. */
export function scanLikePage(width: number, height: number, grain = 40, seed = 7) {
  const next = random(seed);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const v = 235 + Math.floor((next() - 0.5) * grain);
    data.set([v, v, v - 6, 255], i * 4);
  }
  const lineHeight = Math.max(8, Math.round(height / 60));
  for (let y = lineHeight * 2; y < height - lineHeight * 2; y += lineHeight * 2) {
    for (let x = Math.round(width * 0.08); x < width * 0.9;) {
      const word = Math.round(lineHeight * (1 + next() * 4));
      const v = 30 + Math.floor(next() * 40);
      for (let yy = y; yy < y + lineHeight && yy < height; yy += 1) {
        for (let xx = x; xx < x + word && xx < width; xx += 1)
          data.set([v, v, v + 20], (yy * width + xx) * 4);
      }
      x += word + Math.round(lineHeight * 0.6);
    }
  }
  return { width, height, data };
}

/** A real JPEG encoder (pure JavaScript) standing in for the browser's canvas encoder. */
export function jpegJsEncoder(source: { width: number; height: number; data: Uint8Array }): PageEncoder {
  return async ({ width, height, quality }) => {
    const scaled = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      const sy = Math.min(source.height - 1, Math.floor((y * source.height) / height));
      for (let x = 0; x < width; x += 1) {
        const sx = Math.min(source.width - 1, Math.floor((x * source.width) / width));
        scaled.set(
          source.data.subarray((sy * source.width + sx) * 4, (sy * source.width + sx) * 4 + 4),
          (y * width + x) * 4,
        );
      }
    }
    return new Uint8Array(jpeg.encode({ data: scaled, width, height }, Math.round(quality * 100)).data);
  };
}

/** A small JPEG page for PDF tests. */
export async function smallJpeg(width = 120, height = 170, seed = 3) {
  const page = scanLikePage(width, height, 20, seed);
  const bytes = await jpegJsEncoder(page)({ width, height, quality: 0.8 });
  return { bytes, width, height };
}
