import { sql } from 'kysely';
import type { NoticeKind } from '@valiza/domain';
import type { Db } from '../db/database.js';

/** Queues a text message once per dedupe key; a second call with the same key does nothing. */
export async function queueSms(
  tx: Db,
  row: {
    id: string;
    centreId: string;
    visitId: string;
    kind: NoticeKind;
    dedupeKey: string;
    phone: string;
    body: string;
  },
): Promise<void> {
  await tx
    .insertInto('sms_outbox')
    .values({
      id: row.id,
      centre_id: row.centreId,
      visit_id: row.visitId,
      kind: row.kind,
      dedupe_key: row.dedupeKey,
      phone: row.phone,
      body: row.body,
      last_error: null,
      provider: null,
      provider_message_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Puts a call on the operators' list once per dedupe key. */
export async function queueCall(
  tx: Db,
  row: {
    id: string;
    centreId: string;
    visitId: string;
    kind: NoticeKind;
    dedupeKey: string;
    callOn: string;
    phone: string | null;
    message: string;
  },
): Promise<void> {
  await tx
    .insertInto('call_list')
    .values({
      id: row.id,
      centre_id: row.centreId,
      visit_id: row.visitId,
      kind: row.kind,
      dedupe_key: row.dedupeKey,
      call_on: row.callOn,
      phone: row.phone,
      message: row.message,
      note: null,
      marked_by: null,
      marked_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export interface DueSms {
  id: string;
  phone: string;
  body: string;
  attempts: number;
}

/**
 * Claims up to `limit` due messages. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets two server
 * processes share the queue without sending a message twice; PGlite has one connection anyway.
 */
export async function claimDueSms(tx: Db, now: Date, limit: number): Promise<DueSms[]> {
  return tx
    .selectFrom('sms_outbox')
    .select(['id', 'phone', 'body', 'attempts'])
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markSmsSent(tx: Db, id: string, provider: string, providerMessageId: string | null) {
  await tx
    .updateTable('sms_outbox')
    .set({
      status: 'sent',
      attempts: sql`attempts + 1`,
      sent_at: sql`now()`,
      provider,
      provider_message_id: providerMessageId,
      last_error: null,
    })
    .where('id', '=', id)
    .execute();
}

/** Records a failed attempt: retried at `retryAt`, or given up (`failed`) when null. */
export async function markSmsAttemptFailed(tx: Db, id: string, error: string, retryAt: Date | null) {
  await tx
    .updateTable('sms_outbox')
    .set({
      attempts: sql`attempts + 1`,
      last_error: error.slice(0, 200),
      ...(retryAt ? { next_attempt_at: retryAt } : { status: 'failed' as const }),
    })
    .where('id', '=', id)
    .execute();
}
