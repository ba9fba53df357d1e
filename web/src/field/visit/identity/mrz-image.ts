/** A grey image, one byte a pixel (0 black … 255 white). */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A rectangle of pixels. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the MRZ lies in a photo of an ID card's back: its three lines fill the bottom third of the
 * card, and the card seldom fills the whole picture, so the band taken is the bottom 45 %.
 */
export const MRZ_BAND_SHARE = 0.45;

/** The bottom band of a picture of this size, where the MRZ is looked for first. */
export function mrzBand(width: number, height: number, share = MRZ_BAND_SHARE): PixelRect {
  const bandHeight = Math.max(1, Math.round(height * share));
  return { x: 0, y: height - bandHeight, width, height: bandHeight };
}

/** RGBA pixels (a canvas's ImageData, a decoded JPEG) to grey, by luma. */
export function toGray(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) {
    const o = i * 4;
    data[i] = Math.round(0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]!);
  }
  return { width, height, data };
}

/** A rectangle cut out of a grey image (kept inside it). */
export function cropGray(image: GrayImage, rect: PixelRect): GrayImage {
  const x = Math.max(0, Math.min(image.width - 1, Math.round(rect.x)));
  const y = Math.max(0, Math.min(image.height - 1, Math.round(rect.y)));
  const width = Math.max(1, Math.min(image.width - x, Math.round(rect.width)));
  const height = Math.max(1, Math.min(image.height - y, Math.round(rect.height)));
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row += 1) {
    const from = (y + row) * image.width + x;
    data.set(image.data.subarray(from, from + width), row * width);
  }
  return { width, height, data };
}

/** Otsu's threshold: the grey level that best splits the histogram into ink and paper. */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of image.data) histogram[v]! += 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v += 1) sumAll += v * histogram[v]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 127;
  let bestVariance = -1;
  for (let t = 0; t < 256; t += 1) {
    countBelow += histogram[t]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/**
 * Black ink on white: every pixel at or under the threshold (Otsu's by default) becomes 0, the rest
 * 255, with a white margin around, which the OCR engine needs to see the first and last letters.
 */
export function binarise(image: GrayImage, threshold = otsuThreshold(image), margin = 16): GrayImage {
  const width = image.width + 2 * margin;
  const height = image.height + 2 * margin;
  const data = new Uint8Array(width * height).fill(255);
  for (let row = 0; row < image.height; row += 1) {
    for (let col = 0; col < image.width; col += 1) {
      if (image.data[row * image.width + col]! <= threshold) data[(row + margin) * width + col + margin] = 0;
    }
  }
  return { width, height, data };
}

/** The image as a binary PGM (P5) file, a format the OCR engine (Leptonica) reads as it is. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.data.length);
  file.set(header);
  file.set(image.data, header.length);
  return file;
}

/** A picture for the OCR and how it is laid out. */
export interface OcrPicture {
  readonly file: Uint8Array;
  readonly layout: 'block' | 'page';
}

/**
 * The pictures the OCR reads, best guess first: the bottom band binarised, read as one block of text;
 * the same band in grey (small or soft photos lose thin strokes to binarisation, and Tesseract then
 * thresholds by itself); the whole picture binarised, read as a page (for a photo where the card sits
 * high, or a scan of the MRZ alone).
 */
export function mrzCandidates(image: GrayImage): OcrPicture[] {
  const band = cropGray(image, mrzBand(image.width, image.height));
  return [
    { file: encodePgm(binarise(band)), layout: 'block' },
    { file: encodePgm(band), layout: 'block' },
    { file: encodePgm(binarise(image)), layout: 'page' },
  ];
}
