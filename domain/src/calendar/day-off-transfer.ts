import { addDays, civilDateParts, type IsoDate, weekdayOf } from '../time/civil-date.js';
import { FIRST_EASTER_YEAR } from './easter.js';
import { publicHolidaysOf, publicHolidaysOn, type PublicHoliday } from './holidays.js';

/** A weekday that is a day off because a public holiday fell on a Saturday or Sunday. */
export interface TransferredDayOff {
  readonly date: IsoDate;
  readonly holiday: PublicHoliday;
}

const byYear = new Map<number, readonly TransferredDayOff[]>();

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * The days off that the weekend holidays of `year` move to (Labour Code art. 67, part 3): each
 * holiday on a Saturday or Sunday gives the first following weekday that is not itself a holiday
 * and has not already received another holiday's day off. So in 2027 Labour Day (Saturday 1 May)
 * moves to Monday 3 May and Easter (Sunday 2 May) to Tuesday 4 May. Peacetime rule only: under
 * martial law nothing is transferred (see working-days.ts).
 */
export function transferredDaysOffOf(year: number): readonly TransferredDayOff[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const taken = new Set<IsoDate>();
  const transfers: TransferredDayOff[] = [];
  for (const holiday of publicHolidaysOf(year)) {
    if (!isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || publicHolidaysOn(date).length > 0 || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    transfers.push(Object.freeze({ date, holiday }));
  }
  const frozen = Object.freeze(transfers);
  byYear.set(year, frozen);
  return frozen;
}

/** The holidays whose day off was moved to `date` (none on most days). */
export function holidaysTransferredTo(date: IsoDate): readonly PublicHoliday[] {
  const { year } = civilDateParts(date);
  // A late-December weekend holiday could move its day off into January, so look a year back too.
  const previous = year > FIRST_EASTER_YEAR ? transferredDaysOffOf(year - 1) : [];
  return [...previous, ...transferredDaysOffOf(year)]
    .filter((transfer) => transfer.date === date)
    .map((transfer) => transfer.holiday);
}
