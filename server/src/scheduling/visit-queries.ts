import type { Visit } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf, hasRole } from '../auth/policy.js';
import { problem } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { crewOf } from './bookings.repository.js';
import { assertDayRange } from './day-range.js';
import { findPlanningRequests } from './request-source.repository.js';
import { presentVisit } from './visit.presenter.js';
import { findVisit, listVisits as listVisitRows, type VisitRow } from './visit.repository.js';

/** Presents visits in one go: their requests and crews are read in two queries, not per visit. */
export async function presentVisits(db: Db, rows: readonly VisitRow[]): Promise<Visit[]> {
  const requests = new Map(
    (await findPlanningRequests(db, [...new Set(rows.map((v) => v.requestId))])).map((r) => [r.id, r]),
  );
  const crews = await crewOf(db, {
    visitIds: rows.filter((v) => !v.outreachSessionId).map((v) => v.id),
    sessionIds: [...new Set(rows.flatMap((v) => (v.outreachSessionId ? [v.outreachSessionId] : [])))],
  });
  return rows.map((v) =>
    presentVisit(v, requests.get(v.requestId)!, crews.get(v.outreachSessionId ?? v.id) ?? []),
  );
}

/**
 * Whether the actor sees every visit of the centre — heads and operators plan them, technicians
 * ready the kits for them — or only goes out and sees their own.
 */
export function plansVisits(actor: Actor): boolean {
  return hasRole(actor, 'head', 'operator', 'technician');
}

/**
 * Visits of a period. Heads and operators see the centre's; an administrator sees only the visits
 * they are booked on, whatever `personId` they ask for.
 */
export async function listCentreVisits(
  db: Db,
  actor: Actor,
  query: { from: string; to: string; personId?: string | undefined; status?: string | undefined },
): Promise<Visit[]> {
  const centreId = centreOf(actor);
  assertDayRange(query.from, query.to, 92);
  if (!plansVisits(actor) && !hasRole(actor, 'administrator')) throw problem('forbidden');
  const personId = plansVisits(actor) ? query.personId : actor.personId;
  return presentVisits(db, await listVisitRows(db, centreId, { ...query, personId }));
}

export async function getVisit(db: Db, actor: Actor, id: string): Promise<Visit> {
  const visit = await findVisit(db, id);
  assertSameCentre(actor, visit?.centreId);
  const [presented] = await presentVisits(db, [visit!]);
  if (!plansVisits(actor) && !presented!.staffIds.includes(actor.personId)) throw problem('not_found');
  return presented!;
}
