// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportSignaturePng, hasInk, type Signature } from './signature';

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads back the alpha of a pixel from the PNG this module writes (greyscale+alpha, filter none). */
async function alphaAt(png: Uint8Array, x: number, y: number): Promise<number> {
  const view = new DataView(png.buffer, png.byteOffset);
  const width = view.getUint32(16);
  let offset = 8;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = await inflate(new Uint8Array(idat.flatMap((c) => [...c])));
  return raw[y * (width * 2 + 1) + 1 + x * 2 + 1]!;
}

const SIGNED: Signature = {
  width: 100,
  height: 40,
  strokes: [
    [
      { x: 10, y: 20 },
      { x: 90, y: 20 },
    ],
  ],
};

describe('exportSignaturePng', () => {
  it('writes a PNG of the pad’s size with ink along the stroke and nothing elsewhere', async () => {
    const png = await exportSignaturePng(SIGNED);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([100, 40]);
    expect(await alphaAt(png, 50, 20)).toBe(255);
    expect(await alphaAt(png, 50, 5)).toBe(0);
    expect(await alphaAt(png, 5, 20)).toBe(0);
  });
});

describe('hasInk', () => {
  it('counts a drawn line, not a tap', () => {
    expect(hasInk(SIGNED)).toBe(true);
    expect(hasInk({ ...SIGNED, strokes: [[{ x: 1, y: 1 }]] })).toBe(false);
    expect(hasInk({ ...SIGNED, strokes: [] })).toBe(false);
  });
});
