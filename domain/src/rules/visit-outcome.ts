import type { RequestState } from '../contracts/requests.js';
import type { IncidentKind } from './risk-signals.js';
import type { VisitCancelReason, VisitOutcome } from '../sync/commands/visit-finish.js';

/** The request state a finished visit leads to, and the reason written with a cancellation. */
export type RequestStateAfterVisit =
  | { readonly to: 'completed' }
  | { readonly to: 'no_show' }
  | { readonly to: 'cancelled'; readonly reason: VisitCancelReason };

/**
 * The request's state follows the visit's outcome: completed or partly completed → `completed` (what
 * is left becomes a new request); the applicant absent → `no_show`; every other cancellation →
 * `cancelled`, with the visit's reason.
 */
export function requestStateAfterVisit(
  outcome: VisitOutcome,
  cancelReason: VisitCancelReason | null | undefined,
): RequestStateAfterVisit {
  if (outcome !== 'cancelled') return { to: 'completed' };
  if (!cancelReason) throw new Error('A cancelled visit needs its reason.');
  if (cancelReason === 'absent') return { to: 'no_show' };
  return { to: 'cancelled', reason: cancelReason };
}

/** The incident a cancellation records with the applicant, if any (it becomes a risk signal). */
export function incidentAfterVisit(cancelReason: VisitCancelReason | null | undefined): IncidentKind | null {
  if (cancelReason === 'aggression') return 'aggression';
  if (cancelReason === 'doubtful_capacity') return 'doubtful_capacity';
  if (cancelReason === 'false_call') return 'false_call';
  return null;
}

export const VISIT_CONFLICTS = ['visit_cancelled', 'visit_rescheduled', 'request_closed'] as const;
export type VisitConflict = (typeof VISIT_CONFLICTS)[number];

/** The visit and request as the server holds them when field work for the visit arrives. */
export interface VisitAsHeld {
  readonly visitStatus: 'planned' | 'cancelled';
  /** The visit's planned day now (`YYYY-MM-DD`). */
  readonly visitDay: string;
  readonly requestState: RequestState;
  /** Whether this visit's own report already closed the request (an earlier `visit.finish`). */
  readonly closedByThisVisit: boolean;
}

/**
 * Whether field work done on `workDay` (the civil date of the device's clock) for a visit conflicts
 * with what the office did meanwhile: it cancelled the visit, moved it to another day, or closed the
 * request. Field work is never refused for this — it is stored in full and the conflict is shown to
 * the head — because the administrator did the work in front of a person, and the office's change
 * could not reach them offline.
 */
export function visitConflict(held: VisitAsHeld, workDay: string): VisitConflict | null {
  if (held.visitStatus === 'cancelled') return 'visit_cancelled';
  if (held.requestState !== 'scheduled' && !held.closedByThisVisit) return 'request_closed';
  if (held.visitDay !== workDay) return 'visit_rescheduled';
  return null;
}

/**
 * How the head resolves a conflict: `field_outcome` applies what the field did after all (the request
 * follows the visit's outcome, a visit still planned for the request is taken off its plan);
 * `office_change` keeps what the office did. The field's work stays recorded either way.
 */
export const CONFLICT_DECISIONS = ['field_outcome', 'office_change'] as const;
export type ConflictDecision = (typeof CONFLICT_DECISIONS)[number];

/**
 * Whether the field's outcome can be applied to a request that the office moved to `from` meanwhile:
 * `unchanged` when the request is already where the outcome leads, `refused` when it was completed
 * (a service delivered at another visit is never undone by an older outcome) or is still `new`,
 * `allowed` otherwise — also out of `cancelled`, `no_show` and `rejected`, which no other path may
 * leave: the work was done in front of the person while the office's change could not reach the field.
 */
export function fieldOutcomeSettlement(
  from: RequestState,
  to: RequestStateAfterVisit['to'],
): 'unchanged' | 'allowed' | 'refused' {
  if (from === to) return 'unchanged';
  if (from === 'completed' || from === 'new') return 'refused';
  return 'allowed';
}
