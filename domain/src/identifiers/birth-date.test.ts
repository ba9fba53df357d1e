import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ageOn, BirthDate, checkBirthDate } from './birth-date.js';
import { isoDate } from './civil-date.js';

const TODAY = '2026-03-15';

describe('checkBirthDate', () => {
  it.each([
    ['1941-06-22', '1941-06-22'],
    ['22.06.1941', '1941-06-22'],
    ['2.6.1941', '1941-06-02'],
    ['02/06/1941', '1941-06-02'],
    [' 1900-01-01 ', '1900-01-01'],
    ['2026-03-15', '2026-03-15'],
    ['29.02.2024', '2024-02-29'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkBirthDate(input, TODAY)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'birth_date.format'],
    ['1941-6-22', 'birth_date.format'],
    ['22.06.41', 'birth_date.format'],
    ['yesterday', 'birth_date.format'],
    ['2023-02-29', 'birth_date.not_a_date'],
    ['31.04.1950', 'birth_date.not_a_date'],
    ['1950-13-01', 'birth_date.not_a_date'],
    ['1950-00-10', 'birth_date.not_a_date'],
    ['1899-12-31', 'birth_date.too_early'],
    ['2026-03-16', 'birth_date.future'],
  ])('refuses %j with %s', (input, reason) => {
    expect(checkBirthDate(input, TODAY)).toEqual({ ok: false, reason });
  });
});

describe('ageOn', () => {
  it('counts whole years, turning older on the birthday itself', () => {
    expect(ageOn('1946-03-15', '2026-03-14')).toBe(79);
    expect(ageOn('1946-03-15', '2026-03-15')).toBe(80);
    expect(ageOn('1946-03-15', '2026-12-31')).toBe(80);
  });

  it('lets a 29 February birthday turn older on 1 March in a common year and on 29 February in a leap year', () => {
    expect(ageOn('1944-02-29', '2025-02-28')).toBe(80);
    expect(ageOn('1944-02-29', '2025-03-01')).toBe(81);
    expect(ageOn('1944-02-29', '2024-02-28')).toBe(79);
    expect(ageOn('1944-02-29', '2024-02-29')).toBe(80);
  });

  it('is negative before the birth date and refuses dates that do not exist', () => {
    expect(ageOn('2020-05-10', '2020-05-09')).toBe(-1);
    expect(() => ageOn('2023-02-29', '2024-01-01')).toThrow(RangeError);
  });

  it('agrees with counting anniversaries one by one', () => {
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    const iso = day.map((d) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [born, on] = a <= b ? [a, b] : [b, a];
        let years = 0;
        const [y, m, d] = born.split('-').map(Number) as [number, number, number];
        // The n-th anniversary: the same month and day, or 1 March for 29 February in a common year.
        const anniversary = (n: number) => {
          const date = new Date(Date.UTC(y + n, m - 1, d));
          return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
        };
        while (anniversary(years + 1) <= on) years += 1;
        expect(ageOn(born, on)).toBe(years);
      }),
    );
  });
});

describe('BirthDate schema', () => {
  it('accepts a YYYY-MM-DD birth date and refuses the future with a reason', () => {
    expect(BirthDate.parse('1941-06-22')).toBe('1941-06-22');
    expect(BirthDate.safeParse('2999-01-01').error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { reason: 'birth_date.future' },
    });
  });

  it('keeps the API form: a typed DD.MM.YYYY is refused by the contract', () => {
    expect(BirthDate.safeParse('22.06.1941').error?.issues[0]).toMatchObject({
      params: { reason: 'birth_date.format' },
    });
  });

  it('describes itself as a date string in JSON Schema', () => {
    expect(z.toJSONSchema(BirthDate, { io: 'input' })).toMatchObject({ type: 'string', format: 'date' });
    expect(() => z.toJSONSchema(BirthDate, { io: 'output' })).not.toThrow();
  });
});
