import type { ColumnType } from 'kysely';

export interface AuditLogTable {
  id: string;
  at: ColumnType<Date, Date | string | undefined, never>;
  centre_id: string | null;
  actor_id: string | null;
  device_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  details: ColumnType<Record<string, unknown> | null, string | null, never>;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
