import { z } from 'zod';
import { CONFLICT_DECISIONS, VISIT_CONFLICTS } from '../rules/visit-outcome.js';
import { RequestState } from './requests.js';
import { VisitCancelReason, VisitOutcome } from '../sync/commands/visit-finish.js';
import { CivilDate, Id, Instant, listOf, requiredText } from './common.js';

/** Where an application was registered. */
export const ApplicationPlace = z.enum(['mobile_visit', 'outreach_point', 'centre']);
export type ApplicationPlace = z.infer<typeof ApplicationPlace>;

/**
 * One row of the plain list of applications (the logbook's rows). `complete` is false while a file
 * the application declared has not reached the server: until then it does not count as received.
 */
export const ApplicationListItem = z.object({
  id: Id,
  number: z.string(),
  receivedAt: Instant,
  registeredAt: Instant,
  place: ApplicationPlace,
  applicantName: z.string(),
  serviceName: z.string(),
  administratorName: z.string(),
  complete: z.boolean(),
});
export type ApplicationListItem = z.infer<typeof ApplicationListItem>;

export const ApplicationList = listOf(ApplicationListItem);
export type ApplicationList = z.infer<typeof ApplicationList>;

export const ApplicationQuery = z.strictObject({
  /** Only applications still waiting for a declared file. */
  incomplete: z.enum(['true', 'false']).optional(),
  /** The id of the last row of the previous page (rows come newest first). */
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ApplicationQuery = z.infer<typeof ApplicationQuery>;

/** One application in full, as registered, with the files still missing. */
export const ApplicationDetail = ApplicationListItem.extend({
  year: z.number().int(),
  visitId: Id.nullable(),
  requestId: Id.nullable(),
  applicantId: Id,
  serviceId: Id,
  provider: z.string(),
  representative: z.record(z.string(), z.unknown()).nullable(),
  identity: z.record(z.string(), z.unknown()),
  documents: z.array(z.record(z.string(), z.unknown())),
  payment: z.record(z.string(), z.unknown()).nullable(),
  signatureAttachmentId: Id.nullable(),
  formAttachmentId: Id.nullable(),
  administratorId: Id,
  deviceId: Id.nullable(),
  missingAttachments: z.array(z.object({ id: Id, sha256: z.string(), size: z.number().int() })),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

/**
 * Field work for a visit the office cancelled or moved, or whose request it closed, while the field
 * was offline. The work is kept in full; the head looks at it and resolves the conflict with a note.
 */
export const VisitConflictItem = z.object({
  visitId: Id,
  requestId: Id,
  requestNumber: z.string(),
  applicantName: z.string(),
  administratorName: z.string(),
  conflict: z.enum(VISIT_CONFLICTS),
  /** The visit as the office holds it now: its status and planned day. */
  visitStatus: z.enum(['planned', 'cancelled']),
  visitDay: CivilDate,
  /** The request's state now. */
  requestState: RequestState,
  outcome: VisitOutcome.nullable(),
  cancelReason: VisitCancelReason.nullable(),
  arrivedAt: Instant.nullable(),
  finishedAt: Instant.nullable(),
  receivedAt: Instant,
  applications: z.array(z.object({ id: Id, number: z.string(), serviceName: z.string() })),
  resolvedAt: Instant.nullable(),
  resolution: z.string().nullable(),
  decision: z.enum(CONFLICT_DECISIONS).nullable(),
});
export type VisitConflictItem = z.infer<typeof VisitConflictItem>;

export const VisitConflictQuery = z.strictObject({
  /** `open` (the default) or `all`, resolved ones included. */
  state: z.enum(['open', 'all']).default('open'),
});

export const ResolveVisitConflictBody = z.strictObject({
  /**
   * `field_outcome`: the request follows the field's outcome after all; `office_change`: the office's
   * change stands. The field's work (applications, incidents, the report) is never removed.
   */
  decision: z.enum(CONFLICT_DECISIONS),
  /** Why the head decided so. */
  note: requiredText(2000),
});
export type ResolveVisitConflictBody = z.infer<typeof ResolveVisitConflictBody>;
