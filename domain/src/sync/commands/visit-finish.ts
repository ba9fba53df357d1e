import { z } from 'zod';
import { optionalText, requiredText } from '../../contracts/common.js';
import { DeviceInstant, NamedPerson, OfficeId } from './field-values.js';

/** How a visit ended. */
export const VISIT_OUTCOMES = ['completed', 'partly_completed', 'cancelled'] as const;
export const VisitOutcome = z.enum(VISIT_OUTCOMES);
export type VisitOutcome = z.infer<typeof VisitOutcome>;

/**
 * Why a visit was cancelled on the spot: the applicant was not there; documents were missing; the
 * applicant is not eligible, or the call was false; the administrator doubted the applicant's legal
 * capacity; aggression; a technical failure; the applicant declined.
 */
export const VISIT_CANCEL_REASONS = [
  'absent',
  'documents_missing',
  'not_eligible',
  'false_call',
  'doubtful_capacity',
  'aggression',
  'technical_failure',
  'declined',
] as const;
export const VisitCancelReason = z.enum(VISIT_CANCEL_REASONS);
export type VisitCancelReason = z.infer<typeof VisitCancelReason>;

/** What is left of a partly completed visit: a new request for these services is made. */
export const FollowUp = z.strictObject({
  serviceIds: z.array(OfficeId).min(1).max(20),
  note: optionalText(1000),
});
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * `visit.finish`, version 1: how the visit ended. The request's state follows the outcome
 * (`requestStateAfterVisit`): completed or partly completed → `completed` (partly completed with a
 * `followUp` → a new request for the services left); `absent` → `no_show`; any other cancellation →
 * `cancelled` with its reason. Doubtful capacity needs the witness and the free-form act;
 * aggression and doubtful capacity are recorded as incidents with the applicant.
 *
 * If the office cancelled or moved the visit, or closed the request, while the field was offline,
 * the report is still stored in full and flagged for the head as a conflict.
 */
export const VisitFinishV1 = z
  .strictObject({
    visitId: OfficeId,
    outcome: VisitOutcome,
    /** Required exactly when the outcome is `cancelled`. */
    cancelReason: VisitCancelReason.nullish(),
    note: optionalText(2000),
    /** Doubtful capacity: the witness present. */
    witness: NamedPerson.nullish(),
    /** Doubtful capacity: the free-form act describing the circumstances (printable). */
    capacityAct: optionalText(10_000),
    /** Device clock. */
    finishedAt: DeviceInstant,
    /** Only for a partly completed visit: the services still to deliver. */
    followUp: FollowUp.nullish(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.outcome === 'cancelled' && !v.cancelReason) issue('cancelReason', 'required when cancelled');
    if (v.outcome !== 'cancelled' && v.cancelReason) issue('cancelReason', 'only when cancelled');
    if (v.followUp && v.outcome !== 'partly_completed') issue('followUp', 'only when partly completed');
    if (v.cancelReason === 'doubtful_capacity') {
      if (!v.witness) issue('witness', 'required for doubtful capacity');
      if (!v.capacityAct) issue('capacityAct', 'required for doubtful capacity');
    }
  });
export type VisitFinishV1 = z.infer<typeof VisitFinishV1>;

export const VISIT_FINISH_VERSION = 1;

/** A required free-form text of a report, shared with `incident.report`. */
export const ReportText = requiredText(4000);
