import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText } from './common.js';

/** An alert the head must see the same day: someone asked for money or a gift. */
export const QualityAlert = z.object({
  id: Id,
  kind: z.enum(['bribe_signal']),
  source: z.enum(['survey', 'questionnaire', 'public_page', 'register']),
  surveyTaskId: Id.nullable(),
  feedbackItemId: Id.nullable(),
  /** The request the survey was about, when the signal came from a survey. */
  requestNumber: z.string().nullable(),
  raisedAt: Instant,
  acknowledgedAt: Instant.nullable(),
  note: z.string().nullable(),
});
export type QualityAlert = z.infer<typeof QualityAlert>;

export const AlertListQuery = z.object({ state: z.enum(['open', 'all']).default('open') });

export const AcknowledgeAlertBody = z.strictObject({ note: optionalText(2000) });

export const DashboardQuery = z.object({ from: CivilDate, to: CivilDate, centreId: Id.optional() });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const Ratio = z.object({ count: z.number().int(), of: z.number().int() });

/** The quality figures of one centre for a period. */
export const CentreQuality = z.object({
  centreId: Id,
  centreName: z.string(),
  visitsOnTime: Ratio,
  cancellations: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  surveys: z.object({
    finishedVisits: z.number().int(),
    tasks: z.number().int(),
    reached: z.number().int(),
    declined: z.number().int(),
    notReached: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
  }),
  satisfaction: z.object({
    average: z.number().nullable(),
    answers: z.number().int(),
    /** How many answers gave 1, 2, 3, 4 and 5. */
    distribution: z.array(z.number().int()).length(5),
  }),
  corruptionSignals: z.number().int(),
  feedback: z.object({ praise: z.number().int(), complaint: z.number().int(), proposal: z.number().int() }),
  /** Refusals by the provider that refused, from the logbook. */
  providerRefusals: z.array(z.object({ provider: z.string(), count: z.number().int() })),
  /** Applications forwarded to the provider by the next working day, from the logbook. */
  forwardingOnTime: Ratio,
});
export type CentreQuality = z.infer<typeof CentreQuality>;

export const QualityDashboard = z.object({
  from: CivilDate,
  to: CivilDate,
  centres: z.array(CentreQuality),
});
export type QualityDashboard = z.infer<typeof QualityDashboard>;
