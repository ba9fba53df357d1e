import { addressLine, type CategoryCode, type FieldVisit } from '@valiza/domain';
import { findApplicants } from '../applicants/applicant.repository.js';
import type { Db } from '../db/database.js';
import { servicesOfRequests } from '../requests/request.repository.js';
import { approvedPlanEntity } from '../scheduling/approved-plan.entity.js';
import type { EntityData, PulledEntity, PullScope } from '../sync/pulled-entity.js';
import { findFieldVisits } from './field-visit.repository.js';

/** The visit ids of the person's approved days, today and the week ahead. */
async function approvedVisitIds(tx: Db, scope: PullScope): Promise<string[]> {
  const plans = await approvedPlanEntity.loadAll(tx, scope);
  return [...plans.values()].flatMap((plan) => (plan.visits as { id: string }[]).map((v) => v.id));
}

/** The visits on the person's approved days whose applicant (or request) is one of `ids`. */
async function approvedVisitsOf(
  tx: Db,
  scope: PullScope,
  by: 'applicantId' | 'requestId',
  ids: readonly string[],
): Promise<string[]> {
  const wanted = new Set(ids);
  const rows = await findFieldVisits(tx, scope.centreId, await approvedVisitIds(tx, scope));
  return rows.filter((row) => wanted.has(row[by])).map((row) => row.visitId);
}

async function load(tx: Db, scope: PullScope, ids: readonly string[]): Promise<Map<string, EntityData>> {
  const rows = await findFieldVisits(tx, scope.centreId, ids);
  const applicants = new Map(
    (await findApplicants(tx, [...new Set(rows.map((r) => r.applicantId))])).map((a) => [a.id, a]),
  );
  const services = await servicesOfRequests(
    tx,
    rows.map((r) => r.requestId),
  );
  const result = new Map<string, EntityData>();
  for (const row of rows) {
    const applicant = applicants.get(row.applicantId);
    if (!applicant) continue;
    const visit: FieldVisit = {
      visitId: row.visitId,
      day: row.day,
      requestId: row.requestId,
      requestNumber: row.requestNumber,
      applicant: {
        id: applicant.id,
        fullName: applicant.fullName,
        birthDate: applicant.birthDate,
        phones: applicant.phones,
      },
      requester: { kind: row.requesterKind, name: row.requesterName, phone: row.requesterPhone },
      place: {
        kind: row.placeKind,
        address: addressLine(row),
        localityId: row.localityId,
        hospitalName: row.hospitalName,
        hospitalWard: row.hospitalWard,
        entrance: row.entrance,
        floor: row.floor,
        intercom: row.intercom,
        routeNotes: row.routeNotes,
        accessNotes: row.accessNotes,
      },
      category: row.category as CategoryCode | null,
      needsWitness: row.needsWitness,
      needsSecurity: row.needsSecurity,
      services: (services.get(row.requestId) ?? []).map((s) => ({
        serviceId: s.serviceId,
        paymentMethod: s.paymentMethod,
        documents: s.documents.map((d) => ({ id: d.id, name: d.name, form: d.form, atHand: d.atHand })),
      })),
    };
    result.set(row.visitId, visit);
  }
  return result;
}

/**
 * The applicant and request of every visit on the person's approved days (entity `field_visit`, id =
 * the visit's id): who, where, what was agreed. Only visits of an approval reach the device; a visit
 * dropped from the person's approved days is answered as a deletion. Plan approval records the
 * change of each visit in the snapshot; an office edit of the applicant (entity `applicant`) or of the
 * request (entity `request`) afterwards reaches the devices through `follows`.
 */
export const fieldVisitEntity: PulledEntity = {
  entity: 'field_visit',
  // The office may correct an applicant's phones, or a request's address and access notes, after the
  // plan was approved: the visits on the person's approved days that show them are sent again.
  follows: [
    { entity: 'applicant', ids: (tx, scope, ids) => approvedVisitsOf(tx, scope, 'applicantId', ids) },
    { entity: 'request', ids: (tx, scope, ids) => approvedVisitsOf(tx, scope, 'requestId', ids) },
  ],
  async loadAll(tx, scope) {
    return load(tx, scope, await approvedVisitIds(tx, scope));
  },
  async load(tx, scope, ids) {
    const allowed = new Set(await approvedVisitIds(tx, scope));
    return load(
      tx,
      scope,
      ids.filter((id) => allowed.has(id)),
    );
  },
};
