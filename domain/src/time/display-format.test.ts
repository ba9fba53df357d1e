import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDisplayDate } from './display-format.js';

describe('display format', () => {
  it('writes dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-11-23')).toBe('23.11.2026');
    expect(formatDate('2027-01-05')).toBe('05.01.2027');
    expect(() => formatDate('23.11.2026')).toThrow(RangeError);
  });

  it('writes instants on the Kyiv wall clock, summer time included', () => {
    expect(formatDateTime(new Date('2026-11-23T15:05:00Z'))).toBe('23.11.2026 17:05');
    expect(formatDateTime(new Date('2026-07-01T21:30:00Z'))).toBe('02.07.2026 00:30');
    expect(formatDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25.10.2026 03:30');
    expect(formatDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25.10.2026 03:30');
    expect(formatDateTime(new Date('2026-11-23T15:05:00Z'), 'UTC')).toBe('23.11.2026 15:05');
  });

  it('reads typed dates and refuses impossible ones', () => {
    expect(parseDisplayDate('23.11.2026')).toBe('2026-11-23');
    expect(parseDisplayDate(' 1.2.2026 ')).toBe('2026-02-01');
    expect(parseDisplayDate('29.02.2024')).toBe('2024-02-29');
    for (const text of [
      '30.02.2026',
      '29.02.2026',
      '31.04.2026',
      '01.13.2026',
      '2026-11-23',
      '23/11/2026',
      '23.11.26',
    ]) {
      expect(parseDisplayDate(text)).toBeNull();
    }
  });
});
