import type { Device, DeviceState } from '@valiza/domain';
import type { DeviceReportRow } from './device-report.repository.js';
import type { DeviceRow } from './device.repository.js';

function stateOf(device: DeviceRow, now: Date): DeviceState {
  if (device.revokedAt) return 'revoked';
  return device.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** A device as the API shows it, with its state at `now` and its latest report. */
export function presentDevice(
  device: DeviceRow,
  report: DeviceReportRow | undefined,
  now = new Date(),
): Device {
  return {
    id: device.id,
    label: device.label,
    person: { id: device.personId, name: device.personName },
    state: stateOf(device, now),
    registeredAt: device.registeredAt.toISOString(),
    lastSeenAt: device.lastSeenAt.toISOString(),
    expiresAt: device.expiresAt.toISOString(),
    revokedAt: device.revokedAt?.toISOString() ?? null,
    lastReport: report
      ? {
          reportedAt: report.reportedAt.toISOString(),
          receivedAt: report.receivedAt.toISOString(),
          appVersion: report.appVersion,
          storageUsedBytes: report.storageUsedBytes,
          storageQuotaBytes: report.storageQuotaBytes,
          storagePersisted: report.storagePersisted,
          unsentCommands: report.unsentCommands,
          unsentAttachments: report.unsentAttachments,
        }
      : null,
  };
}
