import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApplicationNumberText,
  formatApplicationNumber,
  parseApplicationNumber,
} from './application-number.js';

describe('application numbers', () => {
  it('are printed as centre code / year / six digits', () => {
    expect(formatApplicationNumber({ centreCode: 'КАМ', year: 2026, value: 143 })).toBe('КАМ/2026/000143');
    expect(formatApplicationNumber({ centreCode: 'P1', year: 2027, value: 999_999 })).toBe('P1/2027/999999');
  });

  it('refuse values outside 1..999999', () => {
    expect(() => formatApplicationNumber({ centreCode: 'КАМ', year: 2026, value: 0 })).toThrow(RangeError);
    expect(() => formatApplicationNumber({ centreCode: 'КАМ', year: 2026, value: 1_000_000 })).toThrow(
      RangeError,
    );
  });

  it('read back what they print', () => {
    const code = fc.stringMatching(/^[A-ZА-ЯІЇЄҐ0-9]{2,6}$/u);
    fc.assert(
      fc.property(
        code,
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (c, y, v) => {
          expect(
            parseApplicationNumber(formatApplicationNumber({ centreCode: c, year: y, value: v })),
          ).toEqual({
            centreCode: c,
            year: y,
            value: v,
          });
        },
      ),
    );
  });

  it('do not read malformed text', () => {
    for (const text of [
      'КАМ/2026/143',
      'кам/2026/000143',
      'КАМ/26/000143',
      'КАМ/2026/000000',
      'КАМ-2026-000143',
    ])
      expect(parseApplicationNumber(text)).toBeNull();
    expect(ApplicationNumberText.safeParse('КАМ/2026/000143').success).toBe(true);
    expect(ApplicationNumberText.safeParse('КАМ/2026/0001430').success).toBe(false);
  });
});
