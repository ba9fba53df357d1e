import {
  civilDateIn,
  contentHash,
  formatRequestNumber,
  incidentAfterVisit,
  problem,
  requestStateAfterVisit,
  uuidv7,
  type VisitFinishV1,
} from '@valiza/domain';
import { insertIncident } from '../applicants/incident.repository.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import { nextInSeries } from '../numbering/numbering.js';
import { findCentreSummary } from '../org/centre.repository.js';
import { cancelRequest, markCompleted, markNoShow } from '../requests/request-lifecycle.js';
import { REQUEST_SERIES } from '../requests/request.service.js';
import {
  findRequest,
  insertStateChange,
  replaceRequestServices,
  servicesOfRequests,
} from '../requests/request.repository.js';
import { findServicesOfCentre } from '../catalogue/service.repository.js';
import type { DeviceActor } from '../sync/command-handler.js';
import { insertFollowUpRequest } from './follow-up.repository.js';
import type { VisitReportRow } from './visit-report.repository.js';
import { updateReport } from './visit-report.repository.js';
import { findVisitIncident } from './incident-lookup.repository.js';
import { describeVisitIncident } from './incident-report.service.js';
import { openVisitWork } from './visit-work.js';

/** The answer to `visit.finish`, rebuilt from the report for a copy sent under another command id. */
function answer(report: {
  visitId: string;
  requestState: string | null;
  conflict: string | null;
  followUpRequestId: string | null;
  incidentId: string | null;
}): Record<string, unknown> {
  return { ...report };
}

/**
 * Records how a visit ended and moves its request accordingly, through the request lifecycle:
 * completed or partly completed → `completed`, absent → `no_show`, another cancellation →
 * `cancelled` with its reason. A partly completed visit with services left makes a new request for
 * them; aggression, doubtful capacity and a false call are recorded as incidents.
 *
 * When the office cancelled or moved the visit, or closed the request, while the field was offline,
 * the outcome is still stored in full but the request is left as the office left it: the report is
 * flagged and the head decides (`GET /api/v1/visit-conflicts`).
 */
export async function finishVisit(
  tx: Db,
  actor: DeviceActor,
  finish: VisitFinishV1,
): Promise<Record<string, unknown>> {
  const finishedAt = new Date(finish.finishedAt);
  const { visit, report, conflict } = await openVisitWork(tx, actor, finish.visitId, finishedAt);
  const hash = await contentHash(finish);
  if (report.finish_hash) {
    if (report.finish_hash !== hash) throw problem('visits.already_finished');
    return answer(stored(report));
  }
  const after = requestStateAfterVisit(finish.outcome, finish.cancelReason);
  if (!conflict) {
    if (after.to === 'completed') await markCompleted(tx, actor, visit.requestId);
    else if (after.to === 'no_show') await markNoShow(tx, actor, visit.requestId, finish.note ?? undefined);
    else
      await cancelRequest(tx, actor, visit.requestId, {
        by: after.reason === 'declined' ? 'applicant' : 'centre',
        reason: finish.note ? `${after.reason}: ${finish.note}` : after.reason,
      });
  }
  const followUpRequestId =
    finish.outcome === 'partly_completed' && finish.followUp
      ? await createFollowUp(tx, actor, visit.requestId, finish.followUp)
      : null;
  const incidentId = await recordIncident(tx, actor, visit.requestId, finish, finishedAt);
  const requestState = conflict ? null : after.to;
  await updateReport(tx, finish.visitId, {
    outcome: finish.outcome,
    cancel_reason: finish.cancelReason ?? null,
    outcome_note: finish.note ?? null,
    witness: finish.witness ? json(finish.witness) : null,
    capacity_act: finish.capacityAct ?? null,
    finished_at: finishedAt,
    finish_hash: hash,
    // Null under a conflict: the outcome did not move the request, the head decides.
    request_state: requestState,
    follow_up_request_id: followUpRequestId,
    incident_id: incidentId,
    device_id: actor.deviceId,
  });
  await audit(
    tx,
    actor,
    'visit.finished',
    { type: 'visit', id: finish.visitId, centreId: visit.centreId },
    {
      outcome: finish.outcome,
      cancelReason: finish.cancelReason ?? null,
      requestState,
      conflict,
      followUpRequestId,
      incidentId,
    },
  );
  return answer({ visitId: finish.visitId, requestState, conflict, followUpRequestId, incidentId });
}

