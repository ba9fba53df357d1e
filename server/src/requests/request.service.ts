import {
  civilDateIn,
  formatRequestNumber,
  problem,
  uuidv7,
  type CreateRequestBody,
  type UpdateRequestBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import { recordChange } from '../sync/change-log.js';
import { applicantForIntake } from '../applicants/applicant-intake.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { nextInSeries } from '../numbering/numbering.js';
import { findCentre } from '../org/centre.repository.js';
import { releaseOrphanApplicant } from '../applicants/applicant-merge.service.js';
import {
  assertCategoryOffered,
  assertStatements,
  intakeColumns,
  placeColumns,
  resolveServices,
} from './request-intake.js';
import { applyTransition, lockRequestOf } from './request-state.service.js';
import {
  findRequest,
  insertRequest,
  insertStateChange,
  replaceRequestServices,
  updateRequest,
} from './request.repository.js';

/** The series of request numbers in `number_counters`. */
export const REQUEST_SERIES = 'request';

/**
 * Takes a request from an operator or a head, on any channel but the web. The request is numbered in
 * the same transaction; with the operator's decision it moves on to `eligible` or `rejected` at once.
 * A resend with the same client-made id answers the request already stored.
 */
export async function createRequest(db: Db, actor: Actor, body: CreateRequestBody): Promise<string> {
  const centreId = centreOf(actor, 'operator', 'head');
  assertStatements(body, body.channel, { liability: false, notice: false });
  return inTransaction(db, async (tx) => {
    if (body.id) {
      const existing = await findRequest(tx, body.id);
      if (existing && existing.centreId === centreId) return existing.id;
      // An id taken by another centre's request is answered like any record of another centre.
      if (existing) throw problem('not_found');
    }
    const centre = await findCentre(tx, centreId);
    if (!centre) throw problem('not_found');
    await assertCategoryOffered(tx, centreId, body.eligibility.category);
    const services = await resolveServices(tx, centreId, body.services);
    const place = await placeColumns(tx, centre, body.place);
    const applicant = await applicantForIntake(tx, actor, centreId, body.applicant);
    const now = new Date();
    const year = Number(civilDateIn(now, centre.timezone).slice(0, 4));
    const sequence = await nextInSeries(tx, { centreId, series: REQUEST_SERIES, year });
    const id = body.id ?? uuidv7();
    await insertRequest(tx, {
      id,
      centre_id: centreId,
      number: formatRequestNumber(centre.code, year, sequence),
      number_year: year,
      number_seq: sequence,
      applicant_id: applicant.id,
      channel: body.channel,
      ...place,
      ...intakeColumns(body, applicant.phones),
      liability_warned_at: now,
      liability_warned_by: actor.personId,
      data_notice_at: now,
      data_notice_by: actor.personId,
      created_by: actor.personId,
    });
    await replaceRequestServices(tx, id, services);
    await insertStateChange(tx, {
      requestId: id,
      from: null,
      to: 'new',
      actorId: actor.personId,
      reason: null,
    });
    await audit(tx, actor, 'request.created', { type: 'request', id, centreId }, { channel: body.channel });
    if (body.decision.outcome !== 'pending') {
      const request = await lockRequestOf(tx, actor, id);
      const to = body.decision.outcome === 'eligible' ? 'eligible' : 'rejected';
      await applyTransition(
        tx,
        actor,
        request,
        to,
        { reason: body.decision.reason },
        { by: 'office', version: null },
      );
    }
    return id;
  });
}

/**
 * Corrects or completes an open request (for example a web request after the call back). The
 * statements count once given by an operator; a request of another applicant of the centre may be
 * re-linked, and a web applicant left without requests is merged into the one chosen.
 */
export async function changeRequest(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateRequestBody,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const request = await lockRequestOf(tx, actor, id);
    assertRole(actor, 'operator', 'head');
    if (!['new', 'eligible', 'scheduled'].includes(request.state)) throw problem('requests.closed');
    if (request.version !== body.version) throw problem('conflict');
    const given = { liability: Boolean(request.liabilityWarnedBy), notice: Boolean(request.dataNoticeBy) };
    assertStatements(body, request.channel, given);
    const centre = await findCentre(tx, request.centreId);
    if (!centre) throw problem('not_found');
    await assertCategoryOffered(tx, centre.id, body.eligibility.category);
    const services = await resolveServices(tx, centre.id, body.services);
    const place = await placeColumns(tx, centre, body.place);
    const applicant = await applicantForIntake(tx, actor, centre.id, body.applicant);
    const now = new Date();
    const saved = await updateRequest(tx, id, body.version, {
      applicant_id: applicant.id,
      ...place,
      ...intakeColumns(body, applicant.phones),
      ...(given.liability ? {} : { liability_warned_at: now, liability_warned_by: actor.personId }),
      ...(given.notice ? {} : { data_notice_at: now, data_notice_by: actor.personId }),
    });
    if (!saved) throw problem('conflict');
    await replaceRequestServices(tx, id, services);
    await audit(tx, actor, 'request.updated', { type: 'request', id, centreId: centre.id });
    // A scheduled request's address, access notes or applicant reach the devices holding its visit.
    await recordChange(tx, { centreId: centre.id, entity: 'request', entityId: id, op: 'upsert' });
    if (applicant.id !== request.applicantId)
      await releaseOrphanApplicant(tx, actor, request.applicantId, applicant.id);
  });
}
