import type { Db } from '../db/database.js';

export interface RegionRow {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface CommunityRow {
  id: string;
  regionId: string;
  name: string;
  katotth: string | null;
}

export async function listRegions(db: Db): Promise<RegionRow[]> {
  return db.selectFrom('regions').select(['id', 'name', 'name_en as nameEn']).orderBy('name').execute();
}

export async function findRegion(db: Db, id: string): Promise<RegionRow | undefined> {
  return db
    .selectFrom('regions')
    .select(['id', 'name', 'name_en as nameEn'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRegion(db: Db, region: RegionRow): Promise<void> {
  await db
    .insertInto('regions')
    .values({ id: region.id, name: region.name, name_en: region.nameEn })
    .execute();
}

export async function listCommunities(db: Db, regionId?: string): Promise<CommunityRow[]> {
  let query = db.selectFrom('communities').select(['id', 'region_id as regionId', 'name', 'katotth']);
  if (regionId) query = query.where('region_id', '=', regionId);
  return query.orderBy('name').execute();
}

export async function findCommunity(db: Db, id: string): Promise<CommunityRow | undefined> {
  return db
    .selectFrom('communities')
    .select(['id', 'region_id as regionId', 'name', 'katotth'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCommunity(db: Db, community: CommunityRow): Promise<void> {
  await db
    .insertInto('communities')
    .values({
      id: community.id,
      region_id: community.regionId,
      name: community.name,
      katotth: community.katotth,
    })
    .execute();
}
