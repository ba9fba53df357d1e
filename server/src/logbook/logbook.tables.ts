import type { ColumnType } from 'kysely';
import type { DeliveryMethod, LogbookEventKind, LogbookStatus, ProviderDecision } from '@valiza/domain';

type Instant = ColumnType<Date, Date | string, never>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type CivilDate = ColumnType<string, string, string>;

/** An appended event of an application (migration 0400). Never updated or deleted. */
export interface LogbookEventsTable {
  id: string;
  centre_id: string;
  application_id: string;
  kind: LogbookEventKind;
  content: ColumnType<Record<string, unknown>, string, never>;
  occurred_at: Instant;
  recorded_at: Instant;
  recorded_by: string | null;
  corrects_id: string | null;
}

/** One link of a centre's hash chain. Never updated or deleted. */
export interface LogbookChainTable {
  centre_id: string;
  seq: number;
  kind: 'entry' | 'event';
  ref_id: string;
  content_hash: string;
  prev_hash: string;
  chain_hash: string;
  chained_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface LogbookHeadsTable {
  centre_id: string;
  seq: number;
  chain_hash: string;
}

export interface LogbookInboxTable {
  application_id: string;
  centre_id: string;
}

/** The current state of an application, derived from its events. */
export interface LogbookStatusTable {
  application_id: string;
  centre_id: string;
  received_at: ColumnType<Date, Date | string, Date | string>;
  service_id: string;
  administrator_id: string;
  status: LogbookStatus;
  forward_by: CivilDate;
  provider_due: CivilDate;
  forwarded_at: NullableInstant;
  decision: ProviderDecision | null;
  decided_at: NullableInstant;
  result_received_at: NullableInstant;
  delivered_at: NullableInstant;
  delivery_method: DeliveryMethod | null;
  refusal_justified: boolean | null;
}

export interface LogbookDigestsTable {
  centre_id: string;
  day: CivilDate;
  subject: string;
  body: string;
  emailed_to: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface LogbookTables {
  logbook_events: LogbookEventsTable;
  logbook_chain: LogbookChainTable;
  logbook_heads: LogbookHeadsTable;
  logbook_inbox: LogbookInboxTable;
  logbook_status: LogbookStatusTable;
  logbook_digests: LogbookDigestsTable;
}
