import { MAX_COMMANDS_PER_PUSH, PullResponse, PushResponse, type SyncCommand } from '@valiza/domain';
import { ApiError, NetworkError } from '../api/errors';
import { deviceAuthorization, deviceRequest, wipeIfRevoked } from './device-http';
import { fieldDb, readMeta, writeMeta } from './local-db';
import { applyOutcomes, dueCommands, outboxCounts, postponeCommands } from './outbox';
import { isUnlocked, noteExpiry, requireKey } from './session';
import { applyPull, storedCheckpoint } from './store';
import { onOutboxChanged, updateSyncStatus } from './sync-status';
import { openBytes } from './vault';

/** A push stays well under the server's 2 MB body limit. */
const MAX_PUSH_BYTES = 1_500_000;
/** How often the engine syncs by itself while unlocked and online. */
export const SYNC_INTERVAL_MS = 60_000;

let running: Promise<void> | null = null;
let again = false;

/**
 * One sync round: push the due commands in batches, send the files the server lacks, pull changes.
 * Only one round runs at a time; a request during a round runs one more round after it. Does nothing
 * while locked (sync waits for the PIN).
 */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncRound();
    } while (again && isUnlocked());
  })().finally(() => {
    running = null;
  });
  return running;
}

async function syncRound(): Promise<void> {
  if (!isUnlocked()) {
    updateSyncStatus({ phase: 'locked' });
    return;
  }
  updateSyncStatus({ phase: 'syncing' });
  try {
    await pushOutbox();
    await uploadFiles();
    await pull();
    await forgetSentFiles();
    const now = Date.now();
    await writeMeta('lastSyncAt', now);
    updateSyncStatus({ phase: 'idle', lastSyncAt: now, lastError: null });
  } catch (error) {
    await wipeIfRevoked(error);
    const phase = !isUnlocked()
      ? 'locked'
      : error instanceof NetworkError || isOffline()
        ? 'offline'
        : 'failed';
    updateSyncStatus({ phase, lastError: errorCode(error) });
  } finally {
    if (isUnlocked()) await refreshCounts();
  }
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function errorCode(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (error instanceof NetworkError) return 'network';
  return 'internal';
}

/** Batches of due commands, in order, each within the command and byte limits of a push. */
function batches(commands: SyncCommand[]): SyncCommand[][] {
  const out: SyncCommand[][] = [];
  let batch: SyncCommand[] = [];
  let bytes = 0;
  for (const command of commands) {
    const size = JSON.stringify(command).length;
    if (batch.length > 0 && (batch.length >= MAX_COMMANDS_PER_PUSH || bytes + size > MAX_PUSH_BYTES)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(command);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

async function pushOutbox(): Promise<void> {
  const due = await dueCommands(Date.now(), 1000);
  for (const batch of batches(due)) {
    try {
      const answer = await deviceRequest('POST', '/api/v1/sync/push', PushResponse, { commands: batch });
      await applyOutcomes(answer.results);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        // The envelope of some command was refused for the whole batch: mark the ones named in the
        // details (else all of the batch) as needing a person, with the server's reason.
        await applyOutcomes(envelopeRefusals(batch, error));
        continue;
      }
      await postponeCommands(batch.map((c) => c.id));
      throw error;
    }
  }
}

function envelopeRefusals(batch: SyncCommand[], error: ApiError) {
  const named = new Set(
    error.details.flatMap((d) => {
      const match = /^commands\.(\d+)/.exec(d.path);
      return match ? [Number(match[1])] : [];
    }),
  );
  return batch
    .filter((_, i) => named.size === 0 || named.has(i))
    .map((c) => ({
      id: c.id,
      status: 'invalid' as const,
      error: { code: error.code, message: error.message, details: [] },
    }));
}

async function uploadFiles(): Promise<void> {
  const files = await fieldDb().files.where('uploaded').equals(0).toArray();
  if (files.length === 0) return;
  const { uploadAttachment } = await import('./tus-upload');
  const key = requireKey();
  for (const file of files) {
    const blob = new Blob([await openBytes(key, file.sealed)], { type: file.mediaType });
    try {
      await uploadAttachment(
        { id: file.id, sha256: file.sha256, mediaType: file.mediaType, blob },
        deviceAuthorization(),
      );
    } catch (error) {
      throw uploadFailure(error);
    }
    await fieldDb().files.update(file.id, { uploaded: 1 });
  }
}

/** tus-js-client's error as ours: the server's JSON refusal, or "no network". */
function uploadFailure(error: unknown): Error {
  const response = (error as { originalResponse?: { getStatus(): number; getBody(): string } | null })
    .originalResponse;
  if (!response) return new NetworkError(error);
  try {
    const body = JSON.parse(response.getBody()) as { error?: { code?: string; message?: string } };
    return new ApiError(response.getStatus(), body.error?.code ?? 'internal', body.error?.message ?? '');
  } catch {
    return new ApiError(response.getStatus(), 'internal', '');
  }
}

async function pull(): Promise<void> {
  const checkpoint = await storedCheckpoint();
  const query = checkpoint ? `?checkpoint=${encodeURIComponent(checkpoint)}` : '';
  const answer = await deviceRequest('GET', `/api/v1/sync/pull${query}`, PullResponse);
  await applyPull(answer);
  await noteExpiry(answer.device.expiresAt);
}

/** Deletes the bytes of files the server has, once their command was acknowledged too. */
async function forgetSentFiles(): Promise<void> {
  const db = fieldDb();
  await db.transaction('rw', db.files, db.outbox, async () => {
    const uploaded = await db.files.where('uploaded').equals(1).toArray();
    const pending = new Set(
      (await db.outbox.bulkGet(uploaded.map((f) => f.commandId))).flatMap((r) => (r ? [r.id] : [])),
    );
    await db.files.bulkDelete(uploaded.filter((f) => !pending.has(f.commandId)).map((f) => f.id));
  });
}

/** Recounts the outbox and the storage for the status panel. */
export async function refreshCounts(): Promise<void> {
  updateSyncStatus({
    ...(await outboxCounts()),
    storage: await storageFigures(),
    lastSyncAt: (await readMeta<number>('lastSyncAt')) ?? null,
  });
}

async function storageFigures() {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const estimate = await storage?.estimate?.().catch(() => null);
  const persisted = await storage?.persisted?.().catch(() => null);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}

/**
 * Runs sync by itself while the app is unlocked: at once, when the network comes back (`online`),
 * every `SYNC_INTERVAL_MS`, and soon after new work is enqueued. Answers the way to stop.
 */
export function startAutoSync(): () => void {
  const run = () => {
    if (isUnlocked() && !isOffline()) void syncNow();
  };
  const offline = () => updateSyncStatus({ phase: 'offline' });
  const timer = setInterval(run, SYNC_INTERVAL_MS);
  window.addEventListener('online', run);
  window.addEventListener('offline', offline);
  const stopOutbox = onOutboxChanged(() => {
    void refreshCounts();
    run();
  });
  updateSyncStatus({ phase: isOffline() ? 'offline' : 'idle' });
  void refreshCounts();
  run();
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', run);
    window.removeEventListener('offline', offline);
    stopOutbox();
    // Stopped because the app locked (or the field app closed): sync waits for the PIN.
    updateSyncStatus({ phase: 'locked' });
  };
}
