import { daysBetween, problem, type IsoDate } from '@valiza/domain';

/** Refuses a reversed period or one longer than `maxDays` (both ends counted). */
export function assertDayRange(from: IsoDate, to: IsoDate, maxDays: number): void {
  if (to < from) throw problem('calendar.range_reversed');
  if (daysBetween(from, to) + 1 > maxDays)
    throw problem('calendar.range_too_long', { params: { days: maxDays } });
}
