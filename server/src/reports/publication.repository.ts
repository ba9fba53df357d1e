import { sql } from 'kysely';
import type { PublishedFigures } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface PublicationRow {
  id: string;
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  figures: PublishedFigures;
  publishedAt: Date;
  publishedBy: string | null;
}

export async function insertPublication(
  db: Db,
  row: {
    id: string;
    centreId: string;
    periodCode: string;
    periodFrom: string;
    periodTo: string;
    figures: PublishedFigures;
    publishedBy: string;
  },
): Promise<void> {
  await db
    .insertInto('report_publications')
    .values({
      id: row.id,
      centre_id: row.centreId,
      period_code: row.periodCode,
      period_from: row.periodFrom,
      period_to: row.periodTo,
      figures: json(row.figures),
      published_by: row.publishedBy,
    })
    .execute();
}

function selectPublications(db: Db) {
  return db
    .selectFrom('report_publications as rp')
    .leftJoin('persons as p', 'p.id', 'rp.published_by')
    .select([
      'rp.id',
      'rp.period_code as periodCode',
      'rp.period_from as periodFrom',
      'rp.period_to as periodTo',
      'rp.figures',
      'rp.published_at as publishedAt',
      'p.name as publishedBy',
    ]);
}

export async function findPublication(db: Db, id: string): Promise<PublicationRow | undefined> {
  return selectPublications(db).where('rp.id', '=', id).executeTakeFirst();
}

/** The newest publication of each quarter of a centre, newest quarter first. */
export async function latestPublications(db: Db, centreId: string, limit: number): Promise<PublicationRow[]> {
  return selectPublications(db)
    .distinctOn('rp.period_from')
    .where('rp.centre_id', '=', centreId)
    .orderBy('rp.period_from', 'desc')
    .orderBy('rp.published_at', 'desc')
    .orderBy(sql`rp.id`, 'desc')
    .limit(limit)
    .execute();
}
