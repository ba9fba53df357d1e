import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertCivilDate,
  compareDates,
  daysBetween,
  fromDayNumber,
  isCivilDate,
  parseCivilDate,
  toDayNumber,
  weekdayOf,
} from './civil-date.js';

/** Arbitrary valid dates, generated through the platform's own calendar as an independent oracle. */
const anyDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parsing and validation', () => {
  it('accepts real days, leap days included', () => {
    expect(parseCivilDate('2026-11-23')).toBe('2026-11-23');
    expect(parseCivilDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCivilDate('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses impossible and malformed dates', () => {
    for (const text of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) {
      expect(parseCivilDate(text)).toBeNull();
    }
    for (const text of ['2026-1-01', '26-01-01', '2026-01-01T00:00', ' 2026-01-01', '0000-01-01', '']) {
      expect(parseCivilDate(text)).toBeNull();
    }
    expect(isCivilDate(20260101)).toBe(false);
    expect(() => assertCivilDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-20', 30)).toBe('2026-12-20');
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('counts the days between two dates and compares them', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
    expect(compareDates('2026-11-20', '2026-11-23')).toBe(-1);
    expect(compareDates('2026-11-23', '2026-11-23')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('knows the weekday (ISO: Monday 1 … Sunday 7)', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-11-20')).toBe(5);
    expect(weekdayOf('2026-11-22')).toBe(7);
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('1969-12-29')).toBe(1);
  });

  it('agrees with the platform calendar on day numbers and weekdays', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const utc = Date.parse(`${date}T00:00:00Z`);
        expect(toDayNumber(date)).toBe(utc / 86_400_000);
        expect(weekdayOf(date)).toBe(new Date(utc).getUTCDay() || 7);
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });

  it('keeps addDays and daysBetween consistent', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(compareDates(date, later)).toBe(Math.sign(n) === 0 ? 0 : -Math.sign(n));
        expect(later < date).toBe(n < 0);
      }),
    );
  });
});
