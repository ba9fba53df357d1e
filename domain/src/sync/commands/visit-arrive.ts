import { z } from 'zod';
import { DeviceInstant, FieldPosition, OfficeId } from './field-values.js';

/**
 * `visit.arrive`, version 1: the administrator reached the applicant (or opened the visit at an
 * outreach point). Recorded on the visit's report; the request's state does not change until the
 * visit is finished. Sending it again for the same visit (a new command id, the same content) is
 * harmless; a later arrival with another time replaces nothing — the first arrival stands.
 */
export const VisitArriveV1 = z.strictObject({
  visitId: OfficeId,
  /** Device clock. */
  arrivedAt: DeviceInstant,
  /** Only when the administrator allowed the app to read the position. */
  position: FieldPosition.nullish(),
});
export type VisitArriveV1 = z.infer<typeof VisitArriveV1>;

export const VISIT_ARRIVE_VERSION = 1;
