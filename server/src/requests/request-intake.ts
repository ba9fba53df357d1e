import {
  addressKey,
  addressSearchText,
  problem,
  type ProblemDetail,
  type UpdateRequestBody,
} from '@valiza/domain';
import { offeredCategoriesOf } from '../catalogue/category.service.js';
import { findServicesOfCentre } from '../catalogue/service.repository.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import type { CentreRow } from '../org/centre.repository.js';
import { findLocality } from '../org/locality.repository.js';
import { findOutreachPoint } from '../org/outreach-point.repository.js';
import type { RequestServiceRecord } from './request.record.js';

/** What an operator records, whether creating or correcting a request. */
export type IntakeInput = Omit<UpdateRequestBody, 'version'>;

/** Refuses an intake without the two required statements, or a phone intake without identification. */
export function assertStatements(
  input: Pick<IntakeInput, 'liabilityWarning' | 'personalDataNotice' | 'callerIdentification'>,
  channel: string,
  already: { liability: boolean; notice: boolean },
): void {
  if (!input.liabilityWarning && !already.liability)
    throw problem('requests.liability_warning_required', { details: [required('liabilityWarning')] });
  if (!input.personalDataNotice && !already.notice)
    throw problem('requests.personal_data_notice_required', { details: [required('personalDataNotice')] });
  if (channel === 'phone' && !input.callerIdentification)
    throw problem('requests.caller_identification_required', { details: [required('callerIdentification')] });
}

const required = (path: string): ProblemDetail => ({ path, code: 'required' });

/**
 * The services of an intake, checked against the centre's catalogue: another centre's service is
 * `not_found`; an inactive one or one that cannot be delivered in the field is refused; documents
 * must be on the service's list; a service with a fee needs a payment method.
 */
export async function resolveServices(
  db: Db,
  centreId: string,
  inputs: IntakeInput['services'],
): Promise<RequestServiceRecord[]> {
  const found = await findServicesOfCentre(
    db,
    centreId,
    inputs.map((s) => s.serviceId),
  );
  const byId = new Map(found.map((s) => [s.id, s]));
  return inputs.map((input, index) => {
    const service = byId.get(input.serviceId);
    if (!service) throw problem('not_found');
    const path = `services.${index}`;
    if (!service.active || !service.fieldDeliverable)
      throw problem('requests.service_unavailable', {
        details: [{ path: `${path}.serviceId`, code: 'unavailable' }],
      });
    const known = new Set(service.documents.map((d) => d.id));
    const unknown = input.documentsAtHand.findIndex((id) => !known.has(id));
    if (unknown >= 0)
      throw problem('requests.unknown_document', {
        details: [{ path: `${path}.documentsAtHand.${unknown}`, code: 'unknown' }],
      });
    if (service.fee.kind === 'paid' && !input.paymentMethod)
      throw problem('requests.payment_method_required', { details: [required(`${path}.paymentMethod`)] });
    const atHand = new Set(input.documentsAtHand);
    return {
      serviceId: service.id,
      position: index,
      paymentMethod: service.fee.kind === 'paid' ? (input.paymentMethod ?? null) : null,
      checklistReadOut: input.checklistReadOut,
      documents: service.documents.map((d) => ({ ...d, atHand: atHand.has(d.id) })),
    };
  });
}

/** Refuses a category the centre does not serve. */
export async function assertCategoryOffered(db: Db, centreId: string, category: string): Promise<void> {
  const offered = await offeredCategoriesOf(db, centreId);
  if (!offered.includes(category as (typeof offered)[number]))
    throw problem('requests.category_not_offered', {
      details: [{ path: 'eligibility.category', code: 'not_offered' }],
    });
}

/**
 * The place columns of an intake. A locality must be of the centre's community and an outreach point
 * the centre's own, or the answer is `not_found`.
 */
export async function placeColumns(db: Db, centre: CentreRow, place: IntakeInput['place']) {
  const address = place.kind === 'outreach_point' ? null : (place.address ?? null);
  let localityName = address?.localityName ?? null;
  let shownLocality = localityName;
  if (address?.localityId) {
    const locality = await findLocality(db, address.localityId);
    if (!locality || locality.communityId !== centre.communityId) throw problem('not_found');
    localityName = null;
    shownLocality = locality.name;
  }
  if (place.kind === 'outreach_point') {
    const point = await findOutreachPoint(db, place.outreachPointId!);
    if (!point || point.centreId !== centre.id) throw problem('not_found');
  }
  const parts = {
    localityId: address?.localityId ?? null,
    localityName,
    street: address?.street ?? null,
    building: address?.building ?? null,
    apartment: address?.apartment ?? null,
  };
  return {
    place_kind: place.kind,
    hospital_name: place.kind === 'hospital' ? (place.hospitalName ?? null) : null,
    hospital_ward: place.kind === 'hospital' ? (place.ward ?? null) : null,
    outreach_point_id: place.kind === 'outreach_point' ? (place.outreachPointId ?? null) : null,
    locality_id: parts.localityId,
    locality_name: parts.localityName,
    street: parts.street,
    building: parts.building,
    apartment: parts.apartment,
    entrance: address?.entrance ?? null,
    floor: address?.floor ?? null,
    intercom: address?.intercom ?? null,
    route_notes: address?.routeNotes ?? null,
    access_notes: address?.accessNotes ?? null,
    address_search: addressSearchText({ ...parts, localityName: shownLocality }),
    address_key: addressKey(parts),
  };
}

/** The columns of an intake other than the place and the statements. */
export function intakeColumns(input: IntakeInput, applicantPhones: readonly string[]) {
  const self = input.requester.kind === 'self';
  return {
    requester_kind: input.requester.kind,
    requester_name: self ? null : (input.requester.name ?? null),
    // Someone calling for themselves calls from their own phone unless they say otherwise.
    requester_phone: input.requester.phone ?? (self ? (applicantPhones[0] ?? null) : null),
    requester_relation: self ? null : (input.requester.relation ?? null),
    registered_in_community: input.applicant.registeredInCommunity,
    category: input.eligibility.category,
    evidence_status: input.eligibility.evidence,
    evidence_note: input.eligibility.evidenceNote ?? null,
    caller_identification: input.callerIdentification?.method ?? null,
    caller_identification_note: input.callerIdentification?.note ?? null,
    needs_witness: input.needs.witness,
    needs_security: input.needs.securityEscort,
    partner: input.needs.partner ?? null,
    partner_note: input.needs.partnerNote ?? null,
    accessibility_note: input.needs.accessibility ?? null,
    preferences: json(input.preferences),
    notes: input.notes ?? null,
  };
}
