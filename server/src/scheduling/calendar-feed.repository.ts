import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** When the person's current feed link was made, if they have one. */
export async function findFeedCreatedAt(db: Db, personId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.created_at;
}

/** Stores the hash of a person's new feed token, replacing the previous one. */
export async function upsertFeedToken(
  db: Db,
  feed: { personId: string; centreId: string; tokenHash: string; createdBy: string },
): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({
      person_id: feed.personId,
      centre_id: feed.centreId,
      token_hash: feed.tokenHash,
      created_by: feed.createdBy,
    })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ token_hash: feed.tokenHash, created_by: feed.createdBy, created_at: sql`now()` }),
    )
    .execute();
}

export async function deleteFeed(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
}

/** The person and centre a feed token hash belongs to. */
export async function findFeedByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ person_id: string; centre_id: string } | undefined> {
  return db
    .selectFrom('calendar_feeds')
    .select(['person_id', 'centre_id'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The street and locality of each request, nothing more (what a calendar event may say). */
export async function listRequestStreets(
  db: Db,
  requestIds: readonly string[],
): Promise<{ id: string; street: string | null; locality: string | null }[]> {
  if (requestIds.length === 0) return [];
  const result = await sql<{ id: string; street: string | null; locality: string | null }>`
    SELECT r.id, r.street, coalesce(l.name, r.locality_name) AS locality
    FROM requests r LEFT JOIN localities l ON l.id = r.locality_id WHERE r.id IN (${sql.join(requestIds)})`.execute(
    db,
  );
  return result.rows;
}