function stored(report: VisitReportRow) {
  return {
    visitId: report.visit_id,
    requestState: report.request_state,
    conflict: report.conflict,
    followUpRequestId: report.follow_up_request_id,
    incidentId: report.incident_id,
  };
}

/** A new request (`new`) for the services a partly completed visit left, with the same applicant and place. */
async function createFollowUp(
  tx: Db,
  actor: DeviceActor,
  requestId: string,
  followUp: NonNullable<VisitFinishV1['followUp']>,
): Promise<string> {
  const centre = await findCentreSummary(tx, actor.centreId);
  if (!centre) throw problem('not_found');
  const serviceIds = [...new Set(followUp.serviceIds)];
  const known = await findServicesOfCentre(tx, actor.centreId, serviceIds);
  if (known.length !== serviceIds.length) throw problem('not_found');
  const agreed = new Map(
    ((await servicesOfRequests(tx, [requestId])).get(requestId) ?? []).map((s) => [s.serviceId, s]),
  );
  const year = Number(civilDateIn(new Date()).slice(0, 4));
  const sequence = await nextInSeries(tx, { centreId: actor.centreId, series: REQUEST_SERIES, year });
  const id = uuidv7();
  const number = formatRequestNumber(centre.code, year, sequence);
  const from = await findRequestNumber(tx, requestId);
  await insertFollowUpRequest(tx, requestId, {
    id,
    number,
    year,
    sequence,
    notes: [`Продовження заявки ${from}`, followUp.note].filter(Boolean).join('. '),
    createdBy: actor.personId,
  });
  await replaceRequestServices(
    tx,
    id,
    serviceIds.map((serviceId, position) => ({
      serviceId,
      position,
      // What was agreed for a service at intake carries over; a service added at the visit starts empty.
      paymentMethod: agreed.get(serviceId)?.paymentMethod ?? null,
      checklistReadOut: agreed.get(serviceId)?.checklistReadOut ?? false,
      documents: agreed.get(serviceId)?.documents ?? [],
    })),
  );
  await insertStateChange(tx, {
    requestId: id,
    from: null,
    to: 'new',
    actorId: actor.personId,
    reason: null,
  });
  await audit(
    tx,
    actor,
    'request.created',
    { type: 'request', id, centreId: actor.centreId },
    { channel: 'in_person', followUpOf: requestId },
  );
  return id;
}

async function findRequestNumber(tx: Db, requestId: string): Promise<string> {
  return (await findRequest(tx, requestId))?.number ?? '';
}

/**
 * The incident a cancellation records with the applicant and at the door, if its reason calls for one;
 * one per visit and kind, so an incident the field reported first is reused (with this note added).
 */
async function recordIncident(
  tx: Db,
  actor: DeviceActor,
  requestId: string,
  finish: VisitFinishV1,
  finishedAt: Date,
): Promise<string | null> {
  const kind = incidentAfterVisit(finish.cancelReason);
  if (!kind) return null;
  const note = finish.capacityAct ?? finish.note ?? null;
  // One incident per visit and kind: an `incident.report` that arrived first already recorded it.
  const reported = await findVisitIncident(tx, finish.visitId, kind);
  if (reported) return describeVisitIncident(tx, actor, reported, note, { kind, visitId: finish.visitId });
  const request = await findRequest(tx, requestId);
  if (!request) throw problem('not_found');
  const id = await insertIncident(tx, {
    centreId: actor.centreId,
    kind,
    occurredOn: civilDateIn(finishedAt),
    applicantId: request.applicantId,
    requestId,
    visitId: finish.visitId,
    addressKey: request.addressKey,
    note,
    recordedBy: actor.personId,
  });
  await audit(
    tx,
    actor,
    'incident.recorded',
    { type: 'incident', id, centreId: actor.centreId },
    { kind, requestId },
  );
  return id;
}
