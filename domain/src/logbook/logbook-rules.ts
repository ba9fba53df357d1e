import { forwardingDeadline, isOverdue, providerDueDate, type TermKind } from '../calendar/terms.js';
import type { CalendarSettings } from '../calendar/working-days.js';
import type { IsoDate } from '../time/civil-date.js';
import { civilDateIn } from '../time/time-zone.js';

/** What happens to an application after registration, each an appended event. */
export const LOGBOOK_EVENT_KINDS = [
  'forwarded',
  'decision',
  'result_received',
  'delivered',
  'refusal_review',
] as const;
export type LogbookEventKind = (typeof LOGBOOK_EVENT_KINDS)[number];

/**
 * `corrected`: the registered content was put right by a new entry that points to this one; the work
 * goes on under the correction, and this entry stays in the journal as it was.
 */
export const LOGBOOK_STATUSES = [
  'registered',
  'forwarded',
  'decided',
  'result_ready',
  'delivered',
  'corrected',
] as const;
export type LogbookStatus = (typeof LOGBOOK_STATUSES)[number];

export const PROVIDER_DECISIONS = ['granted', 'refused', 'returned'] as const;
export type ProviderDecision = (typeof PROVIDER_DECISIONS)[number];

export const FORWARD_METHODS = ['e_registry', 'courier', 'email'] as const;
export type ForwardMethod = (typeof FORWARD_METHODS)[number];

