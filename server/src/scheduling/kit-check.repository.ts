import type { KitChecklist } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface KitCheckRow {
  id: string;
  centreId: string;
  kitId: string;
  day: string;
  items: KitChecklist;
  ready: boolean;
  notes: string | null;
  checkedBy: string;
  checkedAt: Date;
}

const COLUMNS = [
  'id',
  'centre_id as centreId',
  'kit_id as kitId',
  'day',
  'items',
  'ready',
  'notes',
  'checked_by as checkedBy',
  'checked_at as checkedAt',
] as const;

export async function insertKitCheck(tx: Db, row: Omit<KitCheckRow, 'checkedAt'>): Promise<void> {
  await tx
    .insertInto('kit_checks')
    .values({
      id: row.id,
      centre_id: row.centreId,
      kit_id: row.kitId,
      day: row.day,
      items: json(row.items),
      ready: row.ready,
      notes: row.notes,
      checked_by: row.checkedBy,
    })
    .execute();
}

export async function findKitCheck(db: Db, id: string): Promise<KitCheckRow | undefined> {
  return db.selectFrom('kit_checks').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Every check of a day (newest first), of one kit or all the centre's. */
export async function listKitChecks(
  db: Db,
  centreId: string,
  day: string,
  kitId?: string,
): Promise<KitCheckRow[]> {
  let query = db
    .selectFrom('kit_checks')
    .select(COLUMNS)
    .where('centre_id', '=', centreId)
    .where('day', '=', day);
  if (kitId) query = query.where('kit_id', '=', kitId);
  return query.orderBy('checked_at', 'desc').orderBy('id', 'desc').execute();
}

/** The check that counts for each kit on a day: the latest one. */
export async function latestKitChecks(
  db: Db,
  centreId: string,
  day: string,
): Promise<Map<string, KitCheckRow>> {
  const latest = new Map<string, KitCheckRow>();
  for (const check of await listKitChecks(db, centreId, day))
    if (!latest.has(check.kitId)) latest.set(check.kitId, check);
  return latest;
}
