import { sql } from 'kysely';
import { type CallListItem, type IsoDate, type MarkCallBody, type OutboxItem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { audit, recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { clockTime } from '../scheduling/outreach.presenter.js';

/**
 * The operators' calls of a day: people without a mobile phone, told by a call instead of a text.
 * Names and phones are shown, so opening the list is recorded in the audit trail.
 */
export async function callList(db: Db, actor: Actor, day: IsoDate): Promise<CallListItem[]> {
  const centreId = centreOf(actor, 'operator', 'head');
  const rows = await sql<{
    id: string;
    visit_id: string;
    number: string;
    kind: CallListItem['kind'];
    day: string;
    starts_at: Date;
    ends_at: Date;
    full_name: string;
    phone: string | null;
    message: string;
    status: CallListItem['status'];
    note: string | null;
    marked_at: Date | null;
    marked_by: string | null;
  }>`
    SELECT c.id, c.visit_id, r.number, c.kind, v.day, v.starts_at, v.ends_at, a.full_name, c.phone, c.message,
      c.status, c.note, c.marked_at, c.marked_by
    FROM call_list c
    JOIN visits v ON v.id = c.visit_id
    JOIN requests r ON r.id = v.request_id
    JOIN applicants a ON a.id = r.applicant_id
    WHERE c.centre_id = ${centreId} AND c.call_on = ${day}
    ORDER BY c.created_at, c.id`.execute(db);
  await recordView(db, actor, { type: 'call_list', id: day, centreId });
  return rows.rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    requestNumber: r.number,
    kind: r.kind,
    day: r.day,
    startTime: clockTime(new Date(r.starts_at)),
    endTime: clockTime(new Date(r.ends_at)),
    applicantName: r.full_name,
    phone: r.phone,
    message: r.message,
    status: r.status,
    note: r.note,
    markedAt: r.marked_at ? new Date(r.marked_at).toISOString() : null,
    markedBy: r.marked_by,
  }));
}

/** An operator marks a call as made or as not reached (to try again). */
export async function markCall(db: Db, actor: Actor, id: string, body: MarkCallBody): Promise<{ ok: true }> {
  await inTransaction(db, async (tx) => {
    const call = await tx
      .selectFrom('call_list')
      .select(['centre_id', 'visit_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    assertSameCentre(actor, call?.centre_id);
    centreOf(actor, 'operator', 'head');
    await tx
      .updateTable('call_list')
      .set({ status: body.status, note: body.note ?? null, marked_by: actor.personId, marked_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await audit(
      tx,
      actor,
      'call.marked',
      { type: 'visit', id: call!.visit_id, centreId: call!.centre_id },
      { status: body.status },
    );
  });
  return { ok: true };
}

/** The head's view of the text-message queue of a day: kinds and states, no phones, no texts. */
export async function outbox(db: Db, actor: Actor, day: IsoDate): Promise<OutboxItem[]> {
  const centreId = centreOf(actor, 'head');
  const rows = await sql<{
    id: string;
    visit_id: string | null;
    kind: OutboxItem['kind'];
    status: OutboxItem['status'];
    attempts: number;
    created_at: Date;
    sent_at: Date | null;
  }>`
    SELECT id, visit_id, kind, status, attempts, created_at, sent_at FROM sms_outbox
    WHERE centre_id = ${centreId}
      AND created_at >= (${day}::date)::timestamp AT TIME ZONE 'Europe/Kyiv'
      AND created_at < (${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Kyiv'
    ORDER BY created_at, id`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    kind: r.kind,
    status: r.status,
    attempts: r.attempts,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  }));
}
