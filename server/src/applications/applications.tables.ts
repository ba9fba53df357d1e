import type { ColumnType } from 'kysely';

type Instant = ColumnType<Date, Date | string, Date | string>;
type ServerInstant = ColumnType<Date, Date | string | undefined, never>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** JSON columns are written as JSON text (db/json.ts) and read back parsed. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

/** The field's record of one planned visit (migration 0350). */
export interface VisitReportsTable {
  visit_id: string;
  centre_id: string;
  request_id: string;
  administrator_id: string;
  device_id: string | null;
  arrived_at: NullableInstant;
  arrived_position: NullableJson<unknown>;
  outcome: 'completed' | 'partly_completed' | 'cancelled' | null;
  cancel_reason:
    | 'absent'
    | 'documents_missing'
    | 'not_eligible'
    | 'false_call'
    | 'doubtful_capacity'
    | 'aggression'
    | 'technical_failure'
    | 'declined'
    | null;
  outcome_note: string | null;
  witness: NullableJson<unknown>;
  capacity_act: string | null;
  finished_at: NullableInstant;
  received_at: ServerInstant;
  conflict: 'visit_cancelled' | 'visit_rescheduled' | 'request_closed' | null;
  conflict_resolved_at: NullableInstant;
  conflict_resolved_by: string | null;
  conflict_resolution: string | null;
  version: ColumnType<number, number | undefined, number>;
  /** Migration 0351: the hash of the outcome as first received, the state it led to, what it made. */
  finish_hash: string | null;
  request_state: string | null;
  follow_up_request_id: string | null;
  incident_id: string | null;
  conflict_detected_at: NullableInstant;
  /** Migration 0352: how the head resolved the conflict. */
  conflict_decision: 'field_outcome' | 'office_change' | null;
}

/** One registered application, the logbook's row (migration 0350). Never updated in place. */
export interface ApplicationsTable {
  id: string;
  centre_id: string;
  year: number;
  number_value: number;
  number: string;
  place: 'mobile_visit' | 'outreach_point' | 'centre';
  visit_id: string | null;
  request_id: string | null;
  applicant_id: string;
  representative: NullableJson<unknown>;
  service_id: string;
  service_name: string;
  provider: string;
  identity: Json<unknown>;
  documents: Json<unknown>;
  payment: NullableJson<unknown>;
  signature_attachment_id: string | null;
  form_attachment_id: string | null;
  administrator_id: string;
  device_id: string | null;
  command_id: string | null;
  registered_at: Instant;
  received_at: ServerInstant;
  feedback_token_hash: string | null;
  corrects_id: string | null;
  correction_reason: ColumnType<string | null, string | null | undefined, never>;
  /** Migration 0351: the registration's content hash (payload and declared files), null in the office. */
  content_hash: string | null;
}

export interface ApplicationTables {
  visit_reports: VisitReportsTable;
  applications: ApplicationsTable;
}
