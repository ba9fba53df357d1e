import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import type { StoredCompanion } from './scheduling.tables.js';

export interface VisitRow {
  id: string;
  centreId: string;
  requestId: string;
  kind: 'home' | 'outreach';
  status: 'planned' | 'cancelled';
  day: string;
  startsAt: Date;
  endsAt: Date;
  kitId: string;
  outreachSessionId: string | null;
  companions: StoredCompanion[];
  serviceMinutes: number;
  sequence: number | null;
  overrideReason: string | null;
  cancelReason: string | null;
  version: number;
}

const COLUMNS = [
  'id',
  'centre_id as centreId',
  'request_id as requestId',
  'kind',
  'status',
  'day',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'kit_id as kitId',
  'outreach_session_id as outreachSessionId',
  'companions',
  'service_minutes as serviceMinutes',
  'sequence',
  'override_reason as overrideReason',
  'cancel_reason as cancelReason',
  'version',
] as const;

export async function findVisit(db: Db, id: string): Promise<VisitRow | undefined> {
  return db.selectFrom('visits').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findVisitForUpdate(tx: Db, id: string): Promise<VisitRow | undefined> {
  return tx.selectFrom('visits').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Visits of a centre in a period, optionally those one person is booked on, in time order. */
export async function listVisits(
  db: Db,
  centreId: string,
  query: { from: string; to: string; personId?: string | undefined; status?: string | undefined },
): Promise<VisitRow[]> {
  let q = db
    .selectFrom('visits as v')
    .select(COLUMNS.map((c) => `v.${c}` as const))
    .where('v.centre_id', '=', centreId)
    .where('v.day', '>=', query.from)
    .where('v.day', '<=', query.to);
  if (query.status) q = q.where('v.status', '=', query.status as VisitRow['status']);
  if (query.personId) {
    const person = query.personId;
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('staff_bookings as b')
            .whereRef('b.visit_id', '=', 'v.id')
            .where('b.person_id', '=', person),
        ),
        eb.exists(
          eb
            .selectFrom('staff_bookings as b')
            .whereRef('b.session_id', '=', 'v.outreach_session_id')
            .where('b.person_id', '=', person),
        ),
      ]),
    );
  }
  return q.orderBy('v.starts_at').orderBy('v.sequence').orderBy('v.id').execute() as Promise<VisitRow[]>;
}

export async function insertVisit(tx: Db, row: VisitRow, by: string): Promise<void> {
  await tx
    .insertInto('visits')
    .values({
      id: row.id,
      centre_id: row.centreId,
      request_id: row.requestId,
      kind: row.kind,
      day: row.day,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      kit_id: row.kitId,
      outreach_session_id: row.outreachSessionId,
      companions: json(row.companions),
      service_minutes: row.serviceMinutes,
      sequence: row.sequence,
      override_reason: row.overrideReason,
      cancel_reason: null,
      created_by: by,
    })
    .execute();
}

/** Writes a changed visit and raises its version. */
export async function updateVisit(tx: Db, row: VisitRow): Promise<void> {
  await tx
    .updateTable('visits')
    .set({
      status: row.status,
      day: row.day,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      kit_id: row.kitId,
      companions: json(row.companions),
      sequence: row.sequence,
      override_reason: row.overrideReason,
      cancel_reason: row.cancelReason,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', row.id)
    .execute();
}

/**
 * Moves the planned visits booked into an outreach session to the session's new window and kit,
 * raising their versions; answers them as they are now.
 */
export async function moveSessionVisits(
  tx: Db,
  sessionId: string,
  change: { startsAt: Date; endsAt: Date; kitId: string },
): Promise<VisitRow[]> {
  return (await tx
    .updateTable('visits')
    .set({
      starts_at: change.startsAt,
      ends_at: change.endsAt,
      kit_id: change.kitId,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('outreach_session_id', '=', sessionId)
    .where('status', '=', 'planned')
    .returning(COLUMNS)
    .execute()) as VisitRow[];
}

/** Sets a visit's place in its day's route (after its times were set). */
export async function updateVisitSequence(
  tx: Db,
  id: string,
  sequence: number,
  version: number,
): Promise<void> {
  await tx
    .updateTable('visits')
    .set({ sequence })
    .where('id', '=', id)
    .where('version', '=', version)
    .execute();
}

/** The id of a request's planned visit, if it has one (a request has at most one). */
export async function findPlannedVisitId(db: Db, requestId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('visits')
    .select('id')
    .where('request_id', '=', requestId)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return row?.id;
}

/** Whether a request has a planned visit. */
export async function hasPlannedVisit(db: Db, requestId: string): Promise<boolean> {
  return (await findPlannedVisitId(db, requestId)) !== undefined;
}

/** The planned visits of a day in every centre, for the day-before reminders. */
export async function listPlannedVisitsOfDayAllCentres(db: Db, day: string): Promise<VisitRow[]> {
  return (await db
    .selectFrom('visits')
    .select(COLUMNS)
    .where('day', '=', day)
    .where('status', '=', 'planned')
    .orderBy('id')
    .execute()) as VisitRow[];
}
