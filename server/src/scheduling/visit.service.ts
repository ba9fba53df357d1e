import {
  problem,
  uuidv7,
  type CancelVisitBody,
  type ChangeVisitBody,
  type PlaceVisitBody,
  type Visit,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { notifyApplicant } from '../notifications/visit-notices.js';
import { markScheduled, markUnscheduled } from '../requests/request-lifecycle.js';
import { book, crewOf, dropBookings, releaseBookings } from './bookings.repository.js';
import { findSession, lockSession } from './outreach.repository.js';
import { touchPlan } from './plan.repository.js';
import { findPlanningRequests, lockRequest, type PlanningRequest } from './request-source.repository.js';
import { checkHomePlacement, storedCompanions, type HomePlacement } from './visit-placement.js';
import { presentVisit } from './visit.presenter.js';
import {
  findVisit,
  findPlannedVisitId,
  findVisitForUpdate,
  hasPlannedVisit,
  insertVisit,
  updateVisit,
  type VisitRow,
} from './visit.repository.js';
import { clockTime } from './outreach.presenter.js';

/** Records a change to a day's plan; a change after approval is audited as such. */
export async function planChanged(tx: Db, actor: Actor, centreId: string, day: string, visitId: string) {
  const before = await touchPlan(tx, centreId, day);
  if (before.state === 'approved')
    await audit(
      tx,
      actor,
      'plan.changed_after_approval',
      { type: 'plan', id: before.id, centreId },
      { day, visitId },
    );
}

async function requestOf(tx: Db, actor: Actor, requestId: string): Promise<PlanningRequest> {
  const [request] = await findPlanningRequests(tx, [requestId]);
  assertSameCentre(actor, request?.centreId);
  return request!;
}

async function present(tx: Db, visit: VisitRow, request: PlanningRequest): Promise<Visit> {
  const owner = visit.outreachSessionId ?? visit.id;
  const crew = await crewOf(tx, visit.outreachSessionId ? { sessionIds: [owner] } : { visitIds: [owner] });
  return presentVisit(visit, request, crew.get(owner) ?? []);
}

async function outreachRow(tx: Db, actor: Actor, id: string, request: PlanningRequest, sessionId: string) {
  await lockSession(tx, sessionId);
  const session = await findSession(tx, sessionId);
  assertSameCentre(actor, session?.centreId);
  if (session!.status !== 'planned' || session!.endsAt.getTime() <= Date.now())
    throw problem('visit.session_closed');
  const capacity = Math.round((session!.endsAt.getTime() - session!.startsAt.getTime()) / 60_000);
  const free = capacity - session!.bookedMinutes;
  if (request.serviceMinutes > free)
    throw problem('visit.session_full', {
      params: { date: session!.day.split('-').reverse().join('.'), needed: request.serviceMinutes, free },
    });
  return { day: session!.day, startsAt: session!.startsAt, endsAt: session!.endsAt, kitId: session!.kitId };
}

/**
 * Places an eligible request: at the applicant's place with a crew, a kit and a window, or into an
 * outreach session with room left. Operators draft placements; heads also override working time.
 * A resent save with the same id answers the visit already made.
 */
export async function placeVisit(db: Db, actor: Actor, body: PlaceVisitBody): Promise<Visit> {
  const centreId = centreOf(actor, 'head', 'operator');
  const id = body.id ?? uuidv7();
  try {
    return await inTransaction(db, async (tx) => {
      await lockRequest(tx, body.requestId);
      const request = await requestOf(tx, actor, body.requestId);
      const existing = await findVisit(tx, id);
      if (existing) {
        if (existing.requestId !== body.requestId || existing.centreId !== centreId)
          throw problem('conflict');
        return present(tx, existing, request);
      }
      // A scheduled request without a planned visit (its visit was taken off elsewhere) may be placed again.
      const placeable =
        request.state === 'eligible' ||
        (request.state === 'scheduled' && !(await hasPlannedVisit(tx, request.id)));
      if (!placeable) throw problem('visit.request_not_schedulable', { params: { state: request.state } });
      const base = {
        id,
        centreId,
        requestId: request.id,
        status: 'planned' as const,
        serviceMinutes: request.serviceMinutes,
      };
      let row: VisitRow;
      if (body.kind === 'home') {
        const placement: HomePlacement = {
          ...body,
          companions: storedCompanions(body.companions),
          overrideReason: body.overrideReason ?? null,
        };
        const occupancy = await checkHomePlacement(tx, actor, centreId, id, placement);
        row = {
          ...base,
          kind: 'home',
          day: body.day,
          startsAt: occupancy.startsAt,
          endsAt: occupancy.endsAt,
          kitId: body.kitId,
          outreachSessionId: null,
          companions: placement.companions,
          sequence: null,
          overrideReason: placement.overrideReason,
          cancelReason: null,
          version: 1,
        };
        await insertVisit(tx, row, actor.personId);
        await book(tx, occupancy);
      } else {
        const slot = await outreachRow(tx, actor, id, request, body.outreachSessionId);
        row = {
          ...base,
          kind: 'outreach',
          ...slot,
          outreachSessionId: body.outreachSessionId,
          companions: [],
          sequence: null,
          overrideReason: null,
          cancelReason: null,
          version: 1,
        };
        await insertVisit(tx, row, actor.personId);
      }
      await markScheduled(tx, actor, request.id, row.day);
      await planChanged(tx, actor, centreId, row.day, id);
      await notifyApplicant(tx, row, request, 'scheduled');
      await audit(
        tx,
        actor,
        'visit.placed',
        { type: 'visit', id, centreId },
        { requestId: request.id, day: row.day, override: Boolean(row.overrideReason) },
      );
      return present(tx, row, request);
    });
  } catch (error) {
    // Two planners placing the same request at once: the partial unique index keeps one visit.
    if (isUniqueViolation(error, 'visits_one_planned_per_request'))
      throw problem('visit.request_not_schedulable', { params: { state: 'scheduled' } });
    throw error;
  }
}

async function lockedVisit(tx: Db, actor: Actor, id: string, version: number): Promise<VisitRow> {
  const visit = await findVisitForUpdate(tx, id);
  assertSameCentre(actor, visit?.centreId);
  assertRole(actor, 'head', 'operator');
  if (visit!.status !== 'planned') throw problem('visit.not_changeable');
  if (visit!.version !== version) throw problem('visit.stale');
  return visit!;
}

/** Moves a home visit to another day or window, or changes its crew, kit or companions. */
export async function changeVisit(db: Db, actor: Actor, id: string, body: ChangeVisitBody): Promise<Visit> {
  return inTransaction(db, async (tx) => {
    const visit = await lockedVisit(tx, actor, id, body.version);
    const request = await requestOf(tx, actor, visit.requestId);
    if (visit.kind !== 'home') throw problem('visit.not_changeable');
    const crew = (await crewOf(tx, { visitIds: [id] })).get(id) ?? [];
    const placement: HomePlacement = {
      day: body.day ?? visit.day,
      startTime: body.startTime ?? clockTime(visit.startsAt),
      endTime: body.endTime ?? clockTime(visit.endsAt),
      staffIds: body.staffIds ?? crew,
      kitId: body.kitId ?? visit.kitId,
      companions: body.companions ? storedCompanions(body.companions) : visit.companions,
      overrideReason: body.overrideReason === undefined ? visit.overrideReason : body.overrideReason,
    };
    await dropBookings(tx, { visitId: id });
    const occupancy = await checkHomePlacement(tx, actor, visit.centreId, id, placement);
    const moved =
      placement.day !== visit.day ||
      occupancy.startsAt.getTime() !== visit.startsAt.getTime() ||
      occupancy.endsAt.getTime() !== visit.endsAt.getTime();
    const row: VisitRow = {
      ...visit,
      day: placement.day,
      startsAt: occupancy.startsAt,
      endsAt: occupancy.endsAt,
      kitId: placement.kitId,
      companions: placement.companions,
      overrideReason: placement.overrideReason,
      sequence: moved ? null : visit.sequence,
      version: visit.version + 1,
    };
    await updateVisit(tx, row);
    await book(tx, occupancy);
    await planChanged(tx, actor, visit.centreId, visit.day, id);
    if (row.day !== visit.day) {
      await planChanged(tx, actor, visit.centreId, row.day, id);
      await markScheduled(tx, actor, visit.requestId, row.day);
    }
    if (moved) await notifyApplicant(tx, row, request, 'changed');
    await audit(
      tx,
      actor,
      'visit.changed',
      { type: 'visit', id, centreId: visit.centreId },
      { fromDay: visit.day, toDay: row.day, moved },
    );
    return present(tx, row, request);
  });
}

/** Takes a visit off the plan; the request waits for a new placement, and the applicant is told. */
export async function cancelVisit(db: Db, actor: Actor, id: string, body: CancelVisitBody): Promise<Visit> {
  return inTransaction(db, async (tx) => {
    const visit = await lockedVisit(tx, actor, id, body.version);
    const request = await requestOf(tx, actor, visit.requestId);
    const row: VisitRow = {
      ...visit,
      status: 'cancelled',
      cancelReason: body.reason,
      version: visit.version + 1,
    };
    await updateVisit(tx, row);
    await releaseBookings(tx, { visitId: id });
    await markUnscheduled(tx, actor, visit.requestId);
    await planChanged(tx, actor, visit.centreId, visit.day, id);
    await notifyApplicant(tx, row, request, 'cancelled');
    await audit(
      tx,
      actor,
      'visit.cancelled',
      { type: 'visit', id, centreId: visit.centreId },
      { day: visit.day },
    );
    return present(tx, row, request);
  });
}

/**
 * Takes the planned visit of a request off its plan when the request itself ends elsewhere — the
 * office cancels it — inside the caller's transaction: bookings released, the plan marked changed,
 * the applicant told. The request's own state is left to the caller. Does nothing when no visit is
 * planned.
 */
export async function releaseVisitOfRequest(
  tx: Db,
  actor: Actor,
  requestId: string,
  reason: string,
): Promise<void> {
  const plannedId = await findPlannedVisitId(tx, requestId);
  if (!plannedId) return;
  const visit = (await findVisitForUpdate(tx, plannedId))!;
  assertSameCentre(actor, visit.centreId);
  const request = await requestOf(tx, actor, requestId);
  const row: VisitRow = { ...visit, status: 'cancelled', cancelReason: reason, version: visit.version + 1 };
  await updateVisit(tx, row);
  await releaseBookings(tx, { visitId: visit.id });
  await planChanged(tx, actor, visit.centreId, visit.day, visit.id);
  await notifyApplicant(tx, row, request, 'cancelled');
  await audit(
    tx,
    actor,
    'visit.cancelled',
    { type: 'visit', id: visit.id, centreId: visit.centreId },
    { day: visit.day, byRequest: true },
  );
}
