import type { ColumnType, Generated } from 'kysely';

export interface SyncCommandsTable {
  id: string;
  device_id: string;
  person_id: string;
  centre_id: string;
  type: string;
  format_version: number;
  payload_hash: string;
  result: ColumnType<Record<string, unknown> | null, string | null, string>;
  device_time: ColumnType<Date, Date | string, never>;
  received_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  centre_id: string;
  entity: string;
  entity_id: string;
  op: 'upsert' | 'delete';
  person_id: string | null;
  /** A transaction id (xid8), read as decimal text. */
  tx: Generated<string>;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ChangeLogHorizonTable {
  id: Generated<boolean>;
  pruned_before: string;
}

export interface SyncTables {
  sync_commands: SyncCommandsTable;
  change_log: ChangeLogTable;
  change_log_horizon: ChangeLogHorizonTable;
}
