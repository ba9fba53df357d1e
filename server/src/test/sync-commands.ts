import { uuidv7, type SyncCommand } from '@valiza/domain';

/** A `device.report` command as the field app makes it, version 2 unless told otherwise. */
export function deviceReportCommand(
  overrides: Partial<SyncCommand> & { unsentCommands?: number } = {},
): SyncCommand {
  const { unsentCommands = 0, ...rest } = overrides;
  const v1 = {
    appVersion: '1.4.0',
    storageUsedBytes: 12_345_678,
    storageQuotaBytes: 2_000_000_000,
    unsentCommands,
    unsentAttachments: 2,
  };
  const version = rest.formatVersion ?? 2;
  return {
    id: uuidv7(),
    type: 'device.report',
    formatVersion: version,
    deviceTime: new Date().toISOString(),
    payload: version === 1 ? v1 : { ...v1, storagePersisted: true },
    ...rest,
  };
}
