import {
  checkTransition,
  MISSING_ITEM_TEXTS,
  problem,
  type RequestState,
  type TransitionActor,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import { findApplicant } from '../applicants/applicant.repository.js';
import { findServicesOfCentre } from '../catalogue/service.repository.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { requestMissing } from './request-missing.js';
import {
  findRequestForUpdate,
  insertStateChange,
  servicesOfRequests,
  updateRequest,
  type RequestColumns,
} from './request.repository.js';
import type { RequestRecord } from './request.record.js';

export interface TransitionFields {
  reason?: string | null | undefined;
  cancelledBy?: 'applicant' | 'requester' | 'centre' | null | undefined;
  plannedDate?: string | null | undefined;
}

/**
 * Moves a locked request from its state to `to` if the state machine allows it for `by`, with the
 * fields the transition requires, and writes the history line and the audit line in the same
 * transaction. `version` null skips the optimistic check (planning and visits work on locked rows).
 */
export async function applyTransition(
  tx: Db,
  actor: Actor | null,
  request: RequestRecord,
  to: RequestState,
  fields: TransitionFields,
  options: { by: TransitionActor; version: number | null },
): Promise<void> {
  const check = checkTransition(request.state, to, fields);
  if (!check.allowed || check.rule.by !== options.by)
    throw problem('requests.transition_not_allowed', { params: { from: request.state, to } });
  if (check.missing.length > 0)
    throw problem('validation.failed', {
      details: check.missing.map((path) => ({ path, code: 'required' })),
    });
  if (to === 'eligible' && request.state === 'new') await assertComplete(tx, request, actor);
  await writeTransition(tx, actor, request, to, fields, options.version);
}

/**
 * Writes a state change already checked by the caller — the state machine in `applyTransition`, or
 * the head's resolution of a field conflict (`settleByFieldOutcome`) — with its history and audit line.
 */
export async function writeTransition(
  tx: Db,
  actor: Actor | null,
  request: RequestRecord,
  to: RequestState,
  fields: TransitionFields,
  version: number | null,
): Promise<void> {
  const set: RequestColumns = { state: to, state_changed_at: new Date() };
  if (to === 'rejected') set.decision_reason = fields.reason ?? null;
  if (to === 'cancelled') {
    set.cancelled_by = fields.cancelledBy ?? null;
    set.cancel_reason = fields.reason ?? null;
  }
  if (to === 'scheduled') set.planned_date = fields.plannedDate ?? null;
  if (request.state === 'scheduled' && to === 'eligible') set.planned_date = null;
  // Only a conflict's resolution leaves `cancelled`: the cancellation's who and why no longer hold.
  if (request.state === 'cancelled' && to !== 'cancelled') {
    set.cancelled_by = null;
    set.cancel_reason = null;
  }
  if (!(await updateRequest(tx, request.id, version, set))) throw problem('conflict');
  await insertStateChange(tx, {
    requestId: request.id,
    from: request.state,
    to,
    actorId: actor?.personId ?? null,
    reason: fields.reason ?? null,
  });
  await audit(
    tx,
    actor,
    'request.state_changed',
    { type: 'request', id: request.id, centreId: request.centreId },
    { from: request.state, to, ...(fields.cancelledBy ? { cancelledBy: fields.cancelledBy } : {}) },
  );
}

/** Refuses to find a request eligible while something the visit needs is missing. */
async function assertComplete(tx: Db, request: RequestRecord, actor: Actor | null): Promise<void> {
  const services = (await servicesOfRequests(tx, [request.id])).get(request.id) ?? [];
  const catalogue = await findServicesOfCentre(
    tx,
    request.centreId,
    services.map((s) => s.serviceId),
  );
  const applicant = await findApplicant(tx, request.applicantId);
  const missing = requestMissing(
    request,
    applicant?.birthDate ?? null,
    services,
    new Map(catalogue.map((s) => [s.id, s])),
  );
  if (missing.length > 0)
    throw problem('requests.incomplete', {
      details: missing.map((item) => ({
        path: item,
        code: 'missing',
        message: MISSING_ITEM_TEXTS[item][actor?.locale ?? 'uk'],
      })),
    });
}

/** Locks a request of the actor's centre for a state change; another centre's is `not_found`. */
export async function lockRequestOf(tx: Db, actor: Actor, id: string): Promise<RequestRecord> {
  const request = await findRequestForUpdate(tx, id);
  assertSameCentre(actor, request?.centreId);
  return request!;
}

/** Runs a state change in a transaction of its own, or in the caller's. */
export async function withLockedRequest<T>(
  db: Db,
  actor: Actor,
  id: string,
  fn: (tx: Db, request: RequestRecord) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (tx) => fn(tx, await lockRequestOf(tx, actor, id)));
}
