import { describe, expect, it } from 'vitest';
import { exposesWithheld, publishedText, suppressCount, suppressMeasure } from './suppression.js';

const texts = (cells: { count: number | null; flag: 'small' | 'hidden' | null }[]) =>
  cells.map(publishedText);

describe('small-count suppression', () => {
  it('shows 0 and 5 or more, and "<5" for 1 to 4', () => {
    expect([0, 1, 4, 5, 12].map((n) => publishedText(suppressCount(n)))).toEqual([
      '0',
      '<5',
      '<5',
      '5',
      '12',
    ]);
  });

  it('hides a second row when a single small row could be worked out from the total', () => {
    const result = suppressMeasure(20, [[3, 7, 10]]);
    expect(publishedText(result.total)).toBe('20');
    expect(texts(result.breakdowns[0]!)).toEqual(['<5', '×', '10']);
  });

  it('leaves a breakdown alone when two small rows cannot be told apart', () => {
    // 2 + 3 = 5 hidden: each could be 1..4, so neither is known.
    expect(texts(suppressMeasure(15, [[2, 3, 10]]).breakdowns[0]!)).toEqual(['<5', '<5', '10']);
  });

  it('hides more when small rows add up to a sum that fixes them (1 + 1)', () => {
    // Two hidden rows summing to 2 must both be 1: the smallest shown row is hidden as well.
    expect(texts(suppressMeasure(12, [[1, 1, 10]]).breakdowns[0]!)).toEqual(['<5', '<5', '×']);
  });

  it('hides the total of the whole measure when the rows cannot protect each other', () => {
    // 4 + 4 = 8 with nothing else to hide: both rows would read as exactly 4.
    const result = suppressMeasure(8, [
      [4, 4],
      [8, 0],
    ]);
    expect(publishedText(result.total)).toBe('×');
    expect(texts(result.breakdowns[0]!)).toEqual(['<5', '<5']);
    // The other breakdown must not add up to the hidden total.
    expect(texts(result.breakdowns[1]!)).toEqual(['×', '0']);
  });

  it('marks a small total and every non-zero row under it', () => {
    const result = suppressMeasure(3, [
      [3, 0],
      [1, 2],
    ]);
    expect(publishedText(result.total)).toBe('<5');
    expect(result.breakdowns.map(texts)).toEqual([
      ['<5', '0'],
      ['<5', '<5'],
    ]);
  });

  it('never lets a withheld row be worked out from a shown total', () => {
    for (let seed = 1; seed < 400; seed++) {
      const counts = [seed % 7, (seed * 3) % 11, (seed * 5) % 6, (seed * 7) % 13];
      const total = counts.reduce((a, b) => a + b, 0);
      const result = suppressMeasure(total, [counts]);
      if (result.total.flag) continue;
      const cells = result.breakdowns[0]!;
      const withheld = cells.flatMap((c) => (c.flag ? [c.flag] : []));
      if (withheld.length === 0) continue;
      const rest = total - cells.reduce((s, c) => s + (c.count ?? 0), 0);
      expect(exposesWithheld(withheld, rest)).toBe(false);
    }
  });
});
