import {
  addDays,
  dayInfo,
  problem,
  type CalendarDay,
  type CalendarSettings,
  type CentreCalendar,
  type CentreDayBody,
  type IsoDate,
  type SchedulingSettings,
  type SchedulingSettingsBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import {
  deleteCentreDay,
  findCentreScheduling,
  findMartialLaw,
  listCentreDays,
  setMartialLaw,
  setSchedulingSettings,
  upsertCentreDay,
  type CentreDayRow,
} from './centre-calendar.repository.js';
import { assertDayRange } from './day-range.js';

/**
 * The working-day calendar settings of a centre: its martial-law switch and its own days off and
 * working days. Every feature that counts days (plans, logbook deadlines, surveys) calls this and
 * passes the answer to the calendar functions of `@valiza/domain`.
 */
export async function calendarSettingsOf(db: Db, centreId: string): Promise<CalendarSettings> {
  const [martialLaw, days] = await Promise.all([findMartialLaw(db, centreId), listCentreDays(db, centreId)]);
  if (martialLaw === undefined) throw problem('not_found');
  return {
    martialLaw,
    daysOff: days.filter((d) => d.kind === 'day_off').map((d) => d.day),
    workingDays: days.filter((d) => d.kind === 'working_day').map((d) => d.day),
  };
}

function describeDay(date: IsoDate, settings: CalendarSettings, own: CentreDayRow | undefined): CalendarDay {
  const info = dayInfo(date, settings);
  return {
    date,
    working: info.working,
    reasons: [...info.reasons],
    holiday: info.holiday ?? null,
    centreDay: own ? { kind: own.kind, note: own.note } : null,
  };
}

/** Each day of a period as the centre works it, with the reasons and the centre's own notes. */
export async function centreCalendar(
  db: Db,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
): Promise<CentreCalendar> {
  const centreId = centreOf(actor);
  assertDayRange(from, to, 366);
  const settings = await calendarSettingsOf(db, centreId);
  const own = new Map((await listCentreDays(db, centreId, { from, to })).map((d) => [d.day, d]));
  const days: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    days.push(describeDay(date, settings, own.get(date)));
  return { martialLaw: settings.martialLaw, days };
}

/** A head declares a day off or a working day for the centre. */
export async function setCentreDay(
  db: Db,
  actor: Actor,
  day: IsoDate,
  body: CentreDayBody,
): Promise<CalendarDay> {
  const centreId = centreOf(actor, 'head');
  return inTransaction(db, async (tx) => {
    const row = { day, kind: body.kind, note: body.note ?? null };
    await upsertCentreDay(tx, centreId, row, actor.personId);
    await audit(
      tx,
      actor,
      'calendar.day_set',
      { type: 'centre', id: centreId, centreId },
      { day, kind: body.kind },
    );
    return describeDay(day, await calendarSettingsOf(tx, centreId), row);
  });
}

/** A head removes the centre's own mark from a day; the general rules apply again. */
export async function clearCentreDay(db: Db, actor: Actor, day: IsoDate): Promise<void> {
  const centreId = centreOf(actor, 'head');
  await inTransaction(db, async (tx) => {
    if (!(await deleteCentreDay(tx, centreId, day))) throw problem('not_found');
    await audit(tx, actor, 'calendar.day_cleared', { type: 'centre', id: centreId, centreId }, { day });
  });
}

/** A head switches martial law on or off for the centre's calendar. */
export async function switchMartialLaw(
  db: Db,
  actor: Actor,
  martialLaw: boolean,
): Promise<{ martialLaw: boolean }> {
  const centreId = centreOf(actor, 'head');
  await inTransaction(db, async (tx) => {
    await setMartialLaw(tx, centreId, martialLaw);
    await audit(
      tx,
      actor,
      'calendar.martial_law',
      { type: 'centre', id: centreId, centreId },
      { martialLaw },
    );
  });
  return { martialLaw };
}

export async function schedulingSettings(
  db: Db,
  actor: Actor,
  mapTilesUrl: string | null,
): Promise<SchedulingSettings> {
  const centre = await findCentreScheduling(db, centreOf(actor));
  if (!centre) throw problem('not_found');
  return { lat: centre.lat, lon: centre.lon, routing: centre.routing, mapTilesUrl };
}

/** A head sets where routes start and how travel is estimated. */
export async function changeSchedulingSettings(
  db: Db,
  actor: Actor,
  body: SchedulingSettingsBody,
  mapTilesUrl: string | null,
): Promise<SchedulingSettings> {
  const centreId = centreOf(actor, 'head');
  await inTransaction(db, async (tx) => {
    await setSchedulingSettings(tx, centreId, body);
    await audit(tx, actor, 'scheduling.settings_changed', { type: 'centre', id: centreId, centreId });
  });
  return { lat: body.lat, lon: body.lon, routing: body.routing, mapTilesUrl };
}
