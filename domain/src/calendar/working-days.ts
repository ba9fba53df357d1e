import type { Localised } from '../i18n/locale.js';
import { addDays, assertCivilDate, type IsoDate } from '../time/civil-date.js';
import { holidaysTransferredTo, isWeekend } from './day-off-transfer.js';
import { publicHolidaysOn, type PublicHoliday } from './holidays.js';

/** A centre's working calendar: the martial-law switch and the centre's own exceptions. */
export interface CalendarSettings {
  /** While martial law is in force public holidays are working days and nothing is transferred. */
  readonly martialLaw: boolean;
  /** The centre's own extra days off (e.g. a day off ordered by the founding council). */
  readonly daysOff: readonly IsoDate[];
  /** The centre's own working days (e.g. a working Saturday); they override every other rule. */
  readonly workingDays: readonly IsoDate[];
}

/** The calendar as it stands today: martial law in force, no centre exceptions. */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = Object.freeze({
  martialLaw: true,
  daysOff: Object.freeze([]),
  workingDays: Object.freeze([]),
});

/** Why a day is what it is; all that apply are listed. */
export type DayReason = 'weekend' | 'holiday' | 'transferred' | 'centre_day_off' | 'centre_working_day';

/** One day of a centre's calendar. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly working: boolean;
  /**
   * The rules that touch the day. `holiday` and `transferred` appear only when they give a day off,
   * i.e. with martial law off; `centre_working_day` wins over all the others.
   */
  readonly reasons: readonly DayReason[];
  /** The public holiday on this date; shown as a label even while martial law makes it a working day. */
  readonly holiday?: Localised;
  /** With martial law off: the weekend holiday whose day off was moved to this date. */
  readonly transferredFrom?: { readonly date: IsoDate; readonly holiday: Localised };
}

interface CentreCalendar {
  readonly martialLaw: boolean;
  readonly daysOff: ReadonlySet<IsoDate>;
  readonly workingDays: ReadonlySet<IsoDate>;
}

function compile(settings: CalendarSettings): CentreCalendar {
  return {
    martialLaw: settings.martialLaw,
    daysOff: new Set(settings.daysOff.map(assertCivilDate)),
    workingDays: new Set(settings.workingDays.map(assertCivilDate)),
  };
}

function describe(date: IsoDate, calendar: CentreCalendar): DayInfo {
  const reasons: DayReason[] = [];
  if (isWeekend(date)) reasons.push('weekend');
  const holidays = publicHolidaysOn(date);
  // Law 2136-IX art. 6: while martial law lasts, holidays are ordinary days and are not transferred.
  if (!calendar.martialLaw && holidays.length > 0) reasons.push('holiday');
  const transferred = calendar.martialLaw ? [] : holidaysTransferredTo(date);
  if (transferred.length > 0) reasons.push('transferred');
  if (calendar.daysOff.has(date)) reasons.push('centre_day_off');
  const centreWorking = calendar.workingDays.has(date);
  if (centreWorking) reasons.push('centre_working_day');
  const source = transferred[0];
  return {
    date,
    working: centreWorking || reasons.length === 0,
    reasons,
    ...(holidays.length > 0 ? { holiday: joinNames(holidays) } : {}),
    ...(source ? { transferredFrom: { date: source.date, holiday: source.name } } : {}),
  };
}

/** Easter can fall on 1 or 8 May: one label then names both. */
function joinNames(holidays: readonly PublicHoliday[]): Localised {
  return {
    uk: holidays.map((holiday) => holiday.name.uk).join('; '),
    en: holidays.map((holiday) => holiday.name.en).join('; '),
  };
}

/** Everything the calendar knows about a day: working or not, why, and its holiday label. */
export function dayInfo(date: IsoDate, settings: CalendarSettings): DayInfo {
  return describe(assertCivilDate(date), compile(settings));
}

/** Whether the centre works on a date. */
export function isWorkingDay(date: IsoDate, settings: CalendarSettings): boolean {
  return dayInfo(date, settings).working;
}

/** The first working day strictly after `after`. */
export function nextWorkingDay(after: IsoDate, settings: CalendarSettings): IsoDate {
  return stepToWorkingDay(after, 1, compile(settings));
}

/** The last working day strictly before `before`. */
export function previousWorkingDay(before: IsoDate, settings: CalendarSettings): IsoDate {
  return stepToWorkingDay(before, -1, compile(settings));
}

function stepToWorkingDay(from: IsoDate, step: 1 | -1, calendar: CentreCalendar): IsoDate {
  // Terminates: weekdays without a holiday recur every week and the centre's days off are finite.
  let date = addDays(from, step);
  while (!describe(date, calendar).working) date = addDays(date, step);
  return date;
}

/** The number of working days `d` with `from < d ≤ to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): number {
  const calendar = compile(settings);
  assertCivilDate(to);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (describe(date, calendar).working) count++;
  }
  return count;
}

/**
 * The n-th working day after `start` (`start` itself is not counted; n = 0 returns `start`).
 * Exactly n working days lie in (start, result].
 */
export function addWorkingDays(start: IsoDate, n: number, settings: CalendarSettings): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count of working days: ${n}`);
  const calendar = compile(settings);
  let date = assertCivilDate(start);
  for (let left = n; left > 0; left--) date = stepToWorkingDay(date, 1, calendar);
  return date;
}
