import { encodePng, type GreyAlphaImage } from './png';

/** A point of a stroke, in the pad's own units (0…width, 0…height). */
export interface SignaturePoint {
  readonly x: number;
  readonly y: number;
}

/** What the applicant drew: strokes of points, in the coordinate space of a pad of this size. */
export interface Signature {
  readonly width: number;
  readonly height: number;
  readonly strokes: readonly (readonly SignaturePoint[])[];
}

/** The pad's size in its own units; the screen scales it, the data does not change. */
export const PAD_SIZE = { width: 600, height: 200 } as const;

/** Ink counted as a signature: at least one stroke that moved more than a dot. */
export function hasInk(signature: Signature): boolean {
  return signature.strokes.some((stroke) => strokeLength(stroke) >= 10);
}

function strokeLength(stroke: readonly SignaturePoint[]): number {
  let length = 0;
  for (let i = 1; i < stroke.length; i += 1) {
    length += Math.hypot(stroke[i]!.x - stroke[i - 1]!.x, stroke[i]!.y - stroke[i - 1]!.y);
  }
  return length;
}

function inkSegment(image: GreyAlphaImage, a: SignaturePoint, b: SignaturePoint, radius: number) {
  const minX = Math.max(0, Math.floor(Math.min(a.x, b.x) - radius));
  const maxX = Math.min(image.width - 1, Math.ceil(Math.max(a.x, b.x) + radius));
  const minY = Math.max(0, Math.floor(Math.min(a.y, b.y) - radius));
  const maxY = Math.min(image.height - 1, Math.ceil(Math.max(a.y, b.y) + radius));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  for (let y = minY; y <= maxY; y += 1) {
    for (let x = minX; x <= maxX; x += 1) {
      const t =
        lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
      const distance = Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
      if (distance > radius + 0.5) continue;
      // A soft edge of one pixel keeps the line smooth when printed.
      const alpha = Math.round(255 * Math.min(1, radius + 0.5 - distance));
      const index = (y * image.width + x) * 2;
      if (alpha > image.pixels[index + 1]!) image.pixels[index + 1] = alpha;
    }
  }
}

/**
 * Draws the strokes into a raster (dark ink on transparent) and encodes it as PNG — the file that
 * travels with the application as the applicant's signature.
 */
export async function exportSignaturePng(signature: Signature, lineWidth = 3): Promise<Uint8Array> {
  const image: GreyAlphaImage = {
    width: signature.width,
    height: signature.height,
    pixels: new Uint8Array(signature.width * signature.height * 2),
  };
  for (let i = 0; i < image.pixels.length; i += 2) image.pixels[i] = 0x10; // ink colour; alpha stays 0
  for (const stroke of signature.strokes) {
    if (stroke.length === 1) inkSegment(image, stroke[0]!, stroke[0]!, lineWidth / 2);
    for (let i = 1; i < stroke.length; i += 1) inkSegment(image, stroke[i - 1]!, stroke[i]!, lineWidth / 2);
  }
  return encodePng(image);
}
