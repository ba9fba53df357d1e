import type { FastifyInstance } from 'fastify';
import { releaseExpiredDeviceBlocks } from '../application-numbers/application-number.service.js';
import type { Db } from '../db/database.js';
import { pruneChanges } from './change-log.repository.js';

const HOUR = 3_600_000;

/**
 * The sync area's periodic work: prune the change log past its retention (older checkpoints then
 * get a full snapshot) and release the numbers of devices that expired. Both are idempotent, so a
 * restart that runs them again, or a run that was skipped, changes nothing but timing.
 */
export async function runSyncMaintenance(
  db: Db,
  settings: { changeLogDays: number },
): Promise<{ prunedChanges: number; releasedDevices: number }> {
  return {
    prunedChanges: await pruneChanges(db, settings.changeLogDays),
    releasedDevices: await releaseExpiredDeviceBlocks(db),
  };
}

/** Runs the maintenance hourly while the server runs; a failure is logged and tried next hour. */
export function scheduleSyncMaintenance(app: FastifyInstance): void {
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      runSyncMaintenance(app.database.db, app.config).catch((error: Error) =>
        app.log.error({ err: { type: error.name, message: error.message } }, 'sync maintenance failed'),
      );
    }, HOUR);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
