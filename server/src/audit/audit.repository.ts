import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface AuditInsert {
  centreId: string | null;
  actorId: string | null;
  deviceId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  details?: Record<string, unknown> | null;
}

export async function insertAudit(db: Db, entry: AuditInsert): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: uuidv7(),
      centre_id: entry.centreId,
      actor_id: entry.actorId,
      device_id: entry.deviceId,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      details: entry.details ? json(entry.details) : null,
    })
    .execute();
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  deviceId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
}

/** A centre's audit trail, newest first, paged by id (UUIDv7 ids sort by time). */
export async function listAudit(
  db: Db,
  centreId: string,
  filter: {
    recordType?: string | undefined;
    recordId?: string | undefined;
    before?: string | undefined;
    limit: number;
  },
): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_id as actorId',
      'p.name as actorName',
      'a.device_id as deviceId',
      'a.action',
      'a.record_type as recordType',
      'a.record_id as recordId',
    ])
    .where('a.centre_id', '=', centreId);
  if (filter.recordType) query = query.where('a.record_type', '=', filter.recordType);
  if (filter.recordId) query = query.where('a.record_id', '=', filter.recordId);
  if (filter.before) query = query.where('a.id', '<', filter.before);
  return query.orderBy('a.id', 'desc').limit(filter.limit).execute();
}
