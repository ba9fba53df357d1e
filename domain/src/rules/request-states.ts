import type { RequestState } from '../contracts/requests.js';

/**
 * The life of a visit request as data. A request arrives `new`; the operator finds it `eligible` or
 * `rejected`; planning makes it `scheduled` (and may take it off a plan again); the visit ends it as
 * `completed` or `no_show`; until then it can be `cancelled`. The last four and `rejected` are final.
 */
export const REQUEST_STATES = [
  'new',
  'eligible',
  'rejected',
  'scheduled',
  'completed',
  'cancelled',
  'no_show',
] as const;

/** States in which a request still waits for a visit. */
export const OPEN_REQUEST_STATES: readonly RequestState[] = ['new', 'eligible', 'scheduled'];

/** Who may make a transition: the office (operator or head, through the API), planning, or the visit. */
export type TransitionActor = 'office' | 'scheduling' | 'visit';

/** What a transition must be given. */
export type TransitionField = 'reason' | 'cancelledBy' | 'plannedDate';

export interface TransitionRule {
  readonly from: RequestState;
  readonly to: RequestState;
  readonly by: TransitionActor;
  readonly requires: readonly TransitionField[];
}

const rule = (
  from: RequestState,
  to: RequestState,
  by: TransitionActor,
  requires: TransitionField[] = [],
): TransitionRule => ({ from, to, by, requires });

export const REQUEST_TRANSITIONS: readonly TransitionRule[] = [
  rule('new', 'eligible', 'office'),
  rule('new', 'rejected', 'office', ['reason']),
  rule('eligible', 'rejected', 'office', ['reason']),
  rule('eligible', 'scheduled', 'scheduling', ['plannedDate']),
  rule('scheduled', 'eligible', 'scheduling'),
  rule('scheduled', 'completed', 'visit'),
  rule('scheduled', 'no_show', 'visit'),
  rule('new', 'cancelled', 'office', ['cancelledBy', 'reason']),
  rule('eligible', 'cancelled', 'office', ['cancelledBy', 'reason']),
  rule('scheduled', 'cancelled', 'office', ['cancelledBy', 'reason']),
];

/** The rule for a transition, or null when the transition is not allowed. */
export function transitionRule(from: RequestState, to: RequestState): TransitionRule | null {
  return REQUEST_TRANSITIONS.find((r) => r.from === from && r.to === to) ?? null;
}

/**
 * Whether `from → to` is allowed, and which of its required fields are missing from `given`
 * (a field counts as given when it is a non-empty string).
 */
export function checkTransition(
  from: RequestState,
  to: RequestState,
  given: Partial<Record<TransitionField, string | null | undefined>> = {},
): { allowed: false } | { allowed: true; rule: TransitionRule; missing: TransitionField[] } {
  const found = transitionRule(from, to);
  if (!found) return { allowed: false };
  const missing = found.requires.filter((field) => !given[field]?.trim());
  return { allowed: true, rule: found, missing };
}

/** Whether a request in this state still waits for a visit. */
export function isOpenState(state: RequestState): boolean {
  return OPEN_REQUEST_STATES.includes(state);
}

/** The states the office may move a request to from `from`. */
export function officeTargets(from: RequestState): RequestState[] {
  return REQUEST_TRANSITIONS.filter((r) => r.from === from && r.by === 'office').map((r) => r.to);
}
