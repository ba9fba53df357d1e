import type { CategoryCode, PlaceKind, RequestChannel, RequestState, VisitPreferences } from '@valiza/domain';
import type { Selectable } from 'kysely';
import type { AgreedDocument, RequestsTable } from './requests.tables.js';

/** A stored request as the services of this area handle it. */
export interface RequestRecord {
  id: string;
  centreId: string;
  number: string;
  applicantId: string;
  channel: RequestChannel;
  state: RequestState;
  requester: { kind: string; name: string | null; phone: string | null; relation: string | null };
  place: {
    kind: PlaceKind;
    hospitalName: string | null;
    ward: string | null;
    outreachPointId: string | null;
    localityId: string | null;
    localityName: string | null;
    street: string | null;
    building: string | null;
    apartment: string | null;
    entrance: string | null;
    floor: string | null;
    intercom: string | null;
    routeNotes: string | null;
    accessNotes: string | null;
  };
  addressKey: string | null;
  registeredInCommunity: boolean | null;
  category: CategoryCode | null;
  evidence: string | null;
  evidenceNote: string | null;
  decisionReason: string | null;
  callerIdentification: string | null;
  callerIdentificationNote: string | null;
  liabilityWarnedAt: Date | null;
  liabilityWarnedBy: string | null;
  dataNoticeAt: Date | null;
  dataNoticeBy: string | null;
  onlineAcknowledgedAt: Date | null;
  needs: {
    witness: boolean;
    securityEscort: boolean;
    partner: string | null;
    partnerNote: string | null;
    accessibility: string | null;
  };
  preferences: VisitPreferences;
  notes: string | null;
  plannedDate: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A service of a request with the documents agreed at intake. */
export interface RequestServiceRecord {
  serviceId: string;
  position: number;
  paymentMethod: string | null;
  checklistReadOut: boolean;
  documents: AgreedDocument[];
}

/** Maps a `requests` row to a record. */
export function toRequestRecord(r: Selectable<RequestsTable>): RequestRecord {
  return {
    id: r.id,
    centreId: r.centre_id,
    number: r.number,
    applicantId: r.applicant_id,
    channel: r.channel as RequestChannel,
    state: r.state as RequestState,
    requester: {
      kind: r.requester_kind,
      name: r.requester_name,
      phone: r.requester_phone,
      relation: r.requester_relation,
    },
    place: {
      kind: r.place_kind as PlaceKind,
      hospitalName: r.hospital_name,
      ward: r.hospital_ward,
      outreachPointId: r.outreach_point_id,
      localityId: r.locality_id,
      localityName: r.locality_name,
      street: r.street,
      building: r.building,
      apartment: r.apartment,
      entrance: r.entrance,
      floor: r.floor,
      intercom: r.intercom,
      routeNotes: r.route_notes,
      accessNotes: r.access_notes,
    },
    addressKey: r.address_key,
    registeredInCommunity: r.registered_in_community,
    category: r.category as CategoryCode | null,
    evidence: r.evidence_status,
    evidenceNote: r.evidence_note,
    decisionReason: r.decision_reason,
    callerIdentification: r.caller_identification,
    callerIdentificationNote: r.caller_identification_note,
    liabilityWarnedAt: r.liability_warned_at,
    liabilityWarnedBy: r.liability_warned_by,
    dataNoticeAt: r.data_notice_at,
    dataNoticeBy: r.data_notice_by,
    onlineAcknowledgedAt: r.online_acknowledged_at,
    needs: {
      witness: r.needs_witness,
      securityEscort: r.needs_security,
      partner: r.partner,
      partnerNote: r.partner_note,
      accessibility: r.accessibility_note,
    },
    preferences: r.preferences,
    notes: r.notes,
    plannedDate: r.planned_date,
    cancelledBy: r.cancelled_by,
    cancelReason: r.cancel_reason,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
