import {
  minutesOf,
  problem,
  workingTimeBreaches,
  type IsoDate,
  type Locale,
  type WorkingTimeBreach,
} from '@valiza/domain';
import type { Db } from '../db/database.js';
import { findCentreScheduling } from './centre-calendar.repository.js';
import { listPersonNames } from './crew.repository.js';
import { calendarSettingsOf } from './centre-calendar.service.js';
import { absentOn, staffHoursOf } from './staff-time.repository.js';

const TEXT = {
  day_off: { uk: 'вихідний день ЦНАП', en: "the centre's day off" },
  centre_hours: { uk: 'поза годинами роботи ЦНАП', en: "outside the centre's hours" },
  person_hours: { uk: 'поза робочим часом: {name}', en: 'outside the working hours of {name}' },
  absent: { uk: 'відсутній(-я): {name}', en: '{name} is absent' },
} as const;

function describe(breach: WorkingTimeBreach, names: Map<string, string>, locale: Locale): string {
  const text = TEXT[breach.kind][locale];
  const name = 'personId' in breach ? (names.get(breach.personId) ?? '') : '';
  const hours = 'from' in breach && breach.from ? ` (${breach.from}–${breach.to})` : '';
  return text.replace('{name}', name) + hours;
}

/**
 * Refuses a window outside working time — a day off by the centre's calendar, outside the centre's
 * or a person's hours, a person absent — unless a head gives a reason. The error lists every
 * breach in words and, in `details`, as codes for the page.
 */
export async function assertWorkingTime(
  tx: Db,
  input: {
    centreId: string;
    day: IsoDate;
    startTime: string;
    endTime: string;
    personIds: readonly string[];
    overrideReason: string | null;
    locale: Locale;
  },
): Promise<void> {
  const [centre, calendar, hours, absent] = await Promise.all([
    findCentreScheduling(tx, input.centreId),
    calendarSettingsOf(tx, input.centreId),
    staffHoursOf(tx, input.personIds),
    absentOn(tx, input.personIds, input.day),
  ]);
  const breaches = workingTimeBreaches(
    input.day,
    { from: minutesOf(input.startTime), to: minutesOf(input.endTime) },
    { hours: centre!.workingHours, calendar },
    input.personIds.map((personId) => ({
      personId,
      hours: hours.get(personId) ?? null,
      absent: absent.has(personId),
    })),
  );
  if (breaches.length === 0 || input.overrideReason) return;
  const people = await listPersonNames(tx, input.personIds);
  const names = new Map(people.map((p) => [p.id, p.name]));
  throw problem('visit.outside_working_time', {
    params: { reasons: breaches.map((b) => describe(b, names, input.locale)).join('; ') },
    details: breaches.map((b) => ({ path: 'personId' in b ? b.personId : 'day', code: b.kind })),
  });
}
