import { z } from 'zod';
import { INCIDENT_KINDS } from '../../rules/risk-signals.js';
import { DeviceInstant, FieldId, OfficeId } from './field-values.js';
import { ReportText } from './visit-finish.js';

/**
 * `incident.report`, version 1: something at a visit the centre must remember about this applicant
 * or door — aggression towards the administrator, doubts about legal capacity, a false call. It
 * becomes a risk signal on the applicant's later requests. The id is made on the device, so a resend
 * never records the incident twice.
 */
export const IncidentReportV1 = z.strictObject({
  incidentId: FieldId,
  visitId: OfficeId,
  kind: z.enum(INCIDENT_KINDS),
  description: ReportText,
  /** Device clock; the incident's day is its civil date in Kyiv. */
  occurredAt: DeviceInstant,
});
export type IncidentReportV1 = z.infer<typeof IncidentReportV1>;

export const INCIDENT_REPORT_VERSION = 1;
