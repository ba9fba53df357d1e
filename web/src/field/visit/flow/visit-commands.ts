import {
  ApplicationRegisterV1,
  IncidentReportV1,
  VisitArriveV1,
  VisitFinishV1,
  type FieldIdentity,
  type IncidentKind,
} from '@valiza/domain';
import { checkIdentity } from '../identity/identity';
import { checkPayment } from '../payment/payment';
import type { DraftService, VisitDraft } from './visit-draft';

/**
 * The payloads of a visit's commands, built from the draft and checked against the contracts of
 * `@valiza/domain` — the same schemas the server applies, so a payload the device stores is one the
 * server accepts.
 */

/** `visit.arrive`. */
export function arrivePayload(draft: VisitDraft): VisitArriveV1 {
  if (!draft.arrival) throw new Error('The visit has no arrival yet.');
  return VisitArriveV1.parse({
    visitId: draft.visitId,
    arrivedAt: draft.arrival.at,
    position: draft.arrival.position,
  });
}

/** The identity as the command carries it, or null while it does not check. */
export function fieldIdentity(draft: VisitDraft): FieldIdentity | null {
  const checked = checkIdentity(draft.identity);
  if (!checked.ok) return null;
  const { documentKind, documentNumber, unzr, rnokpp } = checked.value;
  return documentKind === 'id_card'
    ? { kind: 'id_card', number: documentNumber, unzr, rnokpp, mrz: draft.identity.mrz.trim() || null }
    : { kind: 'passport_book', number: documentNumber, rnokpp };
}

/** What registration adds to the draft's data for one service's application. */
export interface RegistrationFacts {
  readonly applicationId: string;
  readonly applicantId: string;
  readonly requestId: string | null;
  readonly number: { year: number; value: number };
  readonly registeredAt: string;
  readonly feedbackTokenHash: string;
  /** The PDF attachment id of each present document, by the document's key. */
  readonly documentAttachments: ReadonlyMap<string, string>;
  readonly signatureAttachmentId: string;
  /** The administrator certifying copies (a person id of the office). */
  readonly certifiedBy: string | null;
}

/** `application.register` for one service of the visit. */
export function registerPayload(
  draft: VisitDraft,
  service: DraftService,
  facts: RegistrationFacts,
): ApplicationRegisterV1 {
  const identity = fieldIdentity(draft);
  const payment = checkPayment(service);
  if (!identity || !payment.ok) throw new Error('Identity and payment must check before registration.');
  return ApplicationRegisterV1.parse({
    applicationId: facts.applicationId,
    visitId: draft.visitId,
    requestId: facts.requestId,
    applicantId: facts.applicantId,
    serviceId: service.serviceId,
    identity,
    documents: service.documents
      .filter((d) => d.present)
      .map((d) => ({
        catalogueDocumentId: d.catalogueDocumentId,
        name: d.name,
        pages: d.pages.length,
        original: d.original,
        certified: d.certified && Boolean(facts.certifiedBy),
        certifiedBy: d.certified ? facts.certifiedBy : null,
        attachmentId: facts.documentAttachments.get(d.key) ?? null,
      })),
    payment: payment.value,
    signatureAttachmentId: facts.signatureAttachmentId,
    number: facts.number,
    registeredAt: facts.registeredAt,
    feedbackTokenHash: facts.feedbackTokenHash,
  });
}

/** `visit.finish`, checked: the outcome step is complete when this succeeds. */
export function finishPayload(draft: VisitDraft, now: Date) {
  const o = draft.outcome;
  const left = draft.services.filter((s) => !s.included).map((s) => s.serviceId);
  const capacity = o.cancelReason === 'doubtful_capacity';
  return VisitFinishV1.safeParse({
    visitId: draft.visitId,
    outcome: o.outcome || undefined,
    cancelReason: o.outcome === 'cancelled' ? o.cancelReason || null : null,
    note: o.note.trim() || null,
    witness:
      capacity && o.witnessName.trim()
        ? { name: o.witnessName.trim(), role: o.witnessRole.trim() || null }
        : null,
    capacityAct: capacity ? o.capacityAct.trim() || null : null,
    finishedAt: now.toISOString(),
    followUp: o.outcome === 'partly_completed' && left.length > 0 ? { serviceIds: left, note: null } : null,
  });
}

/** The incident a cancellation reports, if any: aggression needs a description of what happened. */
export function incidentPayload(draft: VisitDraft, incidentId: string, now: Date): IncidentReportV1 | null {
  const o = draft.outcome;
  if (o.outcome !== 'cancelled' || o.cancelReason !== 'aggression') return null;
  const kind: IncidentKind = 'aggression';
  return IncidentReportV1.parse({
    incidentId,
    visitId: draft.visitId,
    kind,
    description: o.incidentDescription.trim() || o.note.trim(),
    occurredAt: now.toISOString(),
  });
}
