import { createHash, randomBytes } from 'node:crypto';
import { addDays, civilDateIn, problem, type CalendarFeed, type PlanSnapshot } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, hasRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findPerson } from '../org/person.repository.js';
import {
  deleteFeed,
  findFeedByTokenHash,
  findFeedCreatedAt,
  listRequestStreets,
  upsertFeedToken,
} from './calendar-feed.repository.js';
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
  const createdAt = await findFeedCreatedAt(db, personId);
  return { personId, active: Boolean(createdAt), createdAt: createdAt?.toISOString() ?? null, url: null };
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
    await upsertFeedToken(tx, { personId, centreId, tokenHash: hashOf(token), createdBy: actor.personId });
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
    await deleteFeed(tx, personId);
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
  const feed = await findFeedByTokenHash(db, hashOf(token));
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
  const streets = await listRequestStreets(db, requestIds);
  const place = new Map(
    streets.map((r) => [r.id, [r.locality, r.street].filter(Boolean).join(', ') || null]),
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
