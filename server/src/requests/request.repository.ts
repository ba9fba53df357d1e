import { sql, type Insertable, type Updateable } from 'kysely';
import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import { toRequestRecord, type RequestRecord, type RequestServiceRecord } from './request.record.js';
import type { RequestsTable } from './requests.tables.js';

export type RequestColumns = Updateable<RequestsTable>;

export async function findRequest(db: Db, id: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRequestRecord(row);
}

/** Reads a request and locks its row until the transaction ends (state changes wait for each other). */
export async function findRequestForUpdate(db: Db, id: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRequestRecord(row);
}

export async function findRequests(db: Db, ids: readonly string[]): Promise<RequestRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('requests').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toRequestRecord(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function insertRequest(db: Db, values: Insertable<RequestsTable>): Promise<void> {
  await db.insertInto('requests').values(values).execute();
}

/**
 * Changes a request if it is still at `version` (null: whatever its version) and moves the version
 * on. Answers whether the row was changed.
 */
export async function updateRequest(
  db: Db,
  id: string,
  version: number | null,
  set: RequestColumns,
): Promise<boolean> {
  let query = db
    .updateTable('requests')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id);
  if (version !== null) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the services of a request. */
export async function replaceRequestServices(
  db: Db,
  requestId: string,
  services: readonly RequestServiceRecord[],
): Promise<void> {
  await db.deleteFrom('request_services').where('request_id', '=', requestId).execute();
  if (services.length === 0) return;
  await db
    .insertInto('request_services')
    .values(
      services.map((s) => ({
        request_id: requestId,
        service_id: s.serviceId,
        position: s.position,
        payment_method: s.paymentMethod,
        checklist_read_out: s.checklistReadOut,
        documents: json(s.documents),
      })),
    )
    .execute();
}

/** The services of several requests, in their order. */
export async function servicesOfRequests(
  db: Db,
  requestIds: readonly string[],
): Promise<Map<string, RequestServiceRecord[]>> {
  const map = new Map<string, RequestServiceRecord[]>();
  if (requestIds.length === 0) return map;
  const rows = await db
    .selectFrom('request_services')
    .selectAll()
    .where('request_id', 'in', requestIds)
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = map.get(r.request_id) ?? [];
    list.push({
      serviceId: r.service_id,
      position: r.position,
      paymentMethod: r.payment_method,
      checklistReadOut: r.checklist_read_out,
      documents: r.documents,
    });
    map.set(r.request_id, list);
  }
  return map;
}

export async function insertStateChange(
  db: Db,
  change: {
    requestId: string;
    from: string | null;
    to: string;
    actorId: string | null;
    reason: string | null;
  },
): Promise<void> {
  await db
    .insertInto('request_state_changes')
    .values({
      id: uuidv7(),
      request_id: change.requestId,
      from_state: change.from,
      to_state: change.to,
      actor_id: change.actorId,
      reason: change.reason,
    })
    .execute();
}

export async function listStateChanges(db: Db, requestId: string) {
  return db
    .selectFrom('request_state_changes as c')
    .leftJoin('persons as p', 'p.id', 'c.actor_id')
    .select(['c.at', 'c.from_state as from', 'c.to_state as to', 'p.name as actorName', 'c.reason'])
    .where('c.request_id', '=', requestId)
    .orderBy('c.id')
    .execute();
}

/** Moves every request of some applicants to another applicant (a merge). Answers how many moved. */
export async function moveRequestsToApplicant(
  db: Db,
  fromIds: readonly string[],
  toId: string,
): Promise<number> {
  const result = await db
    .updateTable('requests')
    .set({ applicant_id: toId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('applicant_id', 'in', fromIds)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findRequestByNumber(db: Db, number: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('number', '=', number).executeTakeFirst();
  return row && toRequestRecord(row);
}
