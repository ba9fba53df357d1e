import { CreateRequestBody, problem } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { findRequest } from '../requests/request.repository.js';
import { createRequest } from '../requests/request.service.js';

/**
 * A result handed over on a repeat visit: a new visit request for the same applicant and place,
 * taken through the requests service (numbering, audit, state history), already eligible because
 * the applicant was found eligible for the first visit. The operator plans it like any request.
 */
export async function requestRepeatVisit(
  tx: Db,
  actor: Actor,
  application: { requestId: string | null; serviceId: string; number: string; applicantId: string },
): Promise<string> {
  const original = application.requestId ? await findRequest(tx, application.requestId) : undefined;
  if (!original?.category) throw problem('logbook.repeat_visit_needs_request');
  const applicant = await tx
    .selectFrom('applicants')
    .select(['id', 'full_name', 'birth_date', 'registered_in_community'])
    .where('id', '=', application.applicantId)
    .executeTakeFirstOrThrow();
  const phones = await tx
    .selectFrom('applicant_phones')
    .select('phone')
    .where('applicant_id', '=', applicant.id)
    .orderBy('position')
    .execute();
  const p = original.place;
  const body = CreateRequestBody.parse({
    channel: 'in_person',
    requester: { kind: 'self' },
    applicant: {
      id: applicant.id,
      fullName: applicant.full_name,
      birthDate: applicant.birth_date,
      phones: phones.map((r) => r.phone).slice(0, 3),
      registeredInCommunity: applicant.registered_in_community,
    },
    place: {
      kind: p.kind,
      hospitalName: p.hospitalName,
      ward: p.ward,
      outreachPointId: p.outreachPointId,
      address:
        p.kind === 'outreach_point'
          ? null
          : {
              localityId: p.localityId,
              localityName: p.localityId ? null : p.localityName,
              street: p.street,
              building: p.building,
              apartment: p.apartment,
              entrance: p.entrance,
              floor: p.floor,
              intercom: p.intercom,
              routeNotes: p.routeNotes,
              accessNotes: p.accessNotes,
            },
    },
    eligibility: { category: original.category, evidence: original.evidence ?? 'seen' },
    services: [{ serviceId: application.serviceId, checklistReadOut: true, documentsAtHand: [] }],
    liabilityWarning: true,
    personalDataNotice: true,
    notes: `Видача результату за заявою ${application.number}`,
    decision: { outcome: 'eligible' },
  });
  return createRequest(tx, actor, body);
}
