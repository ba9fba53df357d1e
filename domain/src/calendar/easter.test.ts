import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../time/civil-date.js';
import { orthodoxEaster, orthodoxTrinity } from './easter.js';

/** Published Orthodox Easter Sundays (Gregorian dates), 2000–2035, as month-day. */
const KNOWN_ORTHODOX_EASTER: Record<number, string> = {
  2000: '04-30',
  2001: '04-15',
  2002: '05-05',
  2003: '04-27',
  2004: '04-11',
  2005: '05-01',
  2006: '04-23',
  2007: '04-08',
  2008: '04-27',
  2009: '04-19',
  2010: '04-04',
  2011: '04-24',
  2012: '04-15',
  2013: '05-05',
  2014: '04-20',
  2015: '04-12',
  2016: '05-01',
  2017: '04-16',
  2018: '04-08',
  2019: '04-28',
  2020: '04-19',
  2021: '05-02',
  2022: '04-24',
  2023: '04-16',
  2024: '05-05',
  2025: '04-20',
  2026: '04-12',
  2027: '05-02',
  2028: '04-16',
  2029: '04-08',
  2030: '04-28',
  2031: '04-13',
  2032: '05-02',
  2033: '04-24',
  2034: '04-09',
  2035: '04-29',
};

describe('Orthodox Easter', () => {
  it('matches the published dates for every year 2000–2035', () => {
    for (let year = 2000; year <= 2035; year++) {
      expect(orthodoxEaster(year), String(year)).toBe(`${year}-${KNOWN_ORTHODOX_EASTER[year]}`);
    }
  });

  it('always falls on a Sunday, between 4 April and 8 May in 1900–2099', () => {
    for (let year = 1900; year <= 2099; year++) {
      const easter = orthodoxEaster(year);
      expect(weekdayOf(easter)).toBe(7);
      expect(easter.slice(5) >= '04-04' && easter.slice(5) <= '05-08').toBe(true);
    }
  });

  it('moves one day later in the Gregorian calendar after the Julian leap day of 2100', () => {
    // Julian Easter spans 22 March–25 April; 14 days apart from 2100 that is 5 April–9 May.
    for (let year = 2100; year <= 2199; year++) {
      const easter = orthodoxEaster(year);
      expect(weekdayOf(easter)).toBe(7);
      expect(easter.slice(5) >= '04-05' && easter.slice(5) <= '05-09').toBe(true);
    }
  });

  it('repeats published Julian Easter dates after 532-year cycles, shifted by the calendar difference', () => {
    // Julian-calendar Easters of 1412, 1445, 1531 and 1555 (3 Apr, 28 Mar, 9 Apr, 14 Apr) recur
    // every 532 years; the Gregorian date adds 13 days in 1900–2099, 16–18 days in 2400–2699.
    expect(orthodoxEaster(1944)).toBe('1944-04-16');
    expect(orthodoxEaster(1977)).toBe('1977-04-10');
    expect(orthodoxEaster(2063)).toBe('2063-04-22');
    expect(orthodoxEaster(2087)).toBe('2087-04-27');
    expect(orthodoxEaster(2476)).toBe('2476-04-19');
    expect(orthodoxEaster(2509)).toBe('2509-04-14');
    expect(orthodoxEaster(2595)).toBe('2595-04-26');
    expect(orthodoxEaster(2619)).toBe('2619-05-02');
  });

  it('puts Trinity seven weeks after Easter', () => {
    expect(orthodoxTrinity(2025)).toBe('2025-06-08');
    expect(orthodoxTrinity(2026)).toBe('2026-05-31');
    expect(orthodoxTrinity(2027)).toBe('2027-06-20');
  });

  it('refuses years outside the Gregorian calendar', () => {
    expect(() => orthodoxEaster(1500)).toThrow(RangeError);
    expect(() => orthodoxEaster(2026.5)).toThrow(RangeError);
  });
});
