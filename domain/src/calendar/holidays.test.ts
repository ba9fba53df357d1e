import { describe, expect, it } from 'vitest';
import { publicHolidaysOf, publicHolidaysOn } from './holidays.js';

describe('public holidays (Labour Code art. 73)', () => {
  it('lists the eleven holidays of 2026 in date order', () => {
    expect(publicHolidaysOf(2026).map((h) => [h.date, h.key])).toEqual([
      ['2026-01-01', 'new_year'],
      ['2026-03-08', 'womens_day'],
      ['2026-04-12', 'easter'],
      ['2026-05-01', 'labour_day'],
      ['2026-05-08', 'remembrance_victory_day'],
      ['2026-05-31', 'trinity'],
      ['2026-06-28', 'constitution_day'],
      ['2026-07-15', 'statehood_day'],
      ['2026-08-24', 'independence_day'],
      ['2026-10-01', 'defenders_day'],
      ['2026-12-25', 'christmas'],
    ]);
  });

  it('names every holiday in Ukrainian and English', () => {
    for (const holiday of publicHolidaysOf(2027)) {
      expect(holiday.name.uk.length).toBeGreaterThan(3);
      expect(holiday.name.en.length).toBeGreaterThan(3);
      expect(holiday.name.uk).toMatch(/[а-яіїєґ]/i);
    }
    expect(publicHolidaysOn('2026-08-24')[0]?.name).toEqual({
      uk: 'День Незалежності України',
      en: 'Independence Day of Ukraine',
    });
  });

  it('does not know the days removed from the list', () => {
    for (const date of ['2026-01-02', '2026-01-07', '2026-05-09', '2026-07-28', '2026-10-14']) {
      expect(publicHolidaysOn(date)).toEqual([]);
    }
  });

  it('finds both holidays when Easter falls on Labour Day', () => {
    expect(publicHolidaysOn('2016-05-01').map((h) => h.key)).toEqual(['labour_day', 'easter']);
  });

  it('keeps its data out of the callers’ reach', () => {
    const [first] = publicHolidaysOf(2026);
    expect(Object.isFrozen(publicHolidaysOf(2026))).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.name)).toBe(true);
  });
});
