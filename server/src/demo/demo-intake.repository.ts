import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Whether a centre has any service in its catalogue yet. */
export async function centreHasServices(db: Db, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('services')
    .select('id')
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether any request exists at all (the intake demo has run). */
export async function demoRequestsSeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('requests').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** A centre's services with the given codes, in no particular order: id, code, documents and fee. */
export async function centreServicesWithCodes(db: Db, centreId: string, codes: readonly string[]) {
  return db
    .selectFrom('services')
    .select(['id', 'code', 'documents', 'fee_kopiyky'])
    .where('centre_id', '=', centreId)
    .where('code', 'in', codes)
    .execute();
}

/**
 * Dates a request and its first state change back to `at`. Creation times are never changed by the
 * application (the tables' types forbid it), so this is plain SQL; only the demo does it.
 */
export async function dateRequestBack(db: Db, requestId: string, at: Date): Promise<void> {
  await sql`UPDATE requests SET created_at = ${at}, updated_at = ${at} WHERE id = ${requestId}`.execute(db);
  await sql`UPDATE request_state_changes SET at = ${at} WHERE request_id = ${requestId} AND from_state IS NULL`.execute(
    db,
  );
}

/** Whether a centre has any visit yet (the scheduling demo has run for it). */
export async function centreHasVisits(db: Db, centreId: string): Promise<boolean> {
  const row = await db.selectFrom('visits').select('id').where('centre_id', '=', centreId).executeTakeFirst();
  return row !== undefined;
}

/** A centre's scheduled and eligible requests, oldest first: id, state and planned date. */
export async function scheduledAndEligibleRequests(db: Db, centreId: string) {
  return db
    .selectFrom('requests')
    .select(['id', 'state', 'planned_date'])
    .where('centre_id', '=', centreId)
    .where('state', 'in', ['scheduled', 'eligible'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
