import { INCIDENT_REPORT_VERSION, IncidentReportV1 } from '@valiza/domain';
import { reportIncident } from '../../applications/incident-report.service.js';
import { defineHandler } from '../command-handler.js';

/** `incident.report`: aggression, doubtful capacity or a false call at a visit, under the device's id. */
export const incidentReport = defineHandler<IncidentReportV1>({
  type: 'incident.report',
  versions: { [INCIDENT_REPORT_VERSION]: IncidentReportV1 },
  upgrade: {},
  handle: (tx, actor, command) => reportIncident(tx, actor, command.payload),
});
