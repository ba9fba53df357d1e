import {
  assertCivilDate,
  fieldOutcomeSettlement,
  problem,
  type RequestStateAfterVisit,
  type RequestTransitionBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { releaseVisitOfRequest } from '../scheduling/visit.service.js';
import { applyTransition, withLockedRequest, writeTransition } from './request-state.service.js';
import { updateRequest } from './request.repository.js';

/**
 * The state changes of a request. The office decides and cancels through the API; planning and
 * visits call the `mark…` functions inside their own transactions. Each locks the request row, checks
 * that it belongs to the actor's centre (`not_found` otherwise), follows the state machine of
 * `@valiza/domain` and leaves a history line and an audit line.
 */

/** The office's decision (`eligible`, `rejected` with a reason) or a cancellation. Operators and heads. */
export async function transitionRequest(
  db: Db,
  actor: Actor,
  id: string,
  body: RequestTransitionBody,
): Promise<void> {
  await withLockedRequest(db, actor, id, async (tx, request) => {
    assertRole(actor, 'operator', 'head');
    // A cancelled request must not keep its administrator and kit booked on the plan.
    if (body.to === 'cancelled' && request.state === 'scheduled') {
      await releaseVisitOfRequest(tx, actor, id, body.reason ?? '');
    }
    await applyTransition(
      tx,
      actor,
      request,
      body.to,
      { reason: body.reason, cancelledBy: body.cancelledBy },
      { by: 'office', version: body.version },
    );
  });
}

/**
 * Puts an eligible request on a plan for `plannedDate` (`YYYY-MM-DD`), or moves the date of one that
 * is already scheduled. The date is what the public status page shows.
 */
export async function markScheduled(
  tx: Db,
  actor: Actor,
  requestId: string,
  plannedDate: string,
): Promise<void> {
  assertCivilDate(plannedDate);
  await withLockedRequest(tx, actor, requestId, async (t, request) => {
    if (request.state !== 'scheduled') {
      await applyTransition(
        t,
        actor,
        request,
        'scheduled',
        { plannedDate },
        { by: 'scheduling', version: null },
      );
      return;
    }
    if (request.plannedDate === plannedDate) return;
    if (!(await updateRequest(t, request.id, null, { planned_date: plannedDate }))) throw problem('conflict');
    await audit(t, actor, 'request.rescheduled', {
      type: 'request',
      id: request.id,
      centreId: request.centreId,
    });
  });
}

/** Takes a scheduled request off its plan: it is eligible again and has no planned date. */
export async function markUnscheduled(tx: Db, actor: Actor, requestId: string): Promise<void> {
  await withLockedRequest(tx, actor, requestId, (t, request) =>
    applyTransition(t, actor, request, 'eligible', {}, { by: 'scheduling', version: null }),
  );
}

/** The visit took place. */
export async function markCompleted(tx: Db, actor: Actor, requestId: string): Promise<void> {
  await withLockedRequest(tx, actor, requestId, (t, request) =>
    applyTransition(t, actor, request, 'completed', {}, { by: 'visit', version: null }),
  );
}

/** Nobody was there to meet the visit. */
export async function markNoShow(tx: Db, actor: Actor, requestId: string, reason?: string): Promise<void> {
  await withLockedRequest(tx, actor, requestId, (t, request) =>
    applyTransition(t, actor, request, 'no_show', { reason: reason ?? null }, { by: 'visit', version: null }),
  );
}

/** Cancels an open request, saying on whose side and why (for example doubtful capacity at a visit). */
export async function cancelRequest(
  tx: Db,
  actor: Actor,
  requestId: string,
  cancellation: { by: 'applicant' | 'requester' | 'centre'; reason: string },
): Promise<void> {
  await withLockedRequest(tx, actor, requestId, (t, request) =>
    applyTransition(
      t,
      actor,
      request,
      'cancelled',
      { cancelledBy: cancellation.by, reason: cancellation.reason },
      { by: 'office', version: null },
    ),
  );
}

/**
 * The head applies a field outcome after all, resolving a conflict: the request goes where the
 * visit's outcome leads (`fieldOutcomeSettlement` of the domain says from which states it may), with
 * the head's note as the reason. A visit still planned for the request — the moved visit itself, or a
 * new placement — is taken off its plan first, as when the office cancels a request. Answers the
 * state the request left, or null when it already was where the outcome leads.
 */
export async function settleByFieldOutcome(
  tx: Db,
  actor: Actor,
  requestId: string,
  after: RequestStateAfterVisit,
  decision: { note: string; cancelledBy: 'applicant' | 'centre' },
): Promise<string | null> {
  return withLockedRequest(tx, actor, requestId, async (t, request) => {
    assertRole(actor, 'head');
    const settlement = fieldOutcomeSettlement(request.state, after.to);
    if (settlement === 'refused')
      throw problem('requests.transition_not_allowed', { params: { from: request.state, to: after.to } });
    if (settlement === 'unchanged') return null;
    if (request.state === 'scheduled') await releaseVisitOfRequest(t, actor, requestId, decision.note);
    const reason = after.to === 'cancelled' ? `${after.reason}: ${decision.note}` : decision.note;
    await writeTransition(
      t,
      actor,
      request,
      after.to,
      after.to === 'cancelled' ? { reason, cancelledBy: decision.cancelledBy } : { reason },
      null,
    );
    return request.state;
  });
}
