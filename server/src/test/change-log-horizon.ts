import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * Waits until every transaction that had started by now has ended, so that a pull sees all changes
 * committed so far. On PostgreSQL the horizon is cluster-wide: a test file running next to this one
 * may hold it back — the demo seeders' tests hold one transaction open for as long as seeding takes,
 * which is over a minute on a busy machine. A pull never skips such changes; it delivers them later.
 */
export async function awaitChangeHorizon(db: Db): Promise<void> {
  const snapshot = async () =>
    (
      await sql<{ xmin: string; xmax: string }>`
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
               pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`.execute(db)
    ).rows[0]!;
  const target = BigInt((await snapshot()).xmax);
  for (let attempt = 0; attempt < 6000; attempt += 1) {
    if (BigInt((await snapshot()).xmin) >= target) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('A transaction elsewhere stayed open for two and a half minutes.');
}
