/**
 * A civil date — a day on the wall calendar, with no time and no zone — written `YYYY-MM-DD`.
 * Due dates, visit days and holidays are civil dates; instants are `Date` values in UTC.
 * The arithmetic runs on day numbers (days since 1970-01-01, proleptic Gregorian calendar), so it
 * never passes through a time zone and a day is always exactly one day.
 */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds a date from its parts, or null when no such day exists (2026-02-30, month 13, year 0). */
export function civilDateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Reads `YYYY-MM-DD`; null for anything else, impossible days included. */
export function parseCivilDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return civilDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether a value is a valid civil date `YYYY-MM-DD`. */
export function isCivilDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseCivilDate(value) === value;
}

/** Returns the date unchanged, or throws a RangeError: for dates that code, not people, supplied. */
export function assertCivilDate(value: string): IsoDate {
  if (!isCivilDate(value)) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

/** The year, month (1–12) and day of a date. */
export function civilDateParts(date: IsoDate): { year: number; month: number; day: number } {
  assertCivilDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = civilDateParts(date);
  // Counting years from March puts the leap day last, so each 400-year era has a fixed shape.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = civilDateFromParts(year, month, day);
  if (!date) throw new RangeError(`Day number out of range: ${dayNumber}`);
  return date;
}

/** The date `days` days after (or, when negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b − a` in days: positive when `b` is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** −1, 0 or 1 as `a` is earlier than, equal to or later than `b` (usable with `Array.sort`). */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** The ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
