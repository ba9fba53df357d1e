import { formatDate, problem } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { notifyApplicant } from '../notifications/visit-notices.js';
import type { SessionRow } from './outreach.repository.js';
import { findPlanningRequests } from './request-source.repository.js';
import { moveSessionVisits } from './visit.repository.js';

/** The session's place and window after a schedule change. */
export interface SessionChange {
  outreachPointId: string;
  startsAt: Date;
  endsAt: Date;
  kitId: string;
}

/**
 * Refuses a new window that cannot hold the minutes already booked into the session: the head moves
 * some of those visits first, as placing them would have been refused.
 */
export function assertRoomFor(session: SessionRow, change: SessionChange): void {
  const capacity = Math.round((change.endsAt.getTime() - change.startsAt.getTime()) / 60_000);
  if (session.bookedMinutes > capacity)
    throw problem('outreach.session_too_short', {
      params: { date: formatDate(session.day), booked: session.bookedMinutes, capacity },
    });
}

/**
 * Takes the visits booked into a session along when the session moves, so that they keep its
 * window and kit. When the time or the place changed, each applicant is told, as for any moved visit
 * (a new crew or kit alone changes nothing for them).
 */
export async function followSession(tx: Db, session: SessionRow, change: SessionChange): Promise<void> {
  if (session.bookings === 0) return;
  const moved = await moveSessionVisits(tx, session.id, change);
  const noticeable =
    session.startsAt.getTime() !== change.startsAt.getTime() ||
    session.endsAt.getTime() !== change.endsAt.getTime() ||
    session.outreachPointId !== change.outreachPointId;
  if (!noticeable || moved.length === 0) return;
  const requests = new Map(
    (await findPlanningRequests(tx, [...new Set(moved.map((v) => v.requestId))])).map((r) => [r.id, r]),
  );
  for (const visit of moved) await notifyApplicant(tx, visit, requests.get(visit.requestId)!, 'changed');
}
