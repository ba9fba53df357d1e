import { sql } from 'kysely';
import type { WorkingHours } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface CentreRow {
  id: string;
  communityId: string;
  regionId: string;
  code: string;
  slug: string;
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  timezone: string;
  workingHours: WorkingHours;
  martialLaw: boolean;
  version: number;
}

function selectCentres(db: Db) {
  return db
    .selectFrom('centres as c')
    .innerJoin('communities as m', 'm.id', 'c.community_id')
    .select([
      'c.id',
      'c.community_id as communityId',
      'm.region_id as regionId',
      'c.code',
      'c.slug',
      'c.name',
      'c.address',
      'c.phone',
      'c.email',
      'c.timezone',
      'c.working_hours as workingHours',
      'c.martial_law as martialLaw',
      'c.version',
    ]);
}

export async function findCentre(db: Db, id: string): Promise<CentreRow | undefined> {
  return selectCentres(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findCentreBySlug(db: Db, slug: string): Promise<CentreRow | undefined> {
  return selectCentres(db).where('c.slug', '=', slug).executeTakeFirst();
}

export async function findCentreByCode(db: Db, code: string): Promise<CentreRow | undefined> {
  return selectCentres(db).where('c.code', '=', code).executeTakeFirst();
}

export async function listCentres(db: Db, filter: { regionId?: string } = {}): Promise<CentreRow[]> {
  let query = selectCentres(db);
  if (filter.regionId) query = query.where('m.region_id', '=', filter.regionId);
  return query.orderBy('c.name').execute();
}

export async function findCentreSummary(
  db: Db,
  id: string,
): Promise<{ id: string; code: string; slug: string; name: string; regionId: string } | undefined> {
  return db
    .selectFrom('centres as c')
    .innerJoin('communities as m', 'm.id', 'c.community_id')
    .select(['c.id', 'c.code', 'c.slug', 'c.name', 'm.region_id as regionId'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function findRegionSummary(
  db: Db,
  id: string,
): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('regions').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function countCentres(db: Db): Promise<number> {
  const row = await db
    .selectFrom('centres')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertCentre(
  db: Db,
  centre: {
    id: string;
    communityId: string;
    code: string;
    slug: string;
    name: string;
    address?: string | null;
    workingHours: WorkingHours;
  },
): Promise<void> {
  await db
    .insertInto('centres')
    .values({
      id: centre.id,
      community_id: centre.communityId,
      code: centre.code,
      slug: centre.slug,
      name: centre.name,
      address: centre.address ?? null,
      phone: null,
      email: null,
      working_hours: json(centre.workingHours),
    })
    .execute();
}

/**
 * Updates settings only if the row is still at `version` (optimistic concurrency: two heads editing
 * at once must not silently overwrite each other). Answers whether it was updated.
 */
export async function updateCentre(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Pick<CentreRow, 'name' | 'address' | 'phone' | 'email' | 'workingHours' | 'martialLaw'>>,
): Promise<boolean> {
  const set: Record<string, unknown> = { version: sql`version + 1`, updated_at: sql`now()` };
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.address !== undefined) set.address = changes.address;
  if (changes.phone !== undefined) set.phone = changes.phone;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.workingHours !== undefined) set.working_hours = json(changes.workingHours);
  if (changes.martialLaw !== undefined) set.martial_law = changes.martialLaw;
  const result = await db
    .updateTable('centres')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The name and phone of a centre that must exist (a plan being printed or a notice being sent). */
export async function findCentreContact(db: Db, id: string): Promise<{ name: string; phone: string | null }> {
  return db.selectFrom('centres').select(['name', 'phone']).where('id', '=', id).executeTakeFirstOrThrow();
}
