import { createHash } from 'node:crypto';
import { canonicalJson } from '@valiza/domain';

/** The previous hash of a centre's first link. */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const instant = (value: Date | string | null) =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

/** Only the named columns: rows read with extra columns (joins) hash the same as plain ones. */
function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null])) as Pick<T, K>;
}

/** The registered columns of an application, as hashed. Attachments and device details are not. */
export interface EntryContent {
  id: string;
  centre_id: string;
  year: number;
  number_value: number;
  number: string;
  place: string;
  visit_id: string | null;
  request_id: string | null;
  applicant_id: string;
  representative: unknown;
  service_id: string;
  service_name: string;
  provider: string;
  identity: unknown;
  documents: unknown;
  payment: unknown;
  administrator_id: string;
  registered_at: Date;
  received_at: Date;
  corrects_id: string | null;
  correction_reason: string | null;
}

export const ENTRY_HASHED_COLUMNS = [
  'id',
  'centre_id',
  'year',
  'number_value',
  'number',
  'place',
  'visit_id',
  'request_id',
  'applicant_id',
  'representative',
  'service_id',
  'service_name',
  'provider',
  'identity',
  'documents',
  'payment',
  'administrator_id',
  'registered_at',
  'received_at',
  'corrects_id',
  'correction_reason',
] as const satisfies readonly (keyof EntryContent)[];

/** SHA-256 of an application's registered content in canonical JSON (instants to the millisecond). */
export function entryContentHash(row: EntryContent): string {
  const { correction_reason: reason, ...content } = pick(row, ENTRY_HASHED_COLUMNS);
  return sha256(
    canonicalJson({
      ...content,
      // Only a correction has a reason; entries chained before corrections existed hash as they did.
      ...(reason === null ? {} : { correction_reason: reason }),
      registered_at: instant(row.registered_at),
      received_at: instant(row.received_at),
    }),
  );
}

export interface EventContent {
  id: string;
  centre_id: string;
  application_id: string;
  kind: string;
  content: unknown;
  occurred_at: Date;
  recorded_at: Date;
  recorded_by: string | null;
  corrects_id: string | null;
}

export const EVENT_HASHED_COLUMNS = [
  'id',
  'centre_id',
  'application_id',
  'kind',
  'content',
  'occurred_at',
  'recorded_at',
  'recorded_by',
  'corrects_id',
] as const satisfies readonly (keyof EventContent)[];

/** SHA-256 of an event in canonical JSON. */
export function eventContentHash(row: EventContent): string {
  return sha256(
    canonicalJson({
      ...pick(row, EVENT_HASHED_COLUMNS),
      occurred_at: instant(row.occurred_at),
      recorded_at: instant(row.recorded_at),
    }),
  );
}

export interface LinkFields {
  seq: number;
  kind: 'entry' | 'event';
  refId: string;
  contentHash: string;
  prevHash: string;
}

/** The hash of a link: its place, what it points to, that content's hash and the previous link's hash. */
export function linkHash(link: LinkFields): string {
  return sha256([link.seq, link.kind, link.refId, link.contentHash, link.prevHash].join('\n'));
}
