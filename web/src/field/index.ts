/**
 * The field app's offline core, for the field screens. Everything here works without a network:
 *
 * - `enqueue(type, payload, { formatVersion, attachments })` records one piece of work (a command with
 *   a UUIDv7 id, and its files) sealed in IndexedDB in one transaction; sync sends it later.
 * - `fieldStore` reads the pulled data (plans, centre, localities, kits, number blocks…), typed.
 * - `useFieldSync()` gives the sync status and `syncNow`.
 *
 * All of it needs the app unlocked (PIN); while locked, reads and `enqueue` throw `FieldLockedError`.
 */
export { enqueue, listOutbox, retryCommand, attachmentBlob } from './outbox';
export type { Enqueued, EnqueueOptions, NewAttachment, OutboxEntry } from './outbox';
export { fieldStore, readEntities, readEntity } from './store';
export { useFieldSync, type FieldSync } from './use-field-sync';
export { FieldLockedError, isUnlocked } from './session';
export type { SyncStatus, SyncPhase } from './sync-status';