export const DELIVERY_METHODS = ['pickup', 'post', 'courier', 'repeat_visit', 'electronic'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export type Overdue = 'forward' | 'provider';

/** Clocks of devices and servers drift a little: a moment this close ahead of now is not "future". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The two due dates of an application, both counted from the server's moment of receipt. */
export interface EntryDeadlines {
  /** Documents must reach the provider by this day (next working day after receipt). */
  forwardBy: IsoDate;
  /** The provider must decide by this day (the service's term, or 30 calendar days). */
  providerDue: IsoDate;
}

/**
 * The due dates of an application received at `receivedAt` (server time), by the centre's
 * calendar: the next working day to forward, and the service's own term at the provider.
 */
export function entryDeadlines(
  receivedAt: Date,
  term: { days: number | null; kind: TermKind | null },
  settings: CalendarSettings,
): EntryDeadlines {
  const receivedOn = civilDateIn(receivedAt);
  return {
    forwardBy: forwardingDeadline(receivedOn, settings),
    providerDue: providerDueDate(receivedOn, term.days, term.kind, settings),
  };
}

/** One stored event, as the rules need it. */
export interface EventFact {
  id: string;
  kind: LogbookEventKind;
  occurredAt: Date;
  content: Record<string, unknown>;
  /** A correction replaces the event it points to. */
  correctsId: string | null;
}

/** The state of an application folded from its events. */
export interface EntryState {
  status: LogbookStatus;
  forwardedAt: Date | null;
  decision: ProviderDecision | null;
  decidedAt: Date | null;
  resultReceivedAt: Date | null;
  deliveredAt: Date | null;
  deliveryMethod: DeliveryMethod | null;
  refusalJustified: boolean | null;
}

export const REGISTERED: EntryState = Object.freeze({
  status: 'registered',
  forwardedAt: null,
  decision: null,
  decidedAt: null,
  resultReceivedAt: null,
  deliveredAt: null,
  deliveryMethod: null,
  refusalJustified: null,
});

/**
 * The state after a list of events in the order they were stored. A correction takes the place of
 * the event it corrects; of several reviews of a refusal the last one counts.
 */
export function foldEntry(events: readonly EventFact[]): EntryState {
  const effective = new Map<string, EventFact>();
  for (const event of events) {
    if (event.correctsId) {
      const original = [...effective.entries()].find(([, e]) => e.id === event.correctsId);
      if (original) effective.set(original[0], event);
      continue;
    }
    effective.set(event.kind === 'refusal_review' ? 'refusal_review' : event.kind, event);
  }
  const get = (kind: LogbookEventKind) => effective.get(kind);
  const forwarded = get('forwarded');
  const decision = get('decision');
  const result = get('result_received');
  const delivered = get('delivered');
  const review = get('refusal_review');
  const status: LogbookStatus = delivered
    ? 'delivered'
    : result
      ? 'result_ready'
      : decision
        ? 'decided'
        : forwarded
          ? 'forwarded'
          : 'registered';
  return {
    status,
    forwardedAt: forwarded?.occurredAt ?? null,
    decision: (decision?.content.decision as ProviderDecision | undefined) ?? null,
    decidedAt: decision?.occurredAt ?? null,
    resultReceivedAt: result?.occurredAt ?? null,
    deliveredAt: delivered?.occurredAt ?? null,
    deliveryMethod: (delivered?.content.method as DeliveryMethod | undefined) ?? null,
    refusalJustified: typeof review?.content.justified === 'boolean' ? review.content.justified : null,
  };
}

/** The codes of the logbook's rules, each in the error catalogue. */
export type LogbookRuleCode =
  | 'logbook.future_date'
  | 'logbook.before_receipt'
  | 'logbook.before_previous'
  | 'logbook.already_recorded'
  | 'logbook.not_forwarded'
  | 'logbook.result_before_decision'
  | 'logbook.delivery_before_decision'
  | 'logbook.not_refused';

/**
 * Whether an event may be appended to an application in `state`: dates not in the future and not
 * before receipt or the previous step; steps in order (forwarded → decision → result → delivery),
 * each once. Answers the rule broken, or null.
 */
export function checkEvent(
  state: EntryState,
  kind: LogbookEventKind,
  occurredAt: Date,
  receivedAt: Date,
  now: Date,
): LogbookRuleCode | null {
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return 'logbook.future_date';
  if (occurredAt.getTime() < receivedAt.getTime()) return 'logbook.before_receipt';
  const after = (previous: Date | null) => previous !== null && occurredAt.getTime() < previous.getTime();
  switch (kind) {
    case 'forwarded':
      return state.forwardedAt ? 'logbook.already_recorded' : null;
    case 'decision':
      if (!state.forwardedAt) return 'logbook.not_forwarded';
      if (state.decidedAt) return 'logbook.already_recorded';
      return after(state.forwardedAt) ? 'logbook.before_previous' : null;
    case 'result_received':
      if (!state.decidedAt) return 'logbook.result_before_decision';
      if (state.resultReceivedAt) return 'logbook.already_recorded';
      return after(state.decidedAt) ? 'logbook.before_previous' : null;
    case 'delivered':
      if (!state.decidedAt) return 'logbook.delivery_before_decision';
      if (state.deliveredAt) return 'logbook.already_recorded';
      return after(state.resultReceivedAt ?? state.decidedAt) ? 'logbook.before_previous' : null;
    case 'refusal_review':
      return state.decision === 'refused' ? null : 'logbook.not_refused';
  }
}

/**
 * What is overdue on `today`: forwarding after its day passed without forwarding, or the provider
 * after its due date passed without a decision. The due day itself is still in time.
 */
export function overdueOf(
  state: Pick<EntryState, 'forwardedAt' | 'decidedAt'>,
  deadlines: EntryDeadlines,
  today: IsoDate,
): Overdue | null {
  if (!state.forwardedAt) return isOverdue(deadlines.forwardBy, today) ? 'forward' : null;
  if (!state.decidedAt) return isOverdue(deadlines.providerDue, today) ? 'provider' : null;
  return null;
}

/** Whether documents went to the provider after the day they were due (shown in the journal). */
export function forwardedLate(forwardedAt: Date | null, forwardBy: IsoDate): boolean {
  return forwardedAt !== null && civilDateIn(forwardedAt) > forwardBy;
}
