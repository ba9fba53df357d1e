import type { Db } from '../db/database.js';

/** People by id with their centre, whether active, and whether they hold the administrator role. */
export async function findCrewCandidates(
  db: Db,
  personIds: readonly string[],
): Promise<{ id: string; centreId: string | null; active: boolean; administrator: boolean }[]> {
  const rows = await db
    .selectFrom('persons as p')
    .select([
      'p.id',
      'p.centre_id as centreId',
      'p.active',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('person_roles as r')
              .whereRef('r.person_id', '=', 'p.id')
              .where('r.role', '=', 'administrator'),
          )
          .as('administrator'),
    ])
    .where('p.id', 'in', [...personIds])
    .execute();
  return rows.map((r) => ({ ...r, administrator: Boolean(r.administrator) }));
}

/** People by id with their centre and whether they are active. */
export async function findPeopleStatus(
  db: Db,
  personIds: readonly string[],
): Promise<{ id: string; centreId: string | null; active: boolean }[]> {
  return db
    .selectFrom('persons')
    .select(['id', 'centre_id as centreId', 'active'])
    .where('id', 'in', [...personIds])
    .execute();
}

/** The names of the given people (for messages that name them). */
export async function listPersonNames(
  db: Db,
  personIds: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'name'])
    .where('id', 'in', [...personIds])
    .execute();
}

/** The names of everybody of a centre. */
export async function listCentrePersonNames(
  db: Db,
  centreId: string,
): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('persons').select(['id', 'name']).where('centre_id', '=', centreId).execute();
}

/** The codes of the given kits, ordered by code. */
export async function listKitCodes(
  db: Db,
  kitIds: readonly string[],
): Promise<{ id: string; code: string }[]> {
  if (kitIds.length === 0) return [];
  return db
    .selectFrom('kits')
    .select(['id', 'code'])
    .where('id', 'in', [...kitIds])
    .orderBy('code')
    .execute();
}
