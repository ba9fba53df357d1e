import { isOpenState, officeTargets, problem, type RequestDetail } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { hasRole } from '../auth/policy.js';
import { recordView } from '../audit/audit.service.js';
import { findApplicant, type ApplicantRow } from '../applicants/applicant.repository.js';
import { findServicesOfCentre } from '../catalogue/service.repository.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findCentre } from '../org/centre.repository.js';
import { requestMissing } from './request-missing.js';
import { assertMayRead } from './request-policy.js';
import { riskSignalsOf, type RiskSubject } from './request-risk.js';
import { localityNames, outreachPointNames, personNames } from './request-lookup.repository.js';
import { findRequest, listStateChanges, servicesOfRequests } from './request.repository.js';
import { presentRequestDetail } from './request.presenter.js';
import type { RequestRecord } from './request.record.js';

/** The risk subject of a stored request. */
export function subjectOf(r: RequestRecord, applicant: ApplicantRow | undefined): RiskSubject {
  return {
    requestId: r.id,
    applicantId: r.applicantId,
    requesterPhone: r.requester.phone,
    applicantPhones: applicant?.phones ?? [],
    birthDate: applicant?.birthDate ?? null,
    category: r.category,
    placeKind: r.place.kind,
    localityId: r.place.localityId,
    outsideCommunity: r.place.localityId === null && r.place.localityName !== null,
    addressKey: r.addressKey,
    registeredInCommunity: r.registeredInCommunity,
  };
}

/**
 * A request with everything recorded at intake, its risk signals, what it still lacks and its
 * history. `view` records the opening in the audit trail (the full detail holds health-related data).
 */
export async function loadRequestDetail(
  db: Db,
  actor: Actor,
  id: string,
  options: { view: boolean },
): Promise<RequestDetail> {
  return inTransaction(db, async (tx) => {
    const request = await findRequest(tx, id);
    assertMayRead(actor, request?.centreId);
    const r = request!;
    const [applicant, centre, servicesMap, history] = await Promise.all([
      findApplicant(tx, r.applicantId),
      findCentre(tx, r.centreId),
      servicesOfRequests(tx, [r.id]),
      listStateChanges(tx, r.id),
    ]);
    if (!applicant || !centre) throw problem('not_found');
    const services = servicesMap.get(r.id) ?? [];
    const catalogue = await findServicesOfCentre(
      tx,
      r.centreId,
      services.map((s) => s.serviceId),
    );
    const [names, localities, points, [signals]] = await Promise.all([
      personNames(tx, [r.createdBy, r.liabilityWarnedBy, r.dataNoticeBy]),
      localityNames(tx, [r.place.localityId]),
      outreachPointNames(tx, [r.place.outreachPointId]),
      riskSignalsOf(tx, centre, [subjectOf(r, applicant)], actor.locale),
    ]);
    const catalogueById = new Map(catalogue.map((s) => [s.id, s]));
    const mayWrite = hasRole(actor, 'operator', 'head');
    if (options.view) await recordView(tx, actor, { type: 'request', id: r.id, centreId: r.centreId });
    return presentRequestDetail({
      request: r,
      applicant,
      services,
      catalogue: catalogueById,
      names,
      localityName: r.place.localityId ? (localities.get(r.place.localityId) ?? null) : null,
      outreachPointName: r.place.outreachPointId ? (points.get(r.place.outreachPointId) ?? null) : null,
      history,
      riskSignals: signals ?? [],
      missing: isOpenState(r.state) ? requestMissing(r, applicant.birthDate, services, catalogueById) : [],
      allowedTransitions: mayWrite ? officeTargets(r.state) : [],
    });
  });
}
