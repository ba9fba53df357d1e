import type { ColumnType, Generated } from 'kysely';
import type { RoutingSettings, WorkingHours } from '@valiza/domain';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface RegionsTable {
  id: string;
  name: string;
  name_en: string | null;
  created_at: CreatedAt;
}

export interface CommunitiesTable {
  id: string;
  region_id: string;
  name: string;
  katotth: string | null;
  created_at: CreatedAt;
}

export interface LocalitiesTable {
  id: string;
  community_id: string;
  name: string;
  katotth: string | null;
  lat: number | null;
  lon: number | null;
  remote: Generated<boolean>;
  created_at: CreatedAt;
}

export interface CentresTable {
  id: string;
  community_id: string;
  code: string;
  slug: string;
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  timezone: Generated<string>;
  working_hours: Json<WorkingHours>;
  martial_law: Generated<boolean>;
  /** Where routes start and end (migration 0200). */
  lat: Generated<number | null>;
  lon: Generated<number | null>;
  routing: ColumnType<RoutingSettings, string | undefined, string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PersonsTable {
  id: string;
  centre_id: string | null;
  region_id: string | null;
  name: string;
  login: string;
  password_hash: string;
  phone: string | null;
  email: string | null;
  locale: Generated<string>;
  active: Generated<boolean>;
  password_changed_at: Date | null;
  deactivated_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PersonRolesTable {
  person_id: string;
  role: string;
}

export interface KitsTable {
  id: string;
  centre_id: string;
  code: string;
  inventory_number: string | null;
  components: Json<{ name: string; serial?: string | null }[]>;
  notes: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OutreachPointsTable {
  id: string;
  centre_id: string;
  name: string;
  address: string;
  locality_id: string | null;
  usual_hours: string | null;
  lat: number | null;
  lon: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OrgTables {
  regions: RegionsTable;
  communities: CommunitiesTable;
  localities: LocalitiesTable;
  centres: CentresTable;
  persons: PersonsTable;
  person_roles: PersonRolesTable;
  kits: KitsTable;
  outreach_points: OutreachPointsTable;
}
