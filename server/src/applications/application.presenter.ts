import type { ApplicationDetail, ApplicationListItem, VisitConflictItem } from '@valiza/domain';
import type { ApplicationListRow } from './application.repository.js';
import type { ApplicationView } from './application.service.js';
import type { ConflictRow } from './visit-report.repository.js';

/** One row of the list; complete when no declared file is missing. */
export const presentApplicationItem = (r: ApplicationListRow): ApplicationListItem => ({
  id: r.id,
  number: r.number,
  receivedAt: r.receivedAt.toISOString(),
  registeredAt: r.registeredAt.toISOString(),
  place: r.place,
  applicantName: r.applicantName,
  serviceName: r.serviceName,
  administratorName: r.administratorName,
  complete: r.missing === 0,
});

const asObject = (value: unknown) => (value ?? null) as Record<string, unknown> | null;

export const presentApplication = (v: ApplicationView): ApplicationDetail => ({
  id: v.row.id,
  number: v.row.number,
  year: v.row.year,
  receivedAt: v.row.received_at.toISOString(),
  registeredAt: v.row.registered_at.toISOString(),
  place: v.row.place,
  applicantName: v.applicantName,
  serviceName: v.row.service_name,
  administratorName: v.administratorName,
  complete: v.missing.length === 0,
  visitId: v.row.visit_id,
  requestId: v.row.request_id,
  applicantId: v.row.applicant_id,
  serviceId: v.row.service_id,
  provider: v.row.provider,
  representative: asObject(v.row.representative),
  identity: asObject(v.row.identity) ?? {},
  documents: (v.row.documents ?? []) as Record<string, unknown>[],
  payment: asObject(v.row.payment),
  signatureAttachmentId: v.row.signature_attachment_id,
  formAttachmentId: v.row.form_attachment_id,
  administratorId: v.row.administrator_id,
  deviceId: v.row.device_id,
  missingAttachments: v.missing.map((m) => ({ id: m.id, sha256: m.sha256, size: m.size })),
});

export const presentConflict = (
  r: ConflictRow,
  applications: { id: string; number: string; serviceName: string }[],
): VisitConflictItem => ({
  visitId: r.visitId,
  requestId: r.requestId,
  requestNumber: r.requestNumber,
  applicantName: r.applicantName,
  administratorName: r.administratorName,
  conflict: r.conflict,
  visitStatus: r.visitStatus,
  visitDay: r.visitDay,
  requestState: r.requestState,
  outcome: r.outcome,
  cancelReason: r.cancelReason,
  arrivedAt: r.arrivedAt?.toISOString() ?? null,
  finishedAt: r.finishedAt?.toISOString() ?? null,
  receivedAt: r.receivedAt.toISOString(),
  applications,
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
  resolution: r.resolution,
  decision: r.decision,
});
