import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface StoredCommandRow {
  deviceId: string;
  hash: string;
  result: Record<string, unknown> | null;
}

/** What the server holds under a command id: device, content hash and result. */
export async function findStoredCommand(db: Db, id: string): Promise<StoredCommandRow | undefined> {
  return db
    .selectFrom('sync_commands')
    .select(['device_id as deviceId', 'payload_hash as hash', 'result'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Takes a command id for this transaction: `INSERT … ON CONFLICT (id) DO NOTHING`. It must be the
 * first statement of the command's transaction. A concurrent copy of the same command then waits
 * here on the primary key until the first copy commits (and inserts nothing: it reads the stored
 * answer) or rolls back (and takes the id itself). Answers whether this transaction took the id.
 */
export async function claimCommandId(
  db: Db,
  row: {
    id: string;
    deviceId: string;
    personId: string;
    centreId: string;
    type: string;
    formatVersion: number;
    hash: string;
    deviceTime: string;
    receivedAt: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('sync_commands')
    .values({
      id: row.id,
      device_id: row.deviceId,
      person_id: row.personId,
      centre_id: row.centreId,
      type: row.type,
      format_version: row.formatVersion,
      payload_hash: row.hash,
      result: null,
      device_time: row.deviceTime,
      received_at: row.receivedAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Stores the command's result, last, in the same transaction as its effects. */
export async function storeResult(db: Db, id: string, result: Record<string, unknown>): Promise<void> {
  await db
    .updateTable('sync_commands')
    .set({ result: json(result) })
    .where('id', '=', id)
    .execute();
}
