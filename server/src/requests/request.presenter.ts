import {
  VisitPreferences,
  type MissingItem,
  type RequestDetail,
  type RequestState,
  type RiskSignalView,
} from '@valiza/domain';
import type { ApplicantRow } from '../applicants/applicant.repository.js';
import type { ServiceRow } from '../catalogue/service.repository.js';
import type { RequestRecord, RequestServiceRecord } from './request.record.js';
import type { listStateChanges } from './request.repository.js';

export interface DetailParts {
  request: RequestRecord;
  applicant: ApplicantRow;
  services: readonly RequestServiceRecord[];
  catalogue: ReadonlyMap<string, ServiceRow>;
  names: ReadonlyMap<string, string>;
  localityName: string | null;
  outreachPointName: string | null;
  history: Awaited<ReturnType<typeof listStateChanges>>;
  riskSignals: RiskSignalView[];
  missing: MissingItem[];
  allowedTransitions: RequestState[];
}

const mark = (at: Date | null, by: string | null, names: ReadonlyMap<string, string>) =>
  at ? { at: at.toISOString(), personId: by, personName: by ? (names.get(by) ?? null) : null } : null;

/** A stored request as the office sees it. */
export function presentRequestDetail(p: DetailParts): RequestDetail {
  const r = p.request;
  const place = r.place;
  const hasAddress = place.kind !== 'outreach_point' && Boolean(place.localityId || place.localityName);
  return {
    id: r.id,
    number: r.number,
    state: r.state,
    channel: r.channel,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    createdBy: r.createdBy ? (p.names.get(r.createdBy) ?? null) : null,
    applicant: {
      id: p.applicant.id,
      fullName: p.applicant.fullName,
      birthDate: p.applicant.birthDate,
      phones: p.applicant.phones,
      registeredInCommunity: r.registeredInCommunity,
    },
    requester: { ...r.requester, kind: r.requester.kind as RequestDetail['requester']['kind'] },
    place: {
      kind: place.kind,
      hospitalName: place.hospitalName,
      ward: place.ward,
      outreachPointId: place.outreachPointId,
      outreachPointName: p.outreachPointName,
      address: hasAddress
        ? {
            localityId: place.localityId,
            localityName: p.localityName ?? place.localityName,
            inCommunity: place.localityId !== null,
            street: place.street,
            building: place.building,
            apartment: place.apartment,
            entrance: place.entrance,
            floor: place.floor,
            intercom: place.intercom,
            routeNotes: place.routeNotes,
            accessNotes: place.accessNotes,
          }
        : null,
    },
    eligibility: {
      category: r.category,
      evidence: r.evidence as RequestDetail['eligibility']['evidence'],
      evidenceNote: r.evidenceNote,
    },
    decisionReason: r.decisionReason,
    services: p.services.map((s) => {
      const service = p.catalogue.get(s.serviceId)!;
      return {
        serviceId: s.serviceId,
        code: service.code,
        name: service.name,
        nameEn: service.nameEn,
        provider: service.provider,
        fee: service.fee,
        fieldDeliverable: service.fieldDeliverable,
        estimatedMinutes: service.estimatedMinutes,
        termDays: service.termDays,
        termKind: service.termKind,
        paymentMethod: s.paymentMethod as RequestDetail['services'][number]['paymentMethod'],
        checklistReadOut: s.checklistReadOut,
        documents: s.documents,
      };
    }),
    preferences: VisitPreferences.parse(r.preferences),
    needs: { ...r.needs, partner: r.needs.partner as RequestDetail['needs']['partner'] },
    callerIdentification: r.callerIdentification
      ? {
          method: r.callerIdentification as NonNullable<RequestDetail['callerIdentification']>['method'],
          note: r.callerIdentificationNote,
        }
      : null,
    liabilityWarning: mark(r.liabilityWarnedAt, r.liabilityWarnedBy, p.names),
    personalDataNotice: mark(r.dataNoticeAt, r.dataNoticeBy, p.names),
    onlineAcknowledgedAt: r.onlineAcknowledgedAt?.toISOString() ?? null,
    notes: r.notes,
    plannedDate: r.plannedDate,
    cancellation:
      r.cancelledBy && r.cancelReason
        ? { by: r.cancelledBy as 'applicant' | 'requester' | 'centre', reason: r.cancelReason }
        : null,
    riskSignals: p.riskSignals,
    missing: p.missing,
    allowedTransitions: p.allowedTransitions,
    history: p.history.map((h) => ({
      at: h.at.toISOString(),
      from: h.from as RequestState | null,
      to: h.to as RequestState,
      actorName: h.actorName,
      reason: h.reason,
    })),
  };
}
