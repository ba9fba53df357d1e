import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, weekdayOf } from '../time/civil-date.js';
import { termEnd, type TermKind } from './terms.js';
import {
  addWorkingDays,
  type CalendarSettings,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days.js';

const BASE = '2024-01-01';
/** Days from 2024 to the end of 2030: a span with Easters in April and May and many weekend holidays. */
const anyDate = fc.integer({ min: 0, max: 2555 }).map((offset) => addDays(BASE, offset));

/** A centre's calendar whose own days cluster around `date`, so that they matter to the property. */
const settingsNear = (date: IsoDate) =>
  fc
    .record({
      martialLaw: fc.boolean(),
      daysOff: fc.array(fc.integer({ min: -10, max: 60 }), { maxLength: 25 }),
      workingDays: fc.array(fc.integer({ min: -10, max: 60 }), { maxLength: 5 }),
    })
    .map((raw): CalendarSettings => ({
      martialLaw: raw.martialLaw,
      daysOff: raw.daysOff.map((offset) => addDays(date, offset)),
      workingDays: raw.workingDays.map((offset) => addDays(date, offset)),
    }));

const dateWithSettings = anyDate.chain((date) => fc.tuple(fc.constant(date), settingsNear(date)));

/** The working days d with from < d < to, counted one day at a time with isWorkingDay. */
function workingDaysStrictlyBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): IsoDate[] {
  const found: IsoDate[] = [];
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) if (isWorkingDay(d, settings)) found.push(d);
  return found;
}

describe('calendar properties', () => {
  it('nextWorkingDay is a later working day with none in between', () => {
    fc.assert(
      fc.property(dateWithSettings, ([date, settings]) => {
        const next = nextWorkingDay(date, settings);
        expect(next > date).toBe(true);
        expect(isWorkingDay(next, settings)).toBe(true);
        expect(workingDaysStrictlyBetween(date, next, settings)).toEqual([]);
      }),
    );
  });

  it('previousWorkingDay is an earlier working day with none in between', () => {
    fc.assert(
      fc.property(dateWithSettings, ([date, settings]) => {
        const previous = previousWorkingDay(date, settings);
        expect(previous < date).toBe(true);
        expect(isWorkingDay(previous, settings)).toBe(true);
        expect(workingDaysStrictlyBetween(previous, date, settings)).toEqual([]);
      }),
    );
  });

  it('addWorkingDays(d, n) leaves exactly n working days in (d, result]', () => {
    fc.assert(
      fc.property(dateWithSettings, fc.integer({ min: 0, max: 40 }), ([date, settings], n) => {
        const result = addWorkingDays(date, n, settings);
        expect(workingDaysBetween(date, result, settings)).toBe(n);
        const inside = workingDaysStrictlyBetween(date, addDays(result, 1), settings);
        expect(inside).toHaveLength(n);
        if (n > 0) expect(inside.at(-1)).toBe(result);
      }),
    );
  });

  it('termEnd is never a day off and never before the term has run', () => {
    const kind = fc.constantFrom<TermKind>('working', 'calendar', 'law');
    fc.assert(
      fc.property(dateWithSettings, fc.integer({ min: 1, max: 60 }), kind, ([date, settings], days, k) => {
        const end = termEnd(date, days, { kind: k }, settings);
        expect(isWorkingDay(end, settings)).toBe(true);
        expect(end >= addDays(date, days)).toBe(true);
      }),
    );
  });

  it('with martial law on and no centre days, the working days are exactly Monday to Friday', () => {
    const wartime = { martialLaw: true, daysOff: [], workingDays: [] };
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(isWorkingDay(date, wartime)).toBe(weekdayOf(date) <= 5);
      }),
    );
  });
});
