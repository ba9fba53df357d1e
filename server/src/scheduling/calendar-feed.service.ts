import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { addDays, civilDateIn, problem, type CalendarFeed, type PlanSnapshot } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, hasRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findPerson } from '../org/person.repository.js';
import { icsCalendar, type IcsEvent } from './ics.js';
import { latestApprovals } from './plan.repository.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The person whose feed it is, of the actor's centre; only they and a head may manage it. */
async function feedOwner(db: Db, actor: Actor, personId: string): Promise<string> {
  const person = await findPerson(db, personId);
  assertSameCentre(actor, person?.centreId);
  if (actor.personId !== personId && !hasRole(actor, 'head')) throw problem('forbidden');
  return person!.centreId!;
}

export async function calendarFeedOf(db: Db, actor: Actor, personId: string): Promise<CalendarFeed> {
  await feedOwner(db, actor, personId);
  const row = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return { personId, active: Boolean(row), createdAt: row?.created_at.toISOString() ?? null, url: null };
}

/**
 * Makes a new subscription link (the old one stops working at once). The token is shown this once;
 * only its SHA-256 is kept, so nobody can read it back from the database.
 */
export async function rotateCalendarFeed(
  db: Db,
  actor: Actor,
  personId: string,
  publicUrl: string,
): Promise<CalendarFeed> {
  return inTransaction(db, async (tx) => {
    const centreId = await feedOwner(tx, actor, personId);
    const token = randomBytes(32).toString('base64url');
    await tx
      .insertInto('calendar_feeds')
      .values({
        person_id: personId,
        centre_id: centreId,
        token_hash: hashOf(token),
        created_by: actor.personId,
      })
      .onConflict((oc) =>
        oc
          .column('person_id')
          .doUpdateSet({ token_hash: hashOf(token), created_by: actor.personId, created_at: sql`now()` }),
      )
      .execute();
    await audit(tx, actor, 'calendar_feed.rotated', { type: 'person', id: personId, centreId });
    return {
      personId,
      active: true,
      createdAt: new Date().toISOString(),
      url: `${publicUrl}/api/v1/public/calendar/${token}.ics`,
    };
  });
}

export async function revokeCalendarFeed(db: Db, actor: Actor, personId: string): Promise<CalendarFeed> {
  return inTransaction(db, async (tx) => {
    const centreId = await feedOwner(tx, actor, personId);
    await tx.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
    await audit(tx, actor, 'calendar_feed.revoked', { type: 'person', id: personId, centreId });
    return { personId, active: false, createdAt: null, url: null };
  });
}

/**
 * The feed behind a token: the person's approved visits and outreach sessions from two weeks back
 * to two months ahead. Calendar apps copy events to outside servers, so an event says only when,
 * the request number and the locality and street — no names, phones or anything about health.
 */
export async function calendarFeedIcs(db: Db, token: string, now = new Date()): Promise<string> {
  const feed = await db
    .selectFrom('calendar_feeds')
    .select(['person_id', 'centre_id'])
    .where('token_hash', '=', hashOf(token))
    .executeTakeFirst();
  if (!feed) throw problem('calendar_feed.not_found');
  const today = civilDateIn(now);
  const approvals = await latestApprovals(db, feed.centre_id, addDays(today, -14), addDays(today, 60));
  const mine = approvals.flatMap((a) => {
    const snapshot = a.snapshot as PlanSnapshot;
    return [
      ...snapshot.visits
        .filter(
          (v) =>
            v.staffIds.includes(feed.person_id) || v.companions.some((c) => c.personId === feed.person_id),
        )
        .map((v) => ({ kind: 'visit' as const, v, a })),
      ...snapshot.sessions
        .filter((s) => s.staffIds.includes(feed.person_id))
        .map((s) => ({ kind: 'session' as const, s, a })),
    ];
  });
  const requestIds = mine.flatMap((e) => (e.kind === 'visit' ? [e.v.requestId] : []));
  const streets = requestIds.length
    ? await sql<{ id: string; street: string | null; locality: string | null }>`
        SELECT r.id, r.street, coalesce(l.name, r.locality_name) AS locality
        FROM requests r LEFT JOIN localities l ON l.id = r.locality_id WHERE r.id IN (${sql.join(requestIds)})`.execute(
        db,
      )
    : { rows: [] };
  const place = new Map(
    streets.rows.map((r) => [r.id, [r.locality, r.street].filter(Boolean).join(', ') || null]),
  );
  const events: IcsEvent[] = mine.map((e) =>
    e.kind === 'visit'
      ? {
          uid: `visit-${e.v.id}@valiza`,
          start: new Date(e.v.startsAt),
          end: new Date(e.v.endsAt),
          summary: `Виїзд: заявка ${e.v.requestNumber}`,
          location: place.get(e.v.requestId) ?? null,
          stamp: e.a.approvedAt,
          sequence: e.a.number,
        }
      : {
          uid: `session-${e.s.id}@valiza`,
          start: new Date(e.s.startsAt),
          end: new Date(e.s.endsAt),
          summary: `Виїзний прийом: ${e.s.pointName}`,
          location: e.s.address,
          stamp: e.a.approvedAt,
          sequence: e.a.number,
        },
  );
  return icsCalendar('Valiza — мої виїзди', events);
}
