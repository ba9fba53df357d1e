import { sql } from 'kysely';
import type { CallListItem, OutboxItem } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface CallRow {
  id: string;
  visit_id: string | null;
  application_id: string | null;
  number: string;
  kind: CallListItem['kind'];
  day: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  full_name: string;
  phone: string | null;
  message: string;
  status: CallListItem['status'];
  note: string | null;
  marked_at: Date | null;
  marked_by: string | null;
}

/**
 * A centre's calls to make on a day, with the applicant's name and the number to quote: the
 * request's for a visit, the logbook's for a result ready.
 */
export async function listCallsOfDay(db: Db, centreId: string, day: string): Promise<CallRow[]> {
  const result = await sql<CallRow>`
    SELECT c.id, c.visit_id, c.application_id, coalesce(r.number, ap.number) AS number, c.kind,
      v.day, v.starts_at, v.ends_at, a.full_name, c.phone, c.message, c.status, c.note, c.marked_at,
      c.marked_by
    FROM call_list c
    LEFT JOIN visits v ON v.id = c.visit_id
    LEFT JOIN requests r ON r.id = v.request_id
    LEFT JOIN applications ap ON ap.id = c.application_id
    JOIN applicants a ON a.id = coalesce(r.applicant_id, ap.applicant_id)
    WHERE c.centre_id = ${centreId} AND c.call_on = ${day}
    ORDER BY c.created_at, c.id`.execute(db);
  return result.rows;
}

export async function findCall(
  db: Db,
  id: string,
): Promise<{ centre_id: string; visit_id: string | null; application_id: string | null } | undefined> {
  return db
    .selectFrom('call_list')
    .select(['centre_id', 'visit_id', 'application_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks a call as made or not reached, by whom and when. */
export async function markCallRow(
  db: Db,
  id: string,
  mark: { status: CallListItem['status']; note: string | null; markedBy: string },
): Promise<void> {
  await db
    .updateTable('call_list')
    .set({ status: mark.status, note: mark.note, marked_by: mark.markedBy, marked_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export interface OutboxRow {
  id: string;
  visit_id: string | null;
  kind: OutboxItem['kind'];
  status: OutboxItem['status'];
  attempts: number;
  created_at: Date;
  sent_at: Date | null;
}

/** The text messages a centre queued on a day (Kyiv time): kinds and states, no phones, no texts. */
export async function listOutboxOfDay(db: Db, centreId: string, day: string): Promise<OutboxRow[]> {
  const result = await sql<OutboxRow>`
    SELECT id, visit_id, kind, status, attempts, created_at, sent_at FROM sms_outbox
    WHERE centre_id = ${centreId}
      AND created_at >= (${day}::date)::timestamp AT TIME ZONE 'Europe/Kyiv'
      AND created_at < (${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Kyiv'
    ORDER BY created_at, id`.execute(db);
  return result.rows;
}
