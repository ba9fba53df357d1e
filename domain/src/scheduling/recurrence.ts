import {
  addDays,
  assertCivilDate,
  civilDateFromParts,
  civilDateParts,
  daysBetween,
  daysInMonth,
  type IsoDate,
  type IsoWeekday,
  weekdayOf,
} from '../time/civil-date.js';

/**
 * When an outreach schedule meets: every week, every other week (counted from the week of
 * `validFrom`), or on the n-th weekday of each month (`nth` = -1 is the last one).
 */
export type RecurrenceRule =
  | { readonly frequency: 'weekly'; readonly weekday: IsoWeekday }
  | { readonly frequency: 'biweekly'; readonly weekday: IsoWeekday }
  | { readonly frequency: 'monthly'; readonly weekday: IsoWeekday; readonly nth: 1 | 2 | 3 | 4 | -1 };

/** A rule with the period it holds for and the dates it skips (a holiday, a closed culture house). */
export interface Recurrence {
  readonly rule: RecurrenceRule;
  readonly validFrom: IsoDate;
  /** Inclusive; null while the schedule runs on. */
  readonly validUntil: IsoDate | null;
  readonly exceptions: readonly IsoDate[];
}

/** The first date on or after `date` that falls on `weekday`. */
export function firstWeekdayOnOrAfter(date: IsoDate, weekday: IsoWeekday): IsoDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The n-th (or last, n = -1) `weekday` of a month; null when the month has no fifth one. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  nth: number,
): IsoDate | null {
  if (nth === -1) {
    const last = civilDateFromParts(year, month, daysInMonth(year, month))!;
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = firstWeekdayOnOrAfter(civilDateFromParts(year, month, 1)!, weekday);
  const date = addDays(first, 7 * (nth - 1));
  return civilDateParts(date).month === month ? date : null;
}

function candidates(rule: RecurrenceRule, anchor: IsoDate, from: IsoDate, to: IsoDate): IsoDate[] {
  const found: IsoDate[] = [];
  if (rule.frequency === 'monthly') {
    let { year, month } = civilDateParts(from);
    while (true) {
      const date = nthWeekdayOfMonth(year, month, rule.weekday, rule.nth);
      if (date && date > to) break;
      if (date && date >= from) found.push(date);
      if (!date && civilDateFromParts(year, month, 1)! > to) break;
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return found;
  }
  const step = rule.frequency === 'weekly' ? 7 : 14;
  // Biweekly sessions keep the rhythm of the first meeting, whatever range is asked for.
  const first = firstWeekdayOnOrAfter(anchor, rule.weekday);
  const skip = Math.max(0, Math.ceil(daysBetween(first, from) / step));
  for (let date = addDays(first, skip * step); date <= to; date = addDays(date, step)) found.push(date);
  return found;
}

/**
 * The dates a recurrence meets within `[from, to]` (inclusive), in order: inside its validity, not
 * on an exception date, and — when `isOpen` is given — only on days it accepts (the centre's
 * working days).
 */
export function occurrences(
  recurrence: Recurrence,
  from: IsoDate,
  to: IsoDate,
  isOpen: (date: IsoDate) => boolean = () => true,
): IsoDate[] {
  assertCivilDate(from);
  assertCivilDate(to);
  const start = from > recurrence.validFrom ? from : recurrence.validFrom;
  const until = recurrence.validUntil;
  const end = until !== null && until < to ? until : to;
  if (start > end) return [];
  const skipped = new Set(recurrence.exceptions);
  return candidates(recurrence.rule, recurrence.validFrom, start, end).filter(
    (date) => !skipped.has(date) && isOpen(date),
  );
}
