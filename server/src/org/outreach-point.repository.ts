import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface OutreachPointRow {
  id: string;
  centreId: string;
  name: string;
  address: string;
  localityId: string | null;
  usualHours: string | null;
  lat: number | null;
  lon: number | null;
  active: boolean;
}

const COLUMNS = [
  'id',
  'centre_id as centreId',
  'name',
  'address',
  'locality_id as localityId',
  'usual_hours as usualHours',
  'lat',
  'lon',
  'active',
] as const;

export async function listOutreachPoints(db: Db, centreId: string): Promise<OutreachPointRow[]> {
  return db
    .selectFrom('outreach_points')
    .select(COLUMNS)
    .where('centre_id', '=', centreId)
    .orderBy('name')
    .execute();
}

export async function findOutreachPoint(db: Db, id: string): Promise<OutreachPointRow | undefined> {
  return db.selectFrom('outreach_points').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function insertOutreachPoint(db: Db, row: OutreachPointRow): Promise<void> {
  await db
    .insertInto('outreach_points')
    .values({
      id: row.id,
      centre_id: row.centreId,
      name: row.name,
      address: row.address,
      locality_id: row.localityId,
      usual_hours: row.usualHours,
      lat: row.lat,
      lon: row.lon,
      active: row.active,
    })
    .execute();
}

export async function updateOutreachPoint(db: Db, row: OutreachPointRow): Promise<void> {
  await db
    .updateTable('outreach_points')
    .set({
      name: row.name,
      address: row.address,
      locality_id: row.localityId,
      usual_hours: row.usualHours,
      lat: row.lat,
      lon: row.lon,
      active: row.active,
      updated_at: sql`now()`,
    })
    .where('id', '=', row.id)
    .execute();
}
