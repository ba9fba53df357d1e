import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ApplicantsTable {
  id: string;
  centre_id: string;
  full_name: string;
  name_key: string;
  birth_date: string | null;
  registered_in_community: boolean | null;
  merged_into: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ApplicantPhonesTable {
  applicant_id: string;
  centre_id: string;
  phone: string;
  position: number;
}

export interface IncidentsTable {
  id: string;
  centre_id: string;
  kind: string;
  occurred_on: string;
  applicant_id: string | null;
  request_id: string | null;
  address_key: string | null;
  note: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
  /** Migration 0351: the visit an incident reported from the field happened at. */
  visit_id: string | null;
}

export interface ApplicantTables {
  applicants: ApplicantsTable;
  applicant_phones: ApplicantPhonesTable;
  incidents: IncidentsTable;
}
