import { type CallListItem, type IsoDate, type MarkCallBody, type OutboxItem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { audit, recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findCall, listCallsOfDay, listOutboxOfDay, markCallRow } from './call-list.repository.js';
import { clockTime } from '../scheduling/outreach.presenter.js';

/**
 * The operators' calls of a day: people without a mobile phone, told by a call instead of a text.
 * Names and phones are shown, so opening the list is recorded in the audit trail.
 */
export async function callList(db: Db, actor: Actor, day: IsoDate): Promise<CallListItem[]> {
  const centreId = centreOf(actor, 'operator', 'head');
  const rows = await listCallsOfDay(db, centreId, day);
  await recordView(db, actor, { type: 'call_list', id: day, centreId });
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    applicationId: r.application_id,
    requestNumber: r.number,
    kind: r.kind,
    day: r.day,
    startTime: r.starts_at ? clockTime(new Date(r.starts_at)) : null,
    endTime: r.ends_at ? clockTime(new Date(r.ends_at)) : null,
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
    const call = await findCall(tx, id);
    assertSameCentre(actor, call?.centre_id);
    centreOf(actor, 'operator', 'head');
    await markCallRow(tx, id, { status: body.status, note: body.note ?? null, markedBy: actor.personId });
    await audit(
      tx,
      actor,
      'call.marked',
      call!.visit_id
        ? { type: 'visit', id: call!.visit_id, centreId: call!.centre_id }
        : { type: 'application', id: call!.application_id, centreId: call!.centre_id },
      { status: body.status },
    );
  });
  return { ok: true };
}

/** The head's view of the text-message queue of a day: kinds and states, no phones, no texts. */
export async function outbox(db: Db, actor: Actor, day: IsoDate): Promise<OutboxItem[]> {
  const centreId = centreOf(actor, 'head');
  const rows = await listOutboxOfDay(db, centreId, day);
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    kind: r.kind,
    status: r.status,
    attempts: r.attempts,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  }));
}
