import { sql } from 'kysely';
import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';

/**
 * Recent public submissions by a keyed hash of the phone. Takes a transaction-wide advisory lock on
 * the hash first, so that two submissions for one phone at the same moment are counted one after the
 * other and cannot both slip under the limit.
 */
export async function countRecentSubmissions(db: Db, phoneHash: string, hours: number): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${phoneHash}))`.execute(db);
  const row = await db
    .selectFrom('public_submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('phone_hash', '=', phoneHash)
    .where('at', '>', sql<Date>`now() - make_interval(hours => ${hours}::int)`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Records a submission and forgets those older than two days (they count for nothing any more). */
export async function recordSubmission(db: Db, phoneHash: string): Promise<void> {
  await db.insertInto('public_submissions').values({ id: uuidv7(), phone_hash: phoneHash }).execute();
  await db
    .deleteFrom('public_submissions')
    .where('at', '<', sql<Date>`now() - interval '2 days'`)
    .execute();
}
