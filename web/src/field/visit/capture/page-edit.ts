/** Quarter turns clockwise. */
export type Rotation = 0 | 90 | 180 | 270;

/** A crop as fractions of the rotated image (0…1), so it survives any rescaling. */
export interface Crop {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const FULL_CROP: Crop = { left: 0, top: 0, right: 1, bottom: 1 };

/** How a captured page is turned and trimmed before compression. */
export interface PageEdit {
  readonly rotation: Rotation;
  readonly crop: Crop;
}

export const NO_EDIT: PageEdit = { rotation: 0, crop: FULL_CROP };

/** The next quarter turn clockwise (or anticlockwise with `-1`). */
export function turn(rotation: Rotation, direction: 1 | -1 = 1): Rotation {
  return ((((rotation + direction * 90) % 360) + 360) % 360) as Rotation;
}

/** The image size after rotation. */
export function rotatedSize(
  width: number,
  height: number,
  rotation: Rotation,
): { width: number; height: number } {
  return rotation % 180 === 0 ? { width, height } : { width: height, height: width };
}

/** Keeps a crop inside the image and at least 10 % wide and high, so a slip never leaves nothing. */
export function clampCrop(crop: Crop): Crop {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  let { left, top, right, bottom } = {
    left: clamp(crop.left),
    top: clamp(crop.top),
    right: clamp(crop.right),
    bottom: clamp(crop.bottom),
  };
  if (right - left < 0.1) [left, right] = left + 0.1 <= 1 ? [left, left + 0.1] : [0.9, 1];
  if (bottom - top < 0.1) [top, bottom] = top + 0.1 <= 1 ? [top, top + 0.1] : [0.9, 1];
  return { left, top, right, bottom };
}

/** The pixel rectangle of the crop in an image of this (rotated) size. */
export function cropRect(width: number, height: number, crop: Crop) {
  const c = clampCrop(crop);
  const x = Math.round(c.left * width);
  const y = Math.round(c.top * height);
  return {
    x,
    y,
    width: Math.max(1, Math.round(c.right * width) - x),
    height: Math.max(1, Math.round(c.bottom * height) - y),
  };
}

/** One side of a crop. */
export type CropEdge = 'left' | 'top' | 'right' | 'bottom';

/** The smallest crop, as a share of the image's width or height. */
export const MIN_CROP = 0.1;

/**
 * Moves one edge of a crop to `value` (a fraction of the image), kept inside the image and at least
 * MIN_CROP from the opposite edge: dragging an edge past the other one stops there, it never flips.
 */
export function setEdge(crop: Crop, edge: CropEdge, value: number): Crop {
  const v = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  switch (edge) {
    case 'left':
      return { ...crop, left: Math.max(0, Math.min(v, crop.right - MIN_CROP)) };
    case 'right':
      return { ...crop, right: Math.min(1, Math.max(v, crop.left + MIN_CROP)) };
    case 'top':
      return { ...crop, top: Math.max(0, Math.min(v, crop.bottom - MIN_CROP)) };
    case 'bottom':
      return { ...crop, bottom: Math.min(1, Math.max(v, crop.top + MIN_CROP)) };
  }
}
