import { DEVICE_REPORT_VERSION, type DeviceReportV2 } from '@valiza/domain';
import { enqueue, outboxCounts } from './outbox';

/** The app's version as reported to the server. */
export const APP_VERSION = '0.1.0';

/**
 * Queues a `device.report`: storage used and granted, and how much work waits. The head sees the
 * latest one in the device list, so a device about to lose its storage is noticed in time.
 */
export async function enqueueDeviceReport(): Promise<string> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const estimate = await storage?.estimate?.().catch(() => null);
  const persisted = (await storage?.persisted?.().catch(() => null)) ?? null;
  const counts = await outboxCounts();
  const report: DeviceReportV2 = {
    appVersion: APP_VERSION,
    storageUsedBytes: estimate?.usage ?? 0,
    storageQuotaBytes: estimate?.quota ?? null,
    storagePersisted: persisted,
    unsentCommands: counts.waiting + counts.needsPerson,
    unsentAttachments: counts.unsentFiles,
  };
  const { id } = await enqueue('device.report', report, { formatVersion: DEVICE_REPORT_VERSION });
  return id;
}
