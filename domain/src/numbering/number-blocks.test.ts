import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToIssue, checkClaim, unusedRanges, yearsToReserve } from './number-blocks.js';

describe('number blocks', () => {
  it('issue blocks until the device carries its reserve', () => {
    expect(blocksToIssue(0, 60, 50)).toBe(2);
    expect(blocksToIssue(59, 60, 50)).toBe(1);
    expect(blocksToIssue(60, 60, 50)).toBe(0);
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 100 }),
        (u, r, s) => {
          const n = blocksToIssue(u, r, s);
          expect(u + n * s).toBeGreaterThanOrEqual(r);
          if (n > 0) expect(u + (n - 1) * s).toBeLessThan(r);
        },
      ),
    );
  });

  it('reserve next year’s numbers from the first of December', () => {
    expect(yearsToReserve('2026-11-30')).toEqual([2026]);
    expect(yearsToReserve('2026-12-01')).toEqual([2026, 2027]);
    expect(yearsToReserve('2027-01-01')).toEqual([2027]);
  });

  it('accept a claim only inside one of the device’s blocks of that year, and only once', () => {
    const blocks = [
      { year: 2026, first: 51, last: 100 },
      { year: 2027, first: 1, last: 50 },
    ];
    expect(checkClaim(blocks, new Set(), { year: 2026, value: 51 })).toBeNull();
    expect(checkClaim(blocks, new Set([51]), { year: 2026, value: 51 })).toBe('already_used');
    expect(checkClaim(blocks, new Set(), { year: 2026, value: 50 })).toBe('not_in_block');
    expect(checkClaim(blocks, new Set(), { year: 2027, value: 51 })).toBe('not_in_block');
  });

  it('describe the unused numbers of a block as ranges that cover exactly them', () => {
    expect(unusedRanges({ year: 2026, first: 1, last: 10 }, [1, 4, 5, 10])).toEqual([
      [2, 3],
      [6, 9],
    ]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 })), (used) => {
        const ranges = unusedRanges({ year: 2026, first: 1, last: 30 }, used);
        const covered = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(covered).toEqual(Array.from({ length: 30 }, (_, i) => i + 1).filter((n) => !used.includes(n)));
      }),
    );
  });
});
