import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface KitRow {
  id: string;
  centreId: string;
  code: string;
  inventoryNumber: string | null;
  components: { name: string; serial?: string | null }[];
  notes: string | null;
  active: boolean;
}

const COLUMNS = [
  'id',
  'centre_id as centreId',
  'code',
  'inventory_number as inventoryNumber',
  'components',
  'notes',
  'active',
] as const;

export async function listKits(db: Db, centreId: string): Promise<KitRow[]> {
  return db.selectFrom('kits').select(COLUMNS).where('centre_id', '=', centreId).orderBy('code').execute();
}

export async function findKit(db: Db, id: string): Promise<KitRow | undefined> {
  return db.selectFrom('kits').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function insertKit(db: Db, kit: KitRow): Promise<void> {
  await db
    .insertInto('kits')
    .values({
      id: kit.id,
      centre_id: kit.centreId,
      code: kit.code,
      inventory_number: kit.inventoryNumber,
      components: json(kit.components),
      notes: kit.notes,
      active: kit.active,
    })
    .execute();
}

export async function updateKit(db: Db, kit: KitRow): Promise<void> {
  await db
    .updateTable('kits')
    .set({
      code: kit.code,
      inventory_number: kit.inventoryNumber,
      components: json(kit.components),
      notes: kit.notes,
      active: kit.active,
      updated_at: sql`now()`,
    })
    .where('id', '=', kit.id)
    .execute();
}
