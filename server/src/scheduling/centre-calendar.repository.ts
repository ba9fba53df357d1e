import { sql } from 'kysely';
import type { CentreDayKind, RoutingSettings, WorkingHours } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface CentreDayRow {
  day: string;
  kind: CentreDayKind;
  note: string | null;
}

export async function listCentreDays(db: Db, centreId: string, range?: { from: string; to: string }) {
  let query = db
    .selectFrom('centre_calendar_days')
    .select(['day', 'kind', 'note'])
    .where('centre_id', '=', centreId);
  if (range) query = query.where('day', '>=', range.from).where('day', '<=', range.to);
  return (await query.orderBy('day').execute()) as CentreDayRow[];
}

export async function upsertCentreDay(
  db: Db,
  centreId: string,
  row: CentreDayRow,
  by: string,
): Promise<void> {
  await db
    .insertInto('centre_calendar_days')
    .values({ centre_id: centreId, day: row.day, kind: row.kind, note: row.note, created_by: by })
    .onConflict((oc) => oc.columns(['centre_id', 'day']).doUpdateSet({ kind: row.kind, note: row.note }))
    .execute();
}

export async function deleteCentreDay(db: Db, centreId: string, day: string): Promise<boolean> {
  const result = await db
    .deleteFrom('centre_calendar_days')
    .where('centre_id', '=', centreId)
    .where('day', '=', day)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface CentreSchedulingRow {
  id: string;
  communityId: string;
  name: string;
  phone: string | null;
  workingHours: WorkingHours;
  martialLaw: boolean;
  lat: number | null;
  lon: number | null;
  routing: RoutingSettings;
}

/** The centre's settings that scheduling needs; the point falls back to the community's first locality. */
export async function findCentreScheduling(
  db: Db,
  centreId: string,
): Promise<CentreSchedulingRow | undefined> {
  return db
    .selectFrom('centres as c')
    .select([
      'c.id',
      'c.community_id as communityId',
      'c.name',
      'c.phone',
      'c.working_hours as workingHours',
      'c.martial_law as martialLaw',
      'c.routing',
      sql<number | null>`coalesce(c.lat, (SELECT l.lat FROM localities l WHERE l.community_id = c.community_id
        AND l.lat IS NOT NULL AND l.lon IS NOT NULL ORDER BY l.created_at, l.id LIMIT 1))`.as('lat'),
      sql<number | null>`coalesce(c.lon, (SELECT l.lon FROM localities l WHERE l.community_id = c.community_id
        AND l.lat IS NOT NULL AND l.lon IS NOT NULL ORDER BY l.created_at, l.id LIMIT 1))`.as('lon'),
    ])
    .where('c.id', '=', centreId)
    .executeTakeFirst();
}

/** The centre's martial-law switch, or undefined when there is no such centre. */
export async function findMartialLaw(db: Db, centreId: string): Promise<boolean | undefined> {
  const row = await db
    .selectFrom('centres')
    .select('martial_law')
    .where('id', '=', centreId)
    .executeTakeFirst();
  return row?.martial_law;
}

export async function setMartialLaw(db: Db, centreId: string, martialLaw: boolean): Promise<void> {
  await db
    .updateTable('centres')
    .set({ martial_law: martialLaw, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', centreId)
    .execute();
}

export async function setSchedulingSettings(
  db: Db,
  centreId: string,
  settings: { lat: number; lon: number; routing: RoutingSettings },
): Promise<void> {
  await db
    .updateTable('centres')
    .set({
      lat: settings.lat,
      lon: settings.lon,
      routing: json(settings.routing),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', centreId)
    .execute();
}
