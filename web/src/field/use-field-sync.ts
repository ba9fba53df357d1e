import { useSyncExternalStore } from 'react';
import { lockState, onLockChange, type LockState } from './session';
import { syncNow } from './sync-client';
import { onSyncStatus, syncStatus, type SyncStatus } from './sync-status';

export interface FieldSync extends SyncStatus {
  /** Whether the device is set up, locked or unlocked. */
  lock: LockState;
  /** Starts a sync round now (does nothing while locked); resolves when it ended. */
  syncNow: () => Promise<void>;
}

/**
 * The field app's sync status for a screen: counts of waiting, sent and "needs a person" commands,
 * files still to send, the last sync, storage figures, the phase (`idle`, `syncing`, `offline`,
 * `locked`, `failed`), the lock state, and `syncNow`. Re-renders on every change. `dataVersion`
 * changes when pulled data changed: put it in an effect's dependencies to reload what the store gave.
 */
export function useFieldSync(): FieldSync {
  const status = useSyncExternalStore(onSyncStatus, syncStatus);
  const lock = useSyncExternalStore(onLockChange, lockState);
  return { ...status, lock, syncNow };
}
