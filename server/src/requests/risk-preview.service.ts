import { addressKey, problem, type RiskPreviewBody, type RiskSignalView } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { findApplicant } from '../applicants/applicant.repository.js';
import type { Db } from '../db/database.js';
import { findCentre } from '../org/centre.repository.js';
import { findLocality } from '../org/locality.repository.js';
import { PEOPLE_WRITERS } from './request-policy.js';
import { centreOf } from '../auth/policy.js';
import { riskSignalsOf } from './request-risk.js';

/**
 * The risk signals of what the operator has typed so far, before anything is saved, so that a
 * repeated or doubtful call shows while the caller is still on the line. Reads nothing it returns
 * beyond request numbers and counts.
 */
export async function previewRiskSignals(
  db: Db,
  actor: Actor,
  body: RiskPreviewBody,
): Promise<RiskSignalView[]> {
  const centreId = centreOf(actor, ...PEOPLE_WRITERS);
  const centre = await findCentre(db, centreId);
  if (!centre) throw problem('not_found');
  if (body.applicantId) {
    const applicant = await findApplicant(db, body.applicantId);
    if (!applicant || applicant.centreId !== centreId) throw problem('not_found');
  }
  if (body.localityId) {
    const locality = await findLocality(db, body.localityId);
    if (!locality || locality.communityId !== centre.communityId) throw problem('not_found');
  }
  const localityName = body.localityId ? null : (body.localityName ?? null);
  const [signals] = await riskSignalsOf(
    db,
    centre,
    [
      {
        requestId: body.requestId ?? null,
        applicantId: body.applicantId ?? null,
        requesterPhone: body.requesterPhone ?? body.applicantPhones[0] ?? null,
        applicantPhones: body.applicantPhones,
        birthDate: body.birthDate ?? null,
        category: body.category ?? null,
        placeKind: body.placeKind ?? null,
        localityId: body.localityId ?? null,
        outsideCommunity: localityName !== null,
        addressKey: addressKey({ ...body, localityName }),
        registeredInCommunity: body.registeredInCommunity ?? null,
      },
    ],
    actor.locale,
  );
  return signals ?? [];
}
