import { checkIdentity } from '../identity/identity';
import { hasInk } from '../form/signature';
import { checkPayment } from '../payment/payment';
import { finishPayload } from './visit-commands';
import { VISIT_STEPS, type VisitDraft, type VisitStep } from './visit-draft';

/** Why a step cannot be left yet; the screen says it in words. */
export type StepProblem =
  | 'arrival_missing'
  | 'notice_missing'
  | 'identity_invalid'
  | 'no_service'
  | 'pages_missing'
  | 'payment_incomplete'
  | 'signature_missing'
  | 'not_registered'
  | 'outcome_incomplete';

/** The steps that are skipped when the visit is cancelled before anything was registered. */
const REGISTERED_STEPS: readonly VisitStep[] = ['confirmation', 'outcome', 'finished'];

/** The services delivered at this visit. */
export function includedServices(draft: VisitDraft) {
  return draft.services.filter((s) => s.included);
}

/** What keeps the current step from being finished, or null when it is complete. */
export function stepProblem(draft: VisitDraft, step: VisitStep = draft.step): StepProblem | null {
  switch (step) {
    case 'arrival':
      return draft.arrival ? null : 'arrival_missing';
    case 'notice':
      return draft.noticeGiven ? null : 'notice_missing';
    case 'identity':
      return checkIdentity(draft.identity).ok ? null : 'identity_invalid';
    case 'documents': {
      const services = includedServices(draft);
      if (services.length === 0) return 'no_service';
      // Every document the applicant has is captured: a present document without pages is a slip.
      return services.every((s) => s.documents.every((d) => !d.present || d.pages.length > 0))
        ? null
        : 'pages_missing';
    }
    case 'payment':
      return includedServices(draft).every((s) => checkPayment(s).ok) ? null : 'payment_incomplete';
    case 'form':
      return draft.signature && hasInk(draft.signature) ? null : 'signature_missing';
    case 'register':
      return includedServices(draft).every((s) => draft.applications.some((a) => a.serviceId === s.serviceId))
        ? null
        : 'not_registered';
    case 'confirmation':
      return null;
    case 'outcome':
      return finishPayload(draft, new Date(0)).success ? null : 'outcome_incomplete';
    case 'finished':
      return null;
  }
}

/** Whether anything was registered: from then on the registered data can no longer be edited. */
export function isRegistered(draft: VisitDraft): boolean {
  return draft.applications.length > 0;
}

/** Moves to the next step when the current one is complete. */
export function advance(
  draft: VisitDraft,
): { ok: true; draft: VisitDraft } | { ok: false; problem: StepProblem } {
  const problem = stepProblem(draft);
  if (problem) return { ok: false, problem };
  const next = VISIT_STEPS[VISIT_STEPS.indexOf(draft.step) + 1];
  return next ? { ok: true, draft: { ...draft, step: next } } : { ok: true, draft };
}

/** The steps a person may go back to: earlier ones, but nothing before a registration already made. */
export function reachableSteps(draft: VisitDraft): VisitStep[] {
  const current = VISIT_STEPS.indexOf(draft.step);
  const earliest = isRegistered(draft) ? VISIT_STEPS.indexOf('confirmation') : draft.arrival ? 1 : 0;
  return VISIT_STEPS.filter((_, index) => index >= earliest && index <= current && draft.step !== 'finished');
}

/** Goes back to an earlier step (to correct something); refused past a registration. */
export function goTo(draft: VisitDraft, step: VisitStep): VisitDraft {
  return reachableSteps(draft).includes(step) ? { ...draft, step } : draft;
}

/**
 * Stops the visit early — the applicant is absent, refuses, is aggressive… — and goes to the outcome
 * with "cancelled" chosen. Possible after arrival and before anything was registered; after a
 * registration the visit can only end completed or partly completed.
 */
export function cancelEarly(draft: VisitDraft): VisitDraft {
  if (!draft.arrival || isRegistered(draft) || REGISTERED_STEPS.includes(draft.step)) return draft;
  return { ...draft, step: 'outcome', outcome: { ...draft.outcome, outcome: 'cancelled' } };
}

/** Marks the visit finished once its `visit.finish` command is stored. */
export function finished(draft: VisitDraft, finishCommandId: string): VisitDraft {
  return { ...draft, step: 'finished', finishCommandId };
}
