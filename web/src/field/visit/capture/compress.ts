/** The size a page should stay under, from the issue: 300 KB, which a day of visits can carry. */
export const PAGE_BUDGET_BYTES = 300 * 1024;

/**
 * Legibility floor: an A4 page at 150 dpi is 1240 × 1754 pixels, enough for ordinary print and
 * stamps. Pages are never made smaller than this long side, nor worse than this JPEG quality.
 */
export const MIN_LONG_SIDE = 1754;
export const MAX_LONG_SIDE = 2480; // A4 at 212 dpi: sharper than needed, a good first try
/** JPEG qualities tried: the best first, a mid one that keeps print sharp, the floor. */
const QUALITY = { high: 0.86, mid: 0.7, low: 0.55 } as const;
/** Aim a little under the budget when scaling, since size does not follow pixels exactly. */
const AIM = 0.9;

/** One attempt of the encoder: the image scaled to these pixels, at this JPEG quality. */
export interface EncodeAttempt {
  readonly width: number;
  readonly height: number;
  readonly quality: number;
}

/** Encodes the page as asked and returns the JPEG bytes (a canvas in the browser). */
export type PageEncoder = (attempt: EncodeAttempt) => Promise<Uint8Array>;

export interface CompressedPage extends EncodeAttempt {
  readonly bytes: Uint8Array;
  /** False only when even the legibility floor could not get under the budget. */
  readonly withinBudget: boolean;
}

/** The pixel size that keeps the aspect ratio with the long side at most `longSide`. */
export function fitWithin(
  width: number,
  height: number,
  longSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Finds a good page under the budget in few encodes (each costs the slow laptop real time): the
 * largest size at high, then mid quality; then a size estimated from the last file (JPEG bytes grow
 * roughly with pixels) at mid quality, repeated down to the legibility floor; at the floor, the low
 * quality. When nothing fits, the smallest file made is returned and marked, so the administrator
 * can retake the page rather than lose it.
 */
export async function compressToBudget(
  source: { width: number; height: number },
  encode: PageEncoder,
  budget = PAGE_BUDGET_BYTES,
): Promise<CompressedPage> {
  const sourceLong = Math.max(source.width, source.height);
  const floor = Math.min(sourceLong, MIN_LONG_SIDE);
  let smallest: CompressedPage | null = null;
  const attempt = async (longSide: number, quality: number) => {
    const size = fitWithin(source.width, source.height, longSide);
    const bytes = await encode({ ...size, quality });
    const page: CompressedPage = { ...size, quality, bytes, withinBudget: bytes.length <= budget };
    if (!smallest || bytes.length < smallest.bytes.length) smallest = page;
    return page;
  };
  let longSide = Math.min(sourceLong, MAX_LONG_SIDE);
  let page = await attempt(longSide, QUALITY.high);
  if (page.withinBudget) return page;
  page = await attempt(longSide, QUALITY.mid);
  while (!page.withinBudget && longSide > floor) {
    const estimate = Math.round(longSide * Math.sqrt((budget * AIM) / page.bytes.length));
    longSide = Math.max(floor, Math.min(estimate, Math.round(longSide * 0.95)));
    page = await attempt(longSide, QUALITY.mid);
  }
  if (page.withinBudget) return page;
  page = await attempt(floor, QUALITY.low);
  return page.withinBudget ? page : smallest!; // set: at least three attempts were made
}
