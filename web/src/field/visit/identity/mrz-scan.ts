import { cropGray, mrzBand, toGray, type GrayImage } from './mrz-image';
import { readMrzPicture, type MrzReading } from './mrz-read';
import { startMrzOcr } from './ocr-engine';

/** Where the build put the OCR files (see web/vite-ocr-assets.ts). */
const OCR_BASE: string = import.meta.env.VITE_OCR_BASE ?? '/ocr/';
/** The long side a picture is brought to: the MRZ's letters then stand 40–60 pixels high. */
const LONG_SIDE = 1600;

/** A reading of the MRZ and the band it was looked for in, to compare with what the OCR read. */
export interface MrzScan extends MrzReading {
  /** The picture's bottom band as a data URL. */
  readonly preview: string;
}

function grayOfPicture(bitmap: ImageBitmap): GrayImage {
  const scale = LONG_SIDE / Math.max(bitmap.width, bitmap.height);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('Canvas 2D is not available.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  return toGray(context.getImageData(0, 0, width, height).data, width, height);
}

function previewOf(image: GrayImage): string {
  const band = cropGray(image, mrzBand(image.width, image.height));
  const canvas = document.createElement('canvas');
  canvas.width = band.width;
  canvas.height = band.height;
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(band.width, band.height);
  band.data.forEach((v, i) => pixels.data.set([v, v, v, 255], i * 4));
  context.putImageData(pixels, 0, 0);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/**
 * Reads the MRZ from a photo or scan of an ID card's back, on the device and offline: Tesseract in a
 * worker, with its core and model from our own origin (precached by the service worker). This module
 * and the engine load only when the administrator scans.
 */
export async function scanMrz(file: Blob): Promise<MrzScan> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  let image: GrayImage;
  try {
    image = grayOfPicture(bitmap);
  } finally {
    bitmap.close();
  }
  const ocr = await startMrzOcr({
    workerPath: `${OCR_BASE}worker.min.js`,
    corePath: `${OCR_BASE}tesseract-core-simd-lstm.js`,
    langPath: OCR_BASE,
    // The worker is loaded from its own address (not a blob), so the service worker answers it offline.
    workerBlobURL: false,
    // The service worker already keeps the model; no second copy in IndexedDB.
    cacheMethod: 'none',
    gzip: true,
  });
  try {
    return { ...(await readMrzPicture(ocr, image)), preview: previewOf(image) };
  } finally {
    await ocr.close();
  }
}
