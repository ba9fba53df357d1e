import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface SessionRow {
  sessionId: string;
  csrfToken: string;
  personId: string;
  name: string;
  login: string;
  centreId: string | null;
  regionId: string | null;
  locale: string;
  lastSeenAt: Date;
}

export async function insertSession(
  db: Db,
  row: { id: string; personId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: row.id, person_id: row.personId, csrf_token: row.csrfToken, expires_at: row.expiresAt })
    .execute();
}

/** A live session of an active person, or undefined. */
export async function findLiveSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      'p.id as personId',
      'p.name',
      'p.login',
      'p.centre_id as centreId',
      'p.region_id as regionId',
      'p.locale',
    ])
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('p.active', '=', true)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function revokeSession(db: Db, id: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Revokes every live session of a person, optionally keeping one (the caller's own). */
export async function revokePersonSessions(db: Db, personId: string, except?: string): Promise<void> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: sql`now()` })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null);
  if (except) query = query.where('id', '!=', except);
  await query.execute();
}
