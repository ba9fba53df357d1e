import { sql } from 'kysely';
import type { DeviceReportV2 } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface DeviceReportRow extends DeviceReportV2 {
  deviceId: string;
  reportedAt: Date;
  receivedAt: Date;
}

/** Stores one `device.report` under its command id. */
export async function insertDeviceReport(
  db: Db,
  row: {
    id: string;
    deviceId: string;
    centreId: string;
    personId: string;
    reportedAt: Date;
    report: DeviceReportV2;
  },
): Promise<void> {
  const r = row.report;
  await db
    .insertInto('device_reports')
    .values({
      id: row.id,
      device_id: row.deviceId,
      centre_id: row.centreId,
      person_id: row.personId,
      reported_at: row.reportedAt,
      app_version: r.appVersion,
      storage_used_bytes: r.storageUsedBytes,
      storage_quota_bytes: r.storageQuotaBytes,
      storage_persisted: r.storagePersisted,
      unsent_commands: r.unsentCommands,
      unsent_attachments: r.unsentAttachments,
    })
    .execute();
}

/** The latest report of each of the devices, by the device's own clock (reports may arrive out of order). */
export async function latestReports(
  db: Db,
  deviceIds: readonly string[],
): Promise<Map<string, DeviceReportRow>> {
  if (deviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('device_reports')
    .distinctOn('device_id')
    .select([
      'device_id as deviceId',
      'reported_at as reportedAt',
      'received_at as receivedAt',
      'app_version as appVersion',
      'storage_used_bytes as storageUsedBytes',
      'storage_quota_bytes as storageQuotaBytes',
      'storage_persisted as storagePersisted',
      'unsent_commands as unsentCommands',
      'unsent_attachments as unsentAttachments',
    ])
    .where('device_id', 'in', deviceIds)
    .orderBy('device_id')
    .orderBy(sql`reported_at`, 'desc')
    .orderBy('received_at', 'desc')
    .execute();
  return new Map(rows.map((row) => [row.deviceId, row]));
}
