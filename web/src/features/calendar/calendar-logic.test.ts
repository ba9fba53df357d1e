import { describe, expect, it } from 'vitest';
import { monthOf, parseDateList, parseShownDate } from './calendar-logic';

describe('calendar page logic', () => {
  it('finds the month of a day, leap February and December included', () => {
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2027-12-31')).toEqual({ from: '2027-12-01', to: '2027-12-31' });
  });

  it('reads dates as people type them, and refuses impossible ones', () => {
    expect(parseShownDate('2.3.2027')).toBe('2027-03-02');
    expect(parseShownDate(' 02.03.2027 ')).toBe('2027-03-02');
    expect(parseShownDate('2027-03-02')).toBe('2027-03-02');
    expect(parseShownDate('31.02.2027')).toBeNull();
    expect(parseShownDate('завтра')).toBeNull();
  });

  it('reads a list of exception dates, sorted and without repeats, naming what is not a date', () => {
    expect(parseDateList('09.03.2027, 02.03.2027; 02.03.2027 x')).toEqual({
      dates: ['2027-03-02', '2027-03-09'],
      bad: ['x'],
    });
    expect(parseDateList('')).toEqual({ dates: [], bad: [] });
  });
});
