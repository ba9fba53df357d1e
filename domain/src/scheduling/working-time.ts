import { dayInfo, type CalendarSettings } from '../calendar/working-days.js';
import type { WorkingHours } from '../contracts/org.js';
import { weekdayOf, type IsoDate } from '../time/civil-date.js';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `HH:MM` → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Minutes since midnight → `HH:MM`. */
export function timeOfMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The opening hours of a weekly schedule on a date, or null when closed that weekday. */
export function hoursOn(date: IsoDate, hours: WorkingHours): { from: string; to: string } | null {
  return hours[WEEKDAY_KEYS[weekdayOf(date) - 1]!] ?? null;
}

/** One person's working time as the planner sees it on a day. */
export interface PersonDay {
  readonly personId: string;
  /** The person's own weekly hours; null when they follow the centre's hours. */
  readonly hours: WorkingHours | null;
  /** On leave, sick or away that day. */
  readonly absent: boolean;
}

/** Why a window is outside working time. Each names what it concerns, so the page can say it. */
export type WorkingTimeBreach =
  | { readonly kind: 'day_off' }
  | { readonly kind: 'centre_hours'; readonly from: string | null; readonly to: string | null }
  | {
      readonly kind: 'person_hours';
      readonly personId: string;
      readonly from: string | null;
      readonly to: string | null;
    }
  | { readonly kind: 'absent'; readonly personId: string };

function inside(hours: { from: string; to: string } | null, from: number, to: number): boolean {
  return hours !== null && from >= minutesOf(hours.from) && to <= minutesOf(hours.to);
}

/**
 * Every way a visit from `from` to `to` (minutes since midnight) on `date` breaks working time: a
 * day off by the centre's calendar, outside the centre's hours, outside a person's own hours, or a
 * person absent. An empty list means the window is inside working time for everybody.
 */
export function workingTimeBreaches(
  date: IsoDate,
  window: { readonly from: number; readonly to: number },
  centre: { readonly hours: WorkingHours; readonly calendar: CalendarSettings },
  people: readonly PersonDay[],
): WorkingTimeBreach[] {
  const breaches: WorkingTimeBreach[] = [];
  if (!dayInfo(date, centre.calendar).working) breaches.push({ kind: 'day_off' });
  const centreHours = hoursOn(date, centre.hours);
  if (!inside(centreHours, window.from, window.to))
    breaches.push({ kind: 'centre_hours', from: centreHours?.from ?? null, to: centreHours?.to ?? null });
  for (const person of people) {
    if (person.absent) breaches.push({ kind: 'absent', personId: person.personId });
    if (person.hours) {
      const own = hoursOn(date, person.hours);
      if (!inside(own, window.from, window.to))
        breaches.push({
          kind: 'person_hours',
          personId: person.personId,
          from: own?.from ?? null,
          to: own?.to ?? null,
        });
    }
  }
  return breaches;
}
