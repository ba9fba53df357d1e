import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** When the login is locked until, if it is locked now. */
export async function lockedUntil(db: Db, login: string): Promise<Date | null> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('login', '=', login)
    .where('locked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/**
 * Counts one failure atomically (two wrong attempts at the same instant both count) and locks the
 * login once `threshold` failures fall inside one lockout window.
 */
export async function recordFailure(
  db: Db,
  login: string,
  threshold: number,
  lockoutMinutes: number,
): Promise<Date | null> {
  const window = sql`make_interval(mins => ${lockoutMinutes})`;
  const row = await sql<{ locked_until: Date | null }>`
    INSERT INTO login_throttle AS t (login, failures, first_failure_at)
    VALUES (${login}, 1, now())
    ON CONFLICT (login) DO UPDATE SET
      failures = CASE WHEN t.first_failure_at < now() - ${window} THEN 1 ELSE t.failures + 1 END,
      first_failure_at = CASE WHEN t.first_failure_at < now() - ${window} THEN now() ELSE t.first_failure_at END
    RETURNING failures, locked_until`.execute(db);
  const failures = (row.rows[0] as { failures?: number } | undefined)?.failures ?? 0;
  if (failures < threshold) return null;
  const locked = await db
    .updateTable('login_throttle')
    .set({ locked_until: sql`now() + ${window}`, failures: 0, first_failure_at: sql`now()` })
    .where('login', '=', login)
    .returning('locked_until')
    .executeTakeFirst();
  return locked?.locked_until ?? null;
}

export async function clearFailures(db: Db, login: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('login', '=', login).execute();
}
