// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jpegJsEncoder, scanLikePage } from '../test/page-fixtures';
import {
  compressToBudget,
  fitWithin,
  MIN_LONG_SIDE,
  PAGE_BUDGET_BYTES,
  type EncodeAttempt,
} from './compress';

describe('compressToBudget', () => {
  it('brings a grainy A4 scan under 300 KB by lowering quality, keeping it legible', async () => {
    const source = scanLikePage(1754, 2480, 9);
    const attempts: EncodeAttempt[] = [];
    const encode = jpegJsEncoder(source);
    const page = await compressToBudget(source, async (attempt) => {
      attempts.push(attempt);
      return encode(attempt);
    });
    expect(page.withinBudget).toBe(true);
    expect(page.bytes.length).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    expect(Math.max(page.width, page.height)).toBeGreaterThanOrEqual(MIN_LONG_SIDE);
    // The first, best try was too big: the search had to work for it.
    expect(attempts.length).toBeGreaterThan(1);
    expect(page.bytes.subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
  }, 60_000);

  it('shrinks a page no quality can fit, but never below the legibility floor', async () => {
    const source = scanLikePage(500, 700, 60);
    const page = await compressToBudget(source, jpegJsEncoder(source), 2_000);
    expect(page.withinBudget).toBe(false);
    expect(page.height).toBe(700); // already under the floor: never made smaller
    expect(page.quality).toBe(0.55);
  }, 60_000);
});

describe('fitWithin', () => {
  it('keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(800, 600, 2000)).toEqual({ width: 800, height: 600 });
  });
});
