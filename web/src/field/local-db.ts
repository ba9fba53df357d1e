import Dexie, { type EntityTable } from 'dexie';
import type { AttachmentMediaType } from '@valiza/domain';
import type { Sealed } from './vault';

/** The name of the field app's IndexedDB database (one per browser profile and origin). */
export const FIELD_DB_NAME = 'valiza-field';

/** Plain key–value settings of the device: nothing personal (the vault record, counters, checkpoint). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Where a waiting command stands: `waiting` is sent again and again; `needs_person` waits for a human. */
export type OutboxState = 'waiting' | 'needs_person';

/**
 * A command in the outbox. Only what the status panel and the scheduler need stays in clear (id,
 * type, state, counters); the command itself — and any refusal, which may quote it — is sealed.
 */
export interface OutboxRow {
  id: string;
  /** Order of enqueueing: commands are pushed in the order the work was done. */
  seq: number;
  type: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which the command is not sent again (backoff after temporary failures). */
  nextAttemptAt: number;
  /** The `SyncCommand`, and the server's refusal once there is one. */
  sealed: Sealed;
}

/** A command the server acknowledged: kept (without content) for the "sent" count of the panel. */
export interface SentRow {
  id: string;
  type: string;
  status: 'applied' | 'duplicate';
  sentAt: number;
}

/** One attachment's bytes, sealed, kept apart from the queue records (large values slow queues). */
export interface FileRow {
  id: string;
  commandId: string;
  sha256: string;
  size: number;
  mediaType: AttachmentMediaType;
  /** 0 until the server has the file, then 1 (numbers, so the field can be indexed). */
  uploaded: 0 | 1;
  sealed: Sealed;
}

/** tus-js-client's record of an upload in progress, so an upload resumes after a reload. */
export interface UploadRow {
  urlStorageKey: string;
  fingerprint: string;
  uploadUrl: string;
  size: number;
  creationTime: string;
  metadata: Record<string, string>;
}

/** A pulled entity (plan, locality, kit…), its data sealed; `entity` and `id` are not personal. */
export interface RecordRow {
  key: string;
  entity: string;
  id: string;
  sealed: Sealed;
}

/** The field app's database. Every table is wiped together when the device is wiped. */
export class FieldDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  sent!: EntityTable<SentRow, 'id'>;
  files!: EntityTable<FileRow, 'id'>;
  uploads!: EntityTable<UploadRow, 'urlStorageKey'>;
  records!: EntityTable<RecordRow, 'key'>;

  constructor(name = FIELD_DB_NAME) {
    super(name);
    this.version(1).stores({
      meta: 'key',
      outbox: 'id, seq, state',
      sent: 'id, sentAt',
      files: 'id, commandId, uploaded',
      uploads: 'urlStorageKey, fingerprint',
      records: 'key, entity',
    });
  }
}

let current: FieldDb | null = null;

/** The device's field database, opened on first use. */
export function fieldDb(): FieldDb {
  return (current ??= new FieldDb());
}

/** Reads one plain setting. */
export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await fieldDb().meta.get(key))?.value as T | undefined;
}

/** Writes one plain setting. */
export async function writeMeta(key: string, value: unknown): Promise<void> {
  await fieldDb().meta.put({ key, value });
}

/** Deletes every local record of the field app: outbox, files, pulled data, keys and settings. */
export async function wipeFieldDb(): Promise<void> {
  const db = fieldDb();
  await db.transaction('rw', [db.meta, db.outbox, db.sent, db.files, db.uploads, db.records], async () => {
    await Promise.all([
      db.meta.clear(),
      db.outbox.clear(),
      db.sent.clear(),
      db.files.clear(),
      db.uploads.clear(),
      db.records.clear(),
    ]);
  });
}
