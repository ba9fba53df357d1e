import { describe, expect, it } from 'vitest';
import { binarise, cropGray, encodePgm, mrzBand, mrzCandidates, otsuThreshold, toGray } from './mrz-image';

/** A grey picture: light paper (200…220) with a dark bar (20…40) in rows 6–7. */
function paperWithBar(width = 20, height = 10) {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) {
    const row = Math.floor(i / width);
    data[i] = row >= 6 && row < 8 ? 20 + (i % 21) : 200 + (i % 21);
  }
  return { width, height, data };
}

describe('preparing a picture for the MRZ reader', () => {
  it('turns RGBA into grey by luma', () => {
    const gray = toGray([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255], 3, 1);
    expect([...gray.data]).toEqual([255, 0, 76]);
  });

  it('takes the bottom 45 % of the picture as the MRZ band', () => {
    expect(mrzBand(1000, 600)).toEqual({ x: 0, y: 330, width: 1000, height: 270 });
  });

  it('crops inside the picture', () => {
    const image = paperWithBar();
    const crop = cropGray(image, { x: 15, y: 5, width: 100, height: 100 });
    expect(crop.width).toBe(5);
    expect(crop.height).toBe(5);
    expect(crop.data[0]).toBe(image.data[5 * 20 + 15]);
  });

  it('finds a threshold between ink and paper and makes the picture black and white with a white margin', () => {
    const image = paperWithBar();
    const threshold = otsuThreshold(image);
    expect(threshold).toBeGreaterThanOrEqual(40);
    expect(threshold).toBeLessThan(200);
    const bw = binarise(image, threshold, 4);
    expect(bw.width).toBe(28);
    expect(bw.height).toBe(18);
    expect(new Set(bw.data)).toEqual(new Set([0, 255]));
    expect(bw.data[0]).toBe(255); // the margin
    expect(bw.data[(4 + 6) * 28 + 4]).toBe(0); // the bar
    expect(bw.data[(4 + 2) * 28 + 4]).toBe(255); // the paper
  });

  it('writes a binary PGM the OCR engine reads', () => {
    const file = encodePgm({ width: 2, height: 1, data: new Uint8Array([0, 255]) });
    expect(new TextDecoder().decode(file.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...file.subarray(11)]).toEqual([0, 255]);
  });

  it('offers the band binarised, the band in grey, then the whole picture', () => {
    const candidates = mrzCandidates(paperWithBar(100, 100));
    expect(candidates.map((c) => c.layout)).toEqual(['block', 'block', 'page']);
    const header = (file: Uint8Array) =>
      new TextDecoder('latin1').decode(file.subarray(0, 20)).split('\n').slice(0, 3).join(' ');
    expect(header(candidates[0]!.file)).toBe('P5 132 77 255');
    expect(header(candidates[1]!.file)).toBe('P5 100 45 255');
    expect(header(candidates[2]!.file)).toBe('P5 132 132 255');
    expect(new Set(candidates[1]!.file.subarray(14)).size).toBeGreaterThan(2); // grey, not black and white
  });
});
