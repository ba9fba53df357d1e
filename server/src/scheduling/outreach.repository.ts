import { sql } from 'kysely';
import type { RecurrenceRule } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface ScheduleRow {
  id: string;
  centreId: string;
  outreachPointId: string;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string | null;
  exceptions: string[];
  staffIds: string[];
  kitId: string;
  active: boolean;
  version: number;
}

const SCHEDULE_COLUMNS = [
  'id',
  'centre_id as centreId',
  'outreach_point_id as outreachPointId',
  'rule',
  'start_time as startTime',
  'end_time as endTime',
  'valid_from as validFrom',
  'valid_until as validUntil',
  'exceptions',
  'staff_ids as staffIds',
  'kit_id as kitId',
  'active',
  'version',
] as const;

export async function listSchedules(db: Db, centreId: string): Promise<ScheduleRow[]> {
  return db
    .selectFrom('outreach_schedules')
    .select(SCHEDULE_COLUMNS)
    .where('centre_id', '=', centreId)
    .orderBy('id')
    .execute();
}

export async function listActiveSchedules(db: Db): Promise<ScheduleRow[]> {
  return db
    .selectFrom('outreach_schedules')
    .select(SCHEDULE_COLUMNS)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
}

export async function findSchedule(db: Db, id: string): Promise<ScheduleRow | undefined> {
  return db.selectFrom('outreach_schedules').select(SCHEDULE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

function columnsOf(row: ScheduleRow) {
  return {
    outreach_point_id: row.outreachPointId,
    rule: json(row.rule),
    start_time: row.startTime,
    end_time: row.endTime,
    valid_from: row.validFrom,
    valid_until: row.validUntil,
    exceptions: json(row.exceptions),
    staff_ids: json(row.staffIds),
    kit_id: row.kitId,
    active: row.active,
  };
}

export async function insertSchedule(db: Db, row: ScheduleRow): Promise<void> {
  await db
    .insertInto('outreach_schedules')
    .values({ id: row.id, centre_id: row.centreId, ...columnsOf(row) })
    .execute();
}

/** Updates when still at `version`; answers whether it did. */
export async function updateSchedule(db: Db, row: ScheduleRow, version: number): Promise<boolean> {
  const result = await db
    .updateTable('outreach_schedules')
    .set({ ...columnsOf(row), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface SessionRow {
  id: string;
  centreId: string;
  scheduleId: string;
  outreachPointId: string;
  pointName: string;
  address: string;
  lat: number | null;
  lon: number | null;
  day: string;
  startsAt: Date;
  endsAt: Date;
  kitId: string;
  status: 'planned' | 'cancelled';
  cancelReason: string | null;
  bookedMinutes: number;
  bookings: number;
}

function selectSessions(db: Db) {
  return db
    .selectFrom('outreach_sessions as s')
    .innerJoin('outreach_points as o', 'o.id', 's.outreach_point_id')
    .leftJoin('localities as l', 'l.id', 'o.locality_id')
    .select([
      's.id',
      's.centre_id as centreId',
      's.schedule_id as scheduleId',
      's.outreach_point_id as outreachPointId',
      'o.name as pointName',
      'o.address',
      sql<number | null>`coalesce(o.lat, l.lat)`.as('lat'),
      sql<number | null>`coalesce(o.lon, l.lon)`.as('lon'),
      's.day',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.kit_id as kitId',
      's.status',
      's.cancel_reason as cancelReason',
      sql<number>`coalesce((SELECT sum(v.service_minutes) FROM visits v
        WHERE v.outreach_session_id = s.id AND v.status = 'planned'), 0)::int`.as('bookedMinutes'),
      sql<number>`(SELECT count(*) FROM visits v
        WHERE v.outreach_session_id = s.id AND v.status = 'planned')::int`.as('bookings'),
    ]);
}

export async function listSessions(
  db: Db,
  centreId: string,
  range: { from: string; to: string; outreachPointId?: string | undefined },
): Promise<SessionRow[]> {
  let query = selectSessions(db)
    .where('s.centre_id', '=', centreId)
    .where('s.day', '>=', range.from)
    .where('s.day', '<=', range.to);
  if (range.outreachPointId) query = query.where('s.outreach_point_id', '=', range.outreachPointId);
  return query.orderBy('s.starts_at').orderBy('s.id').execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return selectSessions(db).where('s.id', '=', id).executeTakeFirst();
}

/** Locks a session row so that bookings into it are counted one at a time. */
export async function lockSession(tx: Db, id: string): Promise<void> {
  await tx.selectFrom('outreach_sessions').select('id').where('id', '=', id).forUpdate().execute();
}

export async function sessionsOfSchedule(db: Db, scheduleId: string, fromDay: string): Promise<SessionRow[]> {
  return selectSessions(db)
    .where('s.schedule_id', '=', scheduleId)
    .where('s.day', '>=', fromDay)
    .orderBy('s.day')
    .execute();
}

export async function insertSession(
  tx: Db,
  row: {
    id: string;
    centreId: string;
    scheduleId: string;
    outreachPointId: string;
    day: string;
    startsAt: Date;
    endsAt: Date;
    kitId: string;
  },
): Promise<boolean> {
  const result = await tx
    .insertInto('outreach_sessions')
    .values({
      id: row.id,
      centre_id: row.centreId,
      schedule_id: row.scheduleId,
      outreach_point_id: row.outreachPointId,
      day: row.day,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      kit_id: row.kitId,
      cancel_reason: null,
    })
    .onConflict((oc) => oc.columns(['schedule_id', 'day']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function updateSessionTimes(
  tx: Db,
  id: string,
  changes: { outreachPointId: string; startsAt: Date; endsAt: Date; kitId: string },
): Promise<void> {
  await tx
    .updateTable('outreach_sessions')
    .set({
      outreach_point_id: changes.outreachPointId,
      starts_at: changes.startsAt,
      ends_at: changes.endsAt,
      kit_id: changes.kitId,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(tx: Db, id: string): Promise<void> {
  await tx.deleteFrom('staff_bookings').where('session_id', '=', id).execute();
  await tx.deleteFrom('kit_bookings').where('session_id', '=', id).execute();
  await tx.deleteFrom('outreach_sessions').where('id', '=', id).execute();
}

export async function cancelSessionRow(tx: Db, id: string, reason: string | null): Promise<void> {
  await tx
    .updateTable('outreach_sessions')
    .set({ status: 'cancelled', cancel_reason: reason, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The name and address of the outreach point a session is held at. */
export async function findSessionPoint(
  db: Db,
  sessionId: string,
): Promise<{ name: string; address: string } | undefined> {
  return db
    .selectFrom('outreach_sessions as s')
    .innerJoin('outreach_points as o', 'o.id', 's.outreach_point_id')
    .select(['o.name', 'o.address'])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}
