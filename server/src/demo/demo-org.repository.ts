import type { Db } from '../db/database.js';

/** Whether the demo organisation is already there (Kamianske's centre is found by its slug). */
export async function demoOrgSeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('centres').select('id').where('slug', '=', 'kamianske').executeTakeFirst();
  return row !== undefined;
}

/** Sets a new centre's phone without moving its version (the demo writes it right after the centre). */
export async function setCentrePhone(db: Db, centreId: string, phone: string): Promise<void> {
  await db.updateTable('centres').set({ phone }).where('id', '=', centreId).execute();
}

/** The demo centres with their community and region, and every person, locality, kit and point by key. */
export async function demoOrgKeys(db: Db) {
  const centres = await db
    .selectFrom('centres as c')
    .innerJoin('communities as m', 'm.id', 'c.community_id')
    .select(['c.id', 'c.slug', 'c.community_id as communityId', 'm.region_id as regionId'])
    .where('c.slug', 'in', ['kamianske', 'pyriatyn'])
    .execute();
  const persons = await db.selectFrom('persons').select(['id', 'login']).execute();
  const localities = await db.selectFrom('localities').select(['id', 'name']).execute();
  const kits = await db.selectFrom('kits').select(['id', 'code']).execute();
  const points = await db.selectFrom('outreach_points').select(['id', 'name']).execute();
  return { centres, persons, localities, kits, points };
}
