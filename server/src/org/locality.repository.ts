import type { Db } from '../db/database.js';

export interface LocalityRow {
  id: string;
  communityId: string;
  name: string;
  katotth: string | null;
  lat: number | null;
  lon: number | null;
  remote: boolean;
}

const COLUMNS = ['id', 'community_id as communityId', 'name', 'katotth', 'lat', 'lon', 'remote'] as const;

export async function listLocalities(db: Db, communityId: string): Promise<LocalityRow[]> {
  return db
    .selectFrom('localities')
    .select(COLUMNS)
    .where('community_id', '=', communityId)
    .orderBy('name')
    .execute();
}

export async function findLocality(db: Db, id: string): Promise<LocalityRow | undefined> {
  return db.selectFrom('localities').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function insertLocality(db: Db, row: LocalityRow): Promise<void> {
  await db
    .insertInto('localities')
    .values({
      id: row.id,
      community_id: row.communityId,
      name: row.name,
      katotth: row.katotth,
      lat: row.lat,
      lon: row.lon,
      remote: row.remote,
    })
    .execute();
}

export async function updateLocality(db: Db, row: LocalityRow): Promise<void> {
  await db
    .updateTable('localities')
    .set({ name: row.name, katotth: row.katotth, lat: row.lat, lon: row.lon, remote: row.remote })
    .where('id', '=', row.id)
    .execute();
}
