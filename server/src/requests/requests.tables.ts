import type { ColumnType, Generated } from 'kysely';
import type { VisitPreferences } from '@valiza/domain';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Instant = ColumnType<Date, Date | string, Date | string>;

/** A document of a request's service as agreed at intake. */
export interface AgreedDocument {
  id: string;
  name: string;
  form: 'original' | 'copy';
  note: string | null;
  atHand: boolean;
}

export interface RequestsTable {
  id: string;
  centre_id: string;
  number: string;
  number_year: number;
  number_seq: number;
  applicant_id: string;
  channel: string;
  state: Generated<string>;
  requester_kind: string;
  requester_name: string | null;
  requester_phone: string | null;
  requester_relation: string | null;
  place_kind: string;
  hospital_name: string | null;
  hospital_ward: string | null;
  outreach_point_id: string | null;
  locality_id: string | null;
  locality_name: string | null;
  street: string | null;
  building: string | null;
  apartment: string | null;
  entrance: string | null;
  floor: string | null;
  intercom: string | null;
  route_notes: string | null;
  access_notes: string | null;
  address_search: string;
  address_key: string | null;
  registered_in_community: boolean | null;
  category: string | null;
  evidence_status: string | null;
  evidence_note: string | null;
  decision_reason: string | null;
  caller_identification: string | null;
  caller_identification_note: string | null;
  liability_warned_at: Instant | null;
  liability_warned_by: string | null;
  data_notice_at: Instant | null;
  data_notice_by: string | null;
  online_acknowledged_at: Instant | null;
  needs_witness: boolean;
  needs_security: boolean;
  partner: string | null;
  partner_note: string | null;
  accessibility_note: string | null;
  preferences: Json<VisitPreferences>;
  notes: string | null;
  planned_date: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  state_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RequestServicesTable {
  request_id: string;
  service_id: string;
  position: number;
  payment_method: string | null;
  checklist_read_out: boolean;
  documents: Json<AgreedDocument[]>;
}

export interface RequestStateChangesTable {
  id: string;
  request_id: string;
  at: CreatedAt;
  from_state: string | null;
  to_state: string;
  actor_id: string | null;
  reason: string | null;
}

export interface PublicSubmissionsTable {
  id: string;
  phone_hash: string;
  at: CreatedAt;
}

export interface RequestTables {
  requests: RequestsTable;
  request_services: RequestServicesTable;
  request_state_changes: RequestStateChangesTable;
  public_submissions: PublicSubmissionsTable;
}
