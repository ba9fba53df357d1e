import type { ColumnType } from 'kysely';

type Defaulted = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DevicesTable {
  id: string;
  person_id: string;
  centre_id: string;
  label: string;
  credential_hash: string;
  registered_at: Defaulted;
  last_seen_at: Defaulted;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_by: string | null;
}

export interface DeviceReportsTable {
  id: string;
  device_id: string;
  centre_id: string;
  person_id: string;
  reported_at: ColumnType<Date, Date | string, never>;
  received_at: ColumnType<Date, Date | string | undefined, never>;
  app_version: string;
  storage_used_bytes: number;
  storage_quota_bytes: number | null;
  storage_persisted: boolean | null;
  unsent_commands: number;
  unsent_attachments: number;
}

export interface DeviceTables {
  devices: DevicesTable;
  device_reports: DeviceReportsTable;
}
