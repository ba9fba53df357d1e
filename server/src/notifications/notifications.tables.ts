import type { ColumnType, Generated } from 'kysely';
import type { OutboxKind } from '@valiza/domain';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface SmsOutboxTable {
  id: string;
  centre_id: string;
  visit_id: string | null;
  kind: OutboxKind;
  dedupe_key: string;
  phone: string;
  body: string;
  status: Generated<'queued' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  provider: string | null;
  provider_message_id: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface CallListTable {
  id: string;
  centre_id: string;
  /** The visit the call is about, or (a result ready) the application. */
  visit_id: string | null;
  application_id: ColumnType<string | null, string | null | undefined, never>;
  kind: OutboxKind;
  dedupe_key: string;
  call_on: string;
  phone: string | null;
  message: string;
  status: Generated<'pending' | 'called' | 'not_reached'>;
  note: string | null;
  marked_by: string | null;
  marked_at: Date | null;
  created_at: CreatedAt;
}

export interface CalendarFeedsTable {
  person_id: string;
  centre_id: string;
  token_hash: string;
  created_by: string;
  /** Replaced when the link is rotated. */
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface JobRunsTable {
  job: string;
  run_key: string;
  finished_at: CreatedAt;
}

export interface NotificationTables {
  sms_outbox: SmsOutboxTable;
  call_list: CallListTable;
  calendar_feeds: CalendarFeedsTable;
  job_runs: JobRunsTable;
}
