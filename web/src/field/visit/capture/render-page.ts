import { compressToBudget, type CompressedPage, type PageEncoder } from './compress';
import { cropRect, rotatedSize, type PageEdit } from './page-edit';

/** Reads a photo or scan into a bitmap, honouring the camera's orientation tag. */
export function decodeImage(file: Blob): Promise<ImageBitmap> {
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

function canvas2d(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available.');
  return [canvas, context];
}

/** The page turned and trimmed at full resolution. */
export function editedCanvas(bitmap: ImageBitmap, edit: PageEdit): HTMLCanvasElement {
  const turned = rotatedSize(bitmap.width, bitmap.height, edit.rotation);
  const [rotated, context] = canvas2d(turned.width, turned.height);
  context.translate(turned.width / 2, turned.height / 2);
  context.rotate((edit.rotation * Math.PI) / 180);
  context.drawImage(bitmap, -bitmap.width / 2, -bitmap.height / 2);
  const rect = cropRect(turned.width, turned.height, edit.crop);
  const [cropped, croppedContext] = canvas2d(rect.width, rect.height);
  croppedContext.drawImage(rotated, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
  return cropped;
}

/** An encoder that scales the canvas and writes JPEG with the browser's own encoder. */
export function canvasEncoder(source: HTMLCanvasElement): PageEncoder {
  return async ({ width, height, quality }) => {
    const [target, context] = canvas2d(width, height);
    // White under the page, so transparent PNG scans do not turn black in JPEG.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => target.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) throw new Error('The browser could not encode the page.');
    return new Uint8Array(await blob.arrayBuffer());
  };
}

/** A captured file turned, trimmed and compressed to the page budget. */
export async function preparePage(file: Blob, edit: PageEdit): Promise<CompressedPage> {
  const bitmap = await decodeImage(file);
  try {
    const canvas = editedCanvas(bitmap, edit);
    return await compressToBudget({ width: canvas.width, height: canvas.height }, canvasEncoder(canvas));
  } finally {
    bitmap.close();
  }
}
