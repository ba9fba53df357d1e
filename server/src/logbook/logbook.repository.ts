import { sql } from 'kysely';
import type { EntryState, EventFact, LogbookEventKind, TermKind } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import { ENTRY_HASHED_COLUMNS, EVENT_HASHED_COLUMNS, type EntryContent, type EventContent } from './chain.js';
import type { LogbookStatusTable } from './logbook.tables.js';
import type { Insertable, Updateable } from 'kysely';

/** Centres with applications waiting to be chained. */
export async function centresWithPending(db: Db, centreId?: string): Promise<string[]> {
  let query = db.selectFrom('logbook_inbox').select('centre_id').distinct();
  if (centreId) query = query.where('centre_id', '=', centreId);
  return (await query.execute()).map((r) => r.centre_id);
}

export async function hasPending(db: Db, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('logbook_inbox')
    .select('application_id')
    .where('centre_id', '=', centreId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type PendingEntry = EntryContent & { term_days: number | null; term_kind: TermKind | null };

/** The next applications of a centre waiting to be chained, in the order of receipt. */
export async function pendingEntries(tx: Db, centreId: string, limit: number): Promise<PendingEntry[]> {
  const rows = await tx
    .selectFrom('logbook_inbox as i')
    .innerJoin('applications as a', 'a.id', 'i.application_id')
    .innerJoin('services as s', 's.id', 'a.service_id')
    .select(ENTRY_HASHED_COLUMNS.map((c) => `a.${c}` as const))
    .select(['s.term_days', 's.term_kind'])
    .where('i.centre_id', '=', centreId)
    .orderBy('a.received_at')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows as unknown as PendingEntry[];
}

export async function removeFromInbox(tx: Db, applicationIds: readonly string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await tx.deleteFrom('logbook_inbox').where('application_id', 'in', applicationIds).execute();
}

export async function insertStatuses(tx: Db, rows: readonly Insertable<LogbookStatusTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insertInto('logbook_status')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function updateStatus(
  tx: Db,
  applicationId: string,
  changes: Updateable<LogbookStatusTable>,
): Promise<void> {
  await tx.updateTable('logbook_status').set(changes).where('application_id', '=', applicationId).execute();
}

export interface StateRow {
  applicationId: string;
  state: EntryState;
}

/** Writes the derived state of many applications in one statement per few hundred (the demo). */
export async function updateStatuses(tx: Db, rows: readonly StateRow[]): Promise<void> {
  const at = (d: Date | null) => (d ? d.toISOString() : null);
  for (let i = 0; i < rows.length; i += 300) {
    const values = sql.join(
      rows
        .slice(i, i + 300)
        .map(
          ({ applicationId: id, state: s }) =>
            sql`(${id}::uuid, ${s.status}, ${at(s.forwardedAt)}::timestamptz, ${s.decision}, ${at(s.decidedAt)}::timestamptz, ${at(s.resultReceivedAt)}::timestamptz, ${at(s.deliveredAt)}::timestamptz, ${s.deliveryMethod}, ${s.refusalJustified}::boolean)`,
        ),
    );
    await sql`UPDATE logbook_status AS s SET status = v.status, forwarded_at = v.f, decision = v.decision,
        decided_at = v.d, result_received_at = v.r, delivered_at = v.dl, delivery_method = v.m,
        refusal_justified = v.j
      FROM (VALUES ${values}) AS v (id, status, f, decision, d, r, dl, m, j)
      WHERE s.application_id = v.id`.execute(tx);
  }
}

/** An application's chained state, locked for the transaction so its events are appended one at a time. */
export async function lockEntry(tx: Db, applicationId: string) {
  return tx
    .selectFrom('logbook_status as st')
    .innerJoin('applications as a', 'a.id', 'st.application_id')
    .select([
      'st.application_id as id',
      'st.centre_id as centreId',
      'st.status',
      'a.received_at as receivedAt',
      'a.number',
      'a.applicant_id as applicantId',
      'a.request_id as requestId',
      'a.service_id as serviceId',
    ])
    .where('st.application_id', '=', applicationId)
    .forUpdate(['st'] as never)
    .executeTakeFirst();
}

export interface EventRow extends EventContent {
  recorded_by_name: string | null;
}

/** The events of applications, in the order they were stored. */
export async function eventsOf(db: Db, applicationIds: readonly string[]): Promise<EventRow[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom('logbook_events as e')
    .leftJoin('persons as p', 'p.id', 'e.recorded_by')
    .select(EVENT_HASHED_COLUMNS.map((c) => `e.${c}` as const))
    .select('p.name as recorded_by_name')
    .where('e.application_id', 'in', applicationIds)
    .orderBy('e.recorded_at')
    .orderBy('e.id')
    .execute();
  return rows as unknown as EventRow[];
}

export function toFact(row: EventContent): EventFact {
  return {
    id: row.id,
    kind: row.kind as LogbookEventKind,
    occurredAt: row.occurred_at,
    content: row.content as Record<string, unknown>,
    correctsId: row.corrects_id,
  };
}

export async function insertEvent(tx: Db, row: EventContent): Promise<void> {
  await insertEvents(tx, [row]);
}

export async function insertEvents(tx: Db, rows: readonly EventContent[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await tx
      .insertInto('logbook_events')
      .values(
        rows
          .slice(i, i + 500)
          .map((row) => ({ ...row, kind: row.kind as LogbookEventKind, content: json(row.content) })),
      )
      .execute();
}

export async function findEvent(db: Db, id: string) {
  return db
    .selectFrom('logbook_events')
    .select(['id', 'application_id', 'kind', 'corrects_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Events' content by id (verify). */
export async function eventContents(db: Db, ids: readonly string[]): Promise<EventContent[]> {
  if (ids.length === 0) return [];
  return (await db
    .selectFrom('logbook_events')
    .select([...EVENT_HASHED_COLUMNS])
    .where('id', 'in', ids)
    .execute()) as unknown as EventContent[];
}

/** Rows of a centre that no link points to: stored outside the application (or still waiting). */
export async function unchained(db: Db, centreId: string) {
  const entry = await db
    .selectFrom('applications as a')
    .select(['a.id', 'a.number'])
    .where('a.centre_id', '=', centreId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('logbook_chain as c')
            .select(sql`1`.as('one'))
            .where('c.kind', '=', 'entry')
            .whereRef('c.ref_id', '=', 'a.id'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('logbook_inbox as i')
            .select(sql`1`.as('one'))
            .whereRef('i.application_id', '=', 'a.id'),
        ),
      ),
    )
    .orderBy('a.received_at')
    .limit(1)
    .executeTakeFirst();
  const event = await db
    .selectFrom('logbook_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .select(['e.id', 'a.number'])
    .where('e.centre_id', '=', centreId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('logbook_chain as c')
            .select(sql`1`.as('one'))
            .where('c.kind', '=', 'event')
            .whereRef('c.ref_id', '=', 'e.id'),
        ),
      ),
    )
    .orderBy('e.recorded_at')
    .limit(1)
    .executeTakeFirst();
  return { entry, event };
}

export async function countOf(db: Db, centreId: string) {
  const [entries, events] = await Promise.all([
    db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('centre_id', '=', centreId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('logbook_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('centre_id', '=', centreId)
      .executeTakeFirstOrThrow(),
  ]);
  return { entries: Number(entries.n), events: Number(events.n) };
}

export async function numbersOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('applications').select(['id', 'number']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.number]));
}
