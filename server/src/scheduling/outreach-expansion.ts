import {
  addDays,
  instantAt,
  isProblem,
  isWorkingDay,
  occurrences,
  uuidv7,
  type CalendarSettings,
  type IsoDate,
} from '@valiza/domain';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { book, crewOf, dropBookings } from './bookings.repository.js';
import { calendarSettingsOf } from './centre-calendar.service.js';
import {
  deleteSession,
  insertSession,
  listActiveSchedules,
  sessionsOfSchedule,
  updateSessionTimes,
  type ScheduleRow,
  type SessionRow,
} from './outreach.repository.js';
import { touchPlan } from './plan.repository.js';
import { assertRoomFor, followSession } from './session-visits.js';

/** How far ahead sessions are materialised so that people can be booked into them. */
export const OUTREACH_HORIZON_DAYS = 56;

function datesOf(schedule: ScheduleRow, today: IsoDate, calendar: CalendarSettings): IsoDate[] {
  if (!schedule.active) return [];
  return occurrences(schedule, today, addDays(today, OUTREACH_HORIZON_DAYS), (d) =>
    isWorkingDay(d, calendar),
  );
}

function timesOf(schedule: ScheduleRow, day: IsoDate) {
  return { startsAt: instantAt(day, schedule.startTime), endsAt: instantAt(day, schedule.endTime) };
}

/** Creates one session of a schedule with its bookings; false when it already existed. */
async function materialise(tx: Db, schedule: ScheduleRow, day: IsoDate): Promise<boolean> {
  const id = uuidv7();
  const times = timesOf(schedule, day);
  const row = {
    id,
    centreId: schedule.centreId,
    scheduleId: schedule.id,
    outreachPointId: schedule.outreachPointId,
    day,
    kitId: schedule.kitId,
    ...times,
  };
  if (!(await insertSession(tx, row))) return false;
  await book(tx, {
    centreId: schedule.centreId,
    owner: { sessionId: id },
    people: schedule.staffIds.map((personId) => ({ personId, role: 'crew' as const })),
    kitId: schedule.kitId,
    ...times,
  });
  await touchPlan(tx, schedule.centreId, day);
  return true;
}

function differs(session: SessionRow, crew: readonly string[], schedule: ScheduleRow): boolean {
  const times = timesOf(schedule, session.day);
  return (
    session.startsAt.getTime() !== times.startsAt.getTime() ||
    session.endsAt.getTime() !== times.endsAt.getTime() ||
    session.kitId !== schedule.kitId ||
    session.outreachPointId !== schedule.outreachPointId ||
    crew.join() !== schedule.staffIds.join()
  );
}

/**
 * Brings a schedule's sessions from `today` to the horizon in line with its rule: new dates get a
 * session, changed ones are moved and re-booked — the visits booked into them move along and their
 * applicants are told — and dates that fell out are removed, unless people are booked into them, in
 * which case they stay until the head moves those visits. A new window too short for the minutes
 * already booked is refused. Past sessions are history and are not touched. Conflicts with other
 * bookings refuse the whole change.
 */
export async function expandSchedule(tx: Db, schedule: ScheduleRow, today: IsoDate): Promise<void> {
  const calendar = await calendarSettingsOf(tx, schedule.centreId);
  const dates = new Set(datesOf(schedule, today, calendar));
  const existing = await sessionsOfSchedule(tx, schedule.id, today);
  const crews = await crewOf(tx, { sessionIds: existing.map((s) => s.id) });
  for (const session of existing) {
    if (session.status !== 'planned') {
      dates.delete(session.day);
      continue;
    }
    if (!dates.has(session.day)) {
      if (session.bookings > 0) continue;
      await deleteSession(tx, session.id);
      await touchPlan(tx, schedule.centreId, session.day);
      continue;
    }
    dates.delete(session.day);
    if (!differs(session, crews.get(session.id) ?? [], schedule)) continue;
    const change = {
      outreachPointId: schedule.outreachPointId,
      kitId: schedule.kitId,
      ...timesOf(schedule, session.day),
    };
    assertRoomFor(session, change);
    await dropBookings(tx, { sessionId: session.id });
    await updateSessionTimes(tx, session.id, change);
    await followSession(tx, session, change);
    await book(tx, {
      centreId: schedule.centreId,
      owner: { sessionId: session.id },
      people: schedule.staffIds.map((personId) => ({ personId, role: 'crew' as const })),
      kitId: schedule.kitId,
      startsAt: change.startsAt,
      endsAt: change.endsAt,
    });
    await touchPlan(tx, schedule.centreId, session.day);
  }
  for (const day of [...dates].sort()) await materialise(tx, schedule, day);
}

/**
 * The daily job: every active schedule gets its sessions up to the horizon. Each new session is its
 * own transaction, so a date whose crew or kit is already taken is skipped (and tried again the
 * next day) without holding back the others. Safe to run any number of times.
 */
export async function extendOutreachHorizons(
  db: Db,
  today: IsoDate,
): Promise<{ created: number; skipped: number }> {
  let created = 0;
  let skipped = 0;
  for (const schedule of await listActiveSchedules(db)) {
    const calendar = await calendarSettingsOf(db, schedule.centreId);
    for (const day of datesOf(schedule, today, calendar)) {
      try {
        if (await inTransaction(db, (tx) => materialise(tx, schedule, day))) created++;
      } catch (error) {
        if (!isProblem(error)) throw error;
        skipped++;
      }
    }
  }
  return { created, skipped };
}
