import { describe, expect, it } from 'vitest';
import { civilDateIn, instantAt, startOfCivilDay, wallClockAt } from './time-zone.js';

const at = (iso: string) => new Date(iso);

describe('civilDateIn', () => {
  it('gives the Kyiv date of an instant near midnight, winter (UTC+2) and summer (UTC+3)', () => {
    expect(civilDateIn(at('2026-01-15T21:59:59Z'))).toBe('2026-01-15');
    expect(civilDateIn(at('2026-01-15T22:00:00Z'))).toBe('2026-01-16');
    expect(civilDateIn(at('2026-07-15T20:59:59Z'))).toBe('2026-07-15');
    expect(civilDateIn(at('2026-07-15T21:00:00Z'))).toBe('2026-07-16');
    expect(civilDateIn(at('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('switches offset on the last Sundays of March and October', () => {
    // 29.03.2026: clocks go from 03:00 to 04:00 (01:00 UTC); 25.10.2026: from 04:00 back to 03:00.
    expect(civilDateIn(at('2026-03-28T21:59:00Z'))).toBe('2026-03-28');
    expect(civilDateIn(at('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(civilDateIn(at('2026-03-29T20:59:00Z'))).toBe('2026-03-29');
    expect(civilDateIn(at('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    expect(civilDateIn(at('2026-10-24T20:59:00Z'))).toBe('2026-10-24');
    expect(civilDateIn(at('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(civilDateIn(at('2026-10-25T21:59:00Z'))).toBe('2026-10-25');
    expect(civilDateIn(at('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });

  it('answers for another zone when asked', () => {
    expect(civilDateIn(at('2026-01-15T23:30:00Z'), 'UTC')).toBe('2026-01-15');
    expect(civilDateIn(at('2026-01-15T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-01-16');
  });

  it('refuses an invalid instant', () => {
    expect(() => civilDateIn(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('instantAt and startOfCivilDay', () => {
  it('finds local midnight in winter and summer', () => {
    expect(startOfCivilDay('2026-01-15').toISOString()).toBe('2026-01-14T22:00:00.000Z');
    expect(startOfCivilDay('2026-07-15').toISOString()).toBe('2026-07-14T21:00:00.000Z');
  });

  it('gives a 23-hour day in March and a 25-hour day in October', () => {
    const hours = (date: string, next: string) =>
      (startOfCivilDay(next).getTime() - startOfCivilDay(date).getTime()) / 3_600_000;
    expect(startOfCivilDay('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(startOfCivilDay('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
  });

  it('converts wall times around the changes', () => {
    expect(instantAt('2026-03-29', '02:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(instantAt('2026-03-29', '04:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(instantAt('2026-10-25', '02:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(instantAt('2026-10-25', '04:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(instantAt('2026-11-23', '17:00').toISOString()).toBe('2026-11-23T15:00:00.000Z');
  });

  it('moves a skipped spring time forward and takes the first of a repeated autumn time', () => {
    const skipped = instantAt('2026-03-29', '03:30');
    expect(skipped.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockAt(skipped)).toMatchObject({ hour: 4, minute: 30 });
    const repeated = instantAt('2026-10-25', '03:30');
    expect(repeated.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(wallClockAt(repeated)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('round-trips with civilDateIn for every day of a year', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      expect(civilDateIn(startOfCivilDay(date))).toBe(date);
      expect(civilDateIn(new Date(startOfCivilDay(date).getTime() - 1))).not.toBe(date);
      expect(civilDateIn(instantAt(date, '23:59'))).toBe(date);
    }
  });

  it('refuses malformed times and dates', () => {
    expect(() => instantAt('2026-01-01', '24:00')).toThrow(RangeError);
    expect(() => instantAt('2026-01-01', '9:00')).toThrow(RangeError);
    expect(() => instantAt('2026-02-30', '09:00')).toThrow(RangeError);
  });
});
