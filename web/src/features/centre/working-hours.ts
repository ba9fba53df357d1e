import { Weekday, type WorkingHours } from '@valiza/domain';
import { normaliseTime } from '../../i18n/parse';

/** The editable form of one weekday: kept with times even when closed, so reopening restores them. */
export interface DayDraft {
  open: boolean;
  from: string;
  to: string;
}

export type HoursDraft = Record<Weekday, DayDraft>;

export const WEEKDAYS: readonly Weekday[] = Weekday.options;

const DEFAULT_DAY = { from: '08:00', to: '17:00' };

/** The week as the editor holds it. */
export function toHoursDraft(hours: WorkingHours): HoursDraft {
  const draft = {} as HoursDraft;
  for (const day of WEEKDAYS) {
    const value = hours[day];
    draft[day] = value ? { open: true, ...value } : { open: false, ...DEFAULT_DAY };
  }
  return draft;
}

/** The week as the server stores it: a closed day is null, times as `HH:MM`. */
export function fromHoursDraft(draft: HoursDraft): WorkingHours {
  const hours = {} as WorkingHours;
  for (const day of WEEKDAYS) {
    const value = draft[day];
    hours[day] = value.open ? { from: normaliseTime(value.from), to: normaliseTime(value.to) } : null;
  }
  return hours;
}

const HH_MM = /^\d{2}:\d{2}$/;

/** The open days whose end is not after their start, as field problems on `workingHours.<day>.to`. */
export function hoursProblems(draft: HoursDraft, message: string): { path: string; message: string }[] {
  const hours = fromHoursDraft(draft);
  return WEEKDAYS.filter((day) => {
    const value = hours[day];
    return value !== null && HH_MM.test(value.from) && HH_MM.test(value.to) && value.from >= value.to;
  }).map((day) => ({ path: `workingHours.${day}.to`, message }));
}
