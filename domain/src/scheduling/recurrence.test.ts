import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf, type IsoWeekday } from '../time/civil-date.js';
import { nthWeekdayOfMonth, occurrences, type Recurrence } from './recurrence.js';

const tuesday: IsoWeekday = 2;

describe('outreach recurrence', () => {
  it('meets every Tuesday from the first one on or after validFrom', () => {
    const rec: Recurrence = {
      rule: { frequency: 'weekly', weekday: tuesday },
      validFrom: '2026-11-19',
      validUntil: null,
      exceptions: [],
    };
    expect(occurrences(rec, '2026-11-01', '2026-12-10')).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
  });

  it('skips exception dates and days the centre is closed, and stops after validUntil', () => {
    const rec: Recurrence = {
      rule: { frequency: 'weekly', weekday: tuesday },
      validFrom: '2026-11-24',
      validUntil: '2026-12-22',
      exceptions: ['2026-12-01'],
    };
    const closed = new Set(['2026-12-15']);
    expect(occurrences(rec, '2026-11-01', '2027-01-31', (d) => !closed.has(d))).toEqual([
      '2026-11-24',
      '2026-12-08',
      '2026-12-22',
    ]);
  });

  it('keeps the biweekly rhythm of the first meeting whatever range is asked', () => {
    const rec: Recurrence = {
      rule: { frequency: 'biweekly', weekday: 4 },
      validFrom: '2026-11-05',
      validUntil: null,
      exceptions: [],
    };
    expect(occurrences(rec, '2026-11-01', '2026-12-31')).toEqual([
      '2026-11-05',
      '2026-11-19',
      '2026-12-03',
      '2026-12-17',
      '2026-12-31',
    ]);
    expect(occurrences(rec, '2026-11-10', '2026-11-30')).toEqual(['2026-11-19']);
  });

  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 11, 1, 1)).toBe('2026-11-02');
    expect(nthWeekdayOfMonth(2026, 11, 1, -1)).toBe('2026-11-30');
    expect(nthWeekdayOfMonth(2026, 11, 1, 5)).toBe('2026-11-30');
    expect(nthWeekdayOfMonth(2026, 2, 1, 5)).toBeNull();
    const rec: Recurrence = {
      rule: { frequency: 'monthly', weekday: 3, nth: -1 },
      validFrom: '2026-01-01',
      validUntil: null,
      exceptions: [],
    };
    expect(occurrences(rec, '2026-10-01', '2027-01-31')).toEqual([
      '2026-10-28',
      '2026-11-25',
      '2026-12-30',
      '2027-01-27',
    ]);
  });

  it('gives dates on the rule weekday, inside the range, in order and without repeats', () => {
    const rule = fc.oneof(
      fc.record({ frequency: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
      fc.record({ frequency: fc.constant('biweekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
      fc.record({
        frequency: fc.constant('monthly' as const),
        weekday: fc.integer({ min: 1, max: 7 }),
        nth: fc.constantFrom(1, 2, 3, 4, -1),
      }),
    );
    fc.assert(
      fc.property(
        rule,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        (r, startOffset, fromOffset, length) => {
          const rec = {
            rule: r,
            validFrom: addDays('2026-01-01', startOffset),
            validUntil: null,
            exceptions: [],
          } as Recurrence;
          const from = addDays('2026-01-01', fromOffset);
          const to = addDays(from, length);
          const dates = occurrences(rec, from, to);
          for (const d of dates) {
            expect(weekdayOf(d)).toBe(r.weekday);
            expect(d >= from && d <= to && d >= rec.validFrom).toBe(true);
          }
          expect([...new Set(dates)].sort()).toEqual(dates);
          if (r.frequency === 'biweekly' && dates.length > 1)
            expect(daysBetween(dates[0]!, dates[1]!)).toBe(14);
        },
      ),
    );
  });
});
