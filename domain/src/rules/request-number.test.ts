import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRequestNumber, normaliseRequestNumber, parseRequestNumber } from './request-number.js';

describe('request numbers', () => {
  it('reads like КАМ-2026-000123', () => {
    expect(formatRequestNumber('КАМ', 2026, 123)).toBe('КАМ-2026-000123');
    expect(formatRequestNumber('ПИР', 2027, 1_234_567)).toBe('ПИР-2027-1234567');
  });

  it('reads back what a person types: lower case, spaces, long dashes', () => {
    expect(normaliseRequestNumber(' кам – 2026 – 000123 ')).toBe('КАМ-2026-000123');
    expect(parseRequestNumber('КАМ-2026-000123')).toEqual({ code: 'КАМ', year: 2026, sequence: 123 });
    expect(parseRequestNumber('КАМ-26-123')).toBeNull();
    expect(parseRequestNumber('<script>')).toBeNull();
  });

  it('parses every number it formats', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('КАМ', 'ПИР', 'T1A2B'),
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (code, year, sequence) => {
          expect(parseRequestNumber(formatRequestNumber(code, year, sequence))).toEqual({
            code,
            year,
            sequence,
          });
        },
      ),
    );
  });
});
