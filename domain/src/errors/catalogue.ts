import { AUTH_ERRORS } from './catalogue.auth.js';
import { COMMON_ERRORS } from './catalogue.common.js';
import { ORG_ERRORS } from './catalogue.org.js';
import { REQUESTS_ERRORS } from './catalogue.requests.js';
import { SCHEDULING_ERRORS } from './catalogue.scheduling.js';
import { SERVICES_ERRORS } from './catalogue.services.js';
import { DEVICE_ERRORS } from './catalogue.devices.js';
import { SYNC_ERRORS } from './catalogue.sync.js';
import { FILE_ERRORS } from './catalogue.files.js';
import { NUMBER_ERRORS } from './catalogue.numbers.js';
import { VISIT_ERRORS } from './catalogue.visits.js';
import { FEEDBACK_ERRORS } from './catalogue.feedback.js';
import { LOGBOOK_ERRORS } from './catalogue.logbook.js';
import { REPORTS_ERRORS } from './catalogue.reports.js';
import type { ErrorEntry } from './error-entry.js';

/**
 * The one error catalogue. Each area keeps its codes in `catalogue.<area>.ts`; they are merged here
 * so that a code is unique across the product and the web app can translate any of them.
 */
export const ERRORS = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...ORG_ERRORS,
  ...SERVICES_ERRORS,
  ...REQUESTS_ERRORS,
  ...SCHEDULING_ERRORS,
  ...DEVICE_ERRORS,
  ...SYNC_ERRORS,
  ...FILE_ERRORS,
  ...NUMBER_ERRORS,
  ...VISIT_ERRORS,
  ...FEEDBACK_ERRORS,
  ...LOGBOOK_ERRORS,
  ...REPORTS_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}
