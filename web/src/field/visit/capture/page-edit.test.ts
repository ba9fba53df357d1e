import { describe, expect, it } from 'vitest';
import { FULL_CROP, MIN_CROP, cropRect, setEdge } from './page-edit';

describe('a free crop', () => {
  it('moves each edge on its own', () => {
    let crop = setEdge(FULL_CROP, 'left', 0.2);
    crop = setEdge(crop, 'top', 0.1);
    crop = setEdge(crop, 'right', 0.75);
    crop = setEdge(crop, 'bottom', 0.9);
    expect(crop).toEqual({ left: 0.2, top: 0.1, right: 0.75, bottom: 0.9 });
    expect(cropRect(1000, 2000, crop)).toEqual({ x: 200, y: 200, width: 550, height: 1600 });
  });

  it('stops an edge dragged past the opposite one at the smallest crop, never flipping the frame', () => {
    const crop = setEdge(FULL_CROP, 'right', 0.5);
    expect(setEdge(crop, 'left', 0.9).left).toBeCloseTo(0.5 - MIN_CROP);
    expect(setEdge(crop, 'right', 0).right).toBeCloseTo(MIN_CROP);
    expect(setEdge(setEdge(FULL_CROP, 'top', 0.6), 'bottom', 0.1).bottom).toBeCloseTo(0.7);
  });

  it('keeps the edges inside the picture', () => {
    expect(setEdge(FULL_CROP, 'left', -0.3).left).toBe(0);
    expect(setEdge(FULL_CROP, 'bottom', 1.4).bottom).toBe(1);
    expect(setEdge(FULL_CROP, 'top', Number.NaN).top).toBe(0);
  });
});
