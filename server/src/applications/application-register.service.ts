import {
  contentHash,
  formatApplicationNumber,
  problem,
  undeclaredAttachments,
  type ApplicationRegisterV1,
  type AttachmentDeclaration,
} from '@valiza/domain';
import { parseIdCardMrz } from '@valiza/domain/mrz';
import { findApplicant } from '../applicants/applicant.repository.js';
import { claimDeviceNumber } from '../application-numbers/application-number.service.js';
import { audit } from '../audit/audit.service.js';
import { findServicesOfCentre } from '../catalogue/service.repository.js';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import { findCentreSummary } from '../org/centre.repository.js';
import { findRequest } from '../requests/request.repository.js';
import type { DeviceActor, HandledCommand } from '../sync/command-handler.js';
import { findApplication, insertApplicationIfNew } from './application.repository.js';
import { openVisitWork } from './visit-work.js';

/** The answer to `application.register`, the same for every copy of the registration. */
function answer(row: { id: string; number: string; received_at: Date }): Record<string, unknown> {
  return { applicationId: row.id, number: row.number, receivedAt: row.received_at.toISOString() };
}

/**
 * Registers an application the field numbered offline. The application's own id makes it unique:
 * the same registration sent again under another command id (an export imported after the device
 * sent it, a reinstalled outbox) answers what the first one stored; the same id with other content
 * is `409 applications.id_conflict`. A new one claims its number from the device's blocks — once,
 * since the claim and the row commit together — and counts from the server's `receivedAt`.
 */
export async function registerApplication(
  tx: Db,
  actor: DeviceActor,
  command: HandledCommand<ApplicationRegisterV1>,
): Promise<Record<string, unknown>> {
  const p = command.payload;
  checkFiles(p, command.attachments);
  checkMrz(p);
  // What identifies the registration: its content and its files, not the command that carried it.
  const hash = await contentHash({ payload: p, attachments: command.attachments });
  const existing = await findApplication(tx, p.applicationId);
  if (existing) return sameOrConflict(existing, actor, hash);

  const centre = await findCentreSummary(tx, actor.centreId);
  if (!centre) throw problem('not_found');
  const applicant = await findApplicant(tx, p.applicantId);
  if (!applicant || applicant.centreId !== actor.centreId) throw problem('not_found');
  const [service] = await findServicesOfCentre(tx, actor.centreId, [p.serviceId]);
  if (!service) throw problem('not_found');
  const work = p.visitId ? await openVisitWork(tx, actor, p.visitId, new Date(p.registeredAt)) : null;
  const requestId = p.requestId ?? work?.visit.requestId ?? null;
  if (requestId) {
    const request = await findRequest(tx, requestId);
    if (!request || request.centreId !== actor.centreId) throw problem('not_found');
  }
  const number = formatApplicationNumber({ centreCode: centre.code, ...p.number });
  const inserted = await insertApplicationIfNew(tx, {
    id: p.applicationId,
    centre_id: actor.centreId,
    year: p.number.year,
    number_value: p.number.value,
    number,
    place: work?.visit.kind === 'home' ? 'mobile_visit' : 'outreach_point',
    visit_id: p.visitId ?? null,
    request_id: requestId,
    applicant_id: p.applicantId,
    representative: p.representative ? json(p.representative) : null,
    service_id: service.id,
    service_name: service.name,
    provider: service.provider,
    identity: json(p.identity),
    documents: json(p.documents),
    payment: p.payment ? json(p.payment) : null,
    signature_attachment_id: p.signatureAttachmentId ?? null,
    form_attachment_id: p.formAttachmentId ?? null,
    administrator_id: actor.personId,
    device_id: actor.deviceId,
    command_id: command.id,
    registered_at: p.registeredAt,
    received_at: command.receivedAt,
    feedback_token_hash: p.feedbackTokenHash,
    content_hash: hash,
  });
  if (!inserted) {
    // A copy committed first while this one waited on the id: answer as for any resend.
    const copy = await findApplication(tx, p.applicationId);
    if (copy) return sameOrConflict(copy, actor, hash);
  }
  // Refuses a number outside the device's blocks or already used (by another application).
  await claimDeviceNumber(tx, actor, {
    deviceId: actor.deviceId,
    centreId: actor.centreId,
    commandId: command.id,
    number,
  });
  // Only the feedback token can still be taken: the device made the same token twice.
  if (!inserted)
    throw problem('validation.failed', {
      details: [{ path: 'payload.feedbackTokenHash', code: 'duplicate' }],
    });
  await audit(
    tx,
    actor,
    'application.registered',
    { type: 'application', id: p.applicationId, centreId: actor.centreId },
    { number, visitId: p.visitId ?? null, requestId, files: command.attachments.length },
  );
  return answer({ id: p.applicationId, number, received_at: command.receivedAt });
}

function sameOrConflict(
  existing: { id: string; centre_id: string; content_hash: string | null; number: string; received_at: Date },
  actor: DeviceActor,
  hash: string,
): Record<string, unknown> {
  // Another centre's id looks like any other conflict: nothing about that application is told.
  if (existing.centre_id !== actor.centreId || existing.content_hash !== hash)
    throw problem('applications.id_conflict');
  return answer(existing);
}

/** Every file the application names must be declared, or it could never become complete. */
function checkFiles(p: ApplicationRegisterV1, declared: readonly AttachmentDeclaration[]): void {
  const undeclared = undeclaredAttachments(p, declared);
  if (undeclared.length > 0)
    throw problem('applications.attachment_undeclared', {
      details: undeclared.map((id) => ({ path: 'attachments', code: 'undeclared', message: id })),
    });
}

/** An ID card MRZ, when it was read, must check and agree with the document number and UNZR. */
function checkMrz(p: ApplicationRegisterV1): void {
  if (p.identity.kind !== 'id_card' || !p.identity.mrz) return;
  const mrz = parseIdCardMrz(p.identity.mrz);
  const agrees =
    mrz.valid &&
    mrz.documentNumber === p.identity.number &&
    (!p.identity.unzr || mrz.unzr === p.identity.unzr);
  if (!agrees)
    throw problem('applications.mrz_mismatch', {
      details: [
        { path: 'payload.identity.mrz', code: mrz.valid ? 'mismatch' : (mrz.errors[0] ?? 'invalid') },
      ],
    });
}
