import type { ColumnType } from 'kysely';
import type { PublishedFigures } from '@valiza/domain';

/** A published quarter of a centre (migration 0530). Rows are never changed. */
export interface ReportPublicationsTable {
  id: string;
  centre_id: string;
  period_code: string;
  period_from: string;
  period_to: string;
  figures: ColumnType<PublishedFigures, string, never>;
  published_at: ColumnType<Date, Date | string | undefined, never>;
  published_by: string | null;
}

export interface ReportTables {
  report_publications: ReportPublicationsTable;
}
