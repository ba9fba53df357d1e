import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** A document of a service's list as stored in `services.documents`. */
export interface StoredDocument {
  id: string;
  name: string;
  form: 'original' | 'copy';
  note: string | null;
}

export interface ServicesTable {
  id: string;
  centre_id: string;
  code: string;
  name: string;
  name_en: string | null;
  provider: string;
  field_deliverable: boolean;
  fee_kopiyky: number | null;
  fee_recipient: string | null;
  fee_iban: string | null;
  fee_recipient_code: string | null;
  fee_purpose: string | null;
  term_days: number | null;
  term_kind: string;
  documents: Json<StoredDocument[]>;
  estimated_minutes: number;
  demonstration: boolean;
  active: boolean;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CentreCategoriesTable {
  centre_id: string;
  code: string;
  enabled: boolean;
  evidence: string;
  evidence_en: string | null;
  updated_at: UpdatedAt;
}

export interface CatalogueTables {
  services: ServicesTable;
  centre_categories: CentreCategoriesTable;
}
