import { z } from 'zod';

const Count = z.number().int().min(0).max(1_000_000);
const Bytes = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * `device.report`, version 1: what the field app knows about its own health — its version, how much
 * browser storage it uses, and how much work waits in its outbox.
 */
export const DeviceReportV1 = z.strictObject({
  appVersion: z.string().trim().min(1).max(40),
  storageUsedBytes: Bytes,
  storageQuotaBytes: Bytes.nullable(),
  unsentCommands: Count,
  unsentAttachments: Count,
});
export type DeviceReportV1 = z.infer<typeof DeviceReportV1>;

/**
 * Version 2 adds whether the browser granted persistent storage: without it the browser may clear
 * the outbox under storage pressure, which the head must know about before it happens.
 */
export const DeviceReportV2 = DeviceReportV1.extend({ storagePersisted: z.boolean().nullable() });
export type DeviceReportV2 = z.infer<typeof DeviceReportV2>;

export const DEVICE_REPORT_VERSION = 2;

/** A version-1 report read as version 2: whether storage is persistent was not reported (null). */
export function upgradeDeviceReportV1(report: DeviceReportV1): DeviceReportV2 {
  return { ...report, storagePersisted: null };
}
