import { describe, expect, it } from 'vitest';
import { DeviceReportV1, DeviceReportV2, upgradeDeviceReportV1 } from './device-report.js';

describe('device.report', () => {
  const v1 = {
    appVersion: '1.2.0',
    storageUsedBytes: 1024,
    storageQuotaBytes: null,
    unsentCommands: 3,
    unsentAttachments: 1,
  };

  it('version 2 needs what version 1 lacks, and a version-1 report upgrades to a valid version 2', () => {
    expect(DeviceReportV1.safeParse(v1).success).toBe(true);
    expect(DeviceReportV2.safeParse(v1).success).toBe(false);
    const upgraded = upgradeDeviceReportV1(DeviceReportV1.parse(v1));
    expect(DeviceReportV2.parse(upgraded)).toEqual({ ...v1, storagePersisted: null });
  });

  it('refuses unknown fields and negative counts', () => {
    expect(DeviceReportV1.safeParse({ ...v1, extra: 1 }).success).toBe(false);
    expect(DeviceReportV1.safeParse({ ...v1, unsentCommands: -1 }).success).toBe(false);
  });
});
