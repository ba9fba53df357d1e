import type { ColumnType } from 'kysely';

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface MigrationTables {
  schema_migrations: SchemaMigrationsTable;
}
