/**
 * The sync state the screens show, as a tiny external store (`useSyncExternalStore`): the engine
 * (`sync-client.ts`) writes it, the `useFieldSync` hook reads it.
 */
export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'locked' | 'failed';

export interface SyncStatus {
  phase: SyncPhase;
  /** Commands waiting to be sent. */
  waiting: number;
  /** Commands the server refused: they stay on the device until a person acts. */
  needsPerson: number;
  /** Commands the server acknowledged (remembered without content). */
  sent: number;
  /** Files not yet received by the server. */
  unsentFiles: number;
  /** End of the last complete sync (push, uploads and pull), epoch ms. */
  lastSyncAt: number | null;
  /** The error code of the last failed round, e.g. `network` or a catalogue code. */
  lastError: string | null;
  /** Browser storage used and available, and whether the browser granted persistent storage. */
  storage: { usage: number | null; quota: number | null; persisted: boolean | null };
  /** Bumped whenever pulled data changed, so screens reading the store can reload. */
  dataVersion: number;
}

let status: SyncStatus = {
  phase: 'locked',
  waiting: 0,
  needsPerson: 0,
  sent: 0,
  unsentFiles: 0,
  lastSyncAt: null,
  lastError: null,
  storage: { usage: null, quota: null, persisted: null },
  dataVersion: 0,
};
const listeners = new Set<() => void>();
const outboxListeners = new Set<() => void>();

/** The current status. */
export function syncStatus(): SyncStatus {
  return status;
}

/** Merges a change into the status and tells the subscribers. */
export function updateSyncStatus(change: Partial<SyncStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** Subscribes to status changes; answers the way to stop. */
export function onSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Said by the outbox after every change, so the engine recounts and may send at once. */
export function notifyOutboxChanged(): void {
  for (const listener of outboxListeners) listener();
}

/** Subscribes to outbox changes; answers the way to stop. */
export function onOutboxChanged(listener: () => void): () => void {
  outboxListeners.add(listener);
  return () => outboxListeners.delete(listener);
}
