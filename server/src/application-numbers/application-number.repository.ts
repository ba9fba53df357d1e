import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface BlockRow {
  id: string;
  centreId: string;
  deviceId: string;
  year: number;
  first: number;
  last: number;
  releasedAt: Date | null;
}

const BLOCK_COLUMNS = [
  'b.id',
  'b.centre_id as centreId',
  'b.device_id as deviceId',
  'b.year',
  'b.first_value as first',
  'b.last_value as last',
  'b.released_at as releasedAt',
] as const;

/**
 * Moves a centre's counter for a year forward by `count` and answers the new last value. The row
 * lock of the upsert makes concurrent draws (the office, several devices) wait for each other, so
 * every draw gets its own range.
 */
export async function advanceCounter(db: Db, centreId: string, year: number, count: number): Promise<number> {
  const row = await db
    .insertInto('application_number_counters')
    .values({ centre_id: centreId, year, last_value: count })
    .onConflict((oc) =>
      oc.columns(['centre_id', 'year']).doUpdateSet({
        last_value: sql<number>`application_number_counters.last_value + ${count}`,
      }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** Records a block of numbers reserved for a device. */
export async function insertBlock(db: Db, block: Omit<BlockRow, 'releasedAt'>): Promise<void> {
  await db
    .insertInto('application_number_blocks')
    .values({
      id: block.id,
      centre_id: block.centreId,
      device_id: block.deviceId,
      year: block.year,
      first_value: block.first,
      last_value: block.last,
    })
    .execute();
}

/**
 * Locks a device's row for the rest of the transaction, so that two pulls of one device at the same
 * moment (a client retrying on a flaky link) top its numbers up once, not twice.
 */
export async function lockDevice(db: Db, deviceId: string): Promise<void> {
  await db.selectFrom('devices').select('id').where('id', '=', deviceId).forUpdate().execute();
}

/** A device's blocks that are not released, each with how many of its numbers are used. */
export async function listOpenBlocks(db: Db, deviceId: string): Promise<(BlockRow & { used: number })[]> {
  return db
    .selectFrom('application_number_blocks as b')
    .select([
      ...BLOCK_COLUMNS,
      sql<number>`(SELECT count(*) FROM application_number_uses u
        WHERE u.centre_id = b.centre_id AND u.year = b.year
          AND u.value BETWEEN b.first_value AND b.last_value)::int`.as('used'),
    ])
    .where('b.device_id', '=', deviceId)
    .where('b.released_at', 'is', null)
    .orderBy('b.year')
    .orderBy('b.first_value')
    .execute();
}

/** Every block a device was ever given for a year, released ones included. */
export async function listDeviceBlocks(db: Db, deviceId: string, year: number): Promise<BlockRow[]> {
  return db
    .selectFrom('application_number_blocks as b')
    .select(BLOCK_COLUMNS)
    .where('b.device_id', '=', deviceId)
    .where('b.year', '=', year)
    .execute();
}

/** The used numbers of a block. */
export async function usedInBlock(db: Db, block: BlockRow): Promise<number[]> {
  const rows = await db
    .selectFrom('application_number_uses')
    .select('value')
    .where('centre_id', '=', block.centreId)
    .where('year', '=', block.year)
    .where('value', '>=', block.first)
    .where('value', '<=', block.last)
    .execute();
  return rows.map((r) => r.value);
}

/** Records a number as used; a second use of the same number fails on the primary key. */
export async function insertUse(
  db: Db,
  use: { centreId: string; year: number; value: number; deviceId: string | null; commandId: string | null },
): Promise<void> {
  await db
    .insertInto('application_number_uses')
    .values({
      centre_id: use.centreId,
      year: use.year,
      value: use.value,
      device_id: use.deviceId,
      command_id: use.commandId,
    })
    .execute();
}

/** Marks a block released: its unused numbers are gaps from now on. */
export async function markReleased(db: Db, blockId: string): Promise<void> {
  await db
    .updateTable('application_number_blocks')
    .set({ released_at: sql`now()` })
    .where('id', '=', blockId)
    .execute();
}

/** Devices whose credential expired while they still hold open blocks: their numbers can never be used. */
export async function listExpiredDevicesWithBlocks(
  db: Db,
): Promise<{ deviceId: string; centreId: string }[]> {
  return db
    .selectFrom('devices as d')
    .select(['d.id as deviceId', 'd.centre_id as centreId'])
    .where(sql<boolean>`d.expires_at < now() OR d.revoked_at IS NOT NULL`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('application_number_blocks as b')
          .select('b.id')
          .whereRef('b.device_id', '=', 'd.id')
          .where('b.released_at', 'is', null),
      ),
    )
    .execute();
}
