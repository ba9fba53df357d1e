import {
  DEVICE_REPORT_VERSION,
  DeviceReportV1,
  DeviceReportV2,
  upgradeDeviceReportV1,
  type DeviceReportV2 as Report,
} from '@valiza/domain';
import { insertDeviceReport } from '../../devices/device-report.repository.js';
import { defineHandler } from '../command-handler.js';

/**
 * `device.report`: the field app tells the server how its storage and outbox are doing. The head
 * sees the latest report of each device in the device list. Diagnostic files (a screenshot of a
 * fault) may be attached; the report owns them.
 */
export const deviceReport = defineHandler<Report>({
  type: 'device.report',
  versions: { 1: DeviceReportV1, [DEVICE_REPORT_VERSION]: DeviceReportV2 },
  upgrade: { 1: upgradeDeviceReportV1 },
  attachmentOwner: (command) => ({ type: 'device_report', id: command.id }),
  async handle(tx, actor, command) {
    await insertDeviceReport(tx, {
      id: command.id,
      deviceId: actor.deviceId,
      centreId: actor.centreId,
      personId: actor.personId,
      reportedAt: command.deviceTime,
      report: command.payload,
    });
    return { reportId: command.id, receivedAt: command.receivedAt.toISOString() };
  },
});
