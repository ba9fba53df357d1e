import type { ColumnType } from 'kysely';

export interface ApplicationNumberCountersTable {
  centre_id: string;
  year: number;
  last_value: number;
}

export interface ApplicationNumberBlocksTable {
  id: string;
  centre_id: string;
  year: number;
  device_id: string;
  first_value: number;
  last_value: number;
  issued_at: ColumnType<Date, Date | string | undefined, never>;
  released_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ApplicationNumberUsesTable {
  centre_id: string;
  year: number;
  value: number;
  device_id: string | null;
  command_id: string | null;
  used_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ApplicationNumberTables {
  application_number_counters: ApplicationNumberCountersTable;
  application_number_blocks: ApplicationNumberBlocksTable;
  application_number_uses: ApplicationNumberUsesTable;
}
