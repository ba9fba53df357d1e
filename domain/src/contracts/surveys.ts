import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText } from './common.js';

/** A centre's survey rules: due within so many working days, for this share of finished visits. */
export const SurveySettings = z.object({
  dueWorkingDays: z.number().int().min(1).max(20),
  sharePercent: z.number().int().min(1).max(100),
  version: z.number().int(),
});
export type SurveySettings = z.infer<typeof SurveySettings>;

export const SurveySettingsBody = z.strictObject({
  dueWorkingDays: z.number().int().min(1).max(20),
  sharePercent: z.number().int().min(1).max(100),
  version: z.number().int().min(0),
});
export type SurveySettingsBody = z.infer<typeof SurveySettingsBody>;

export const SurveyStatus = z.enum(['open', 'reached', 'declined', 'closed']);
export type SurveyStatusCode = z.infer<typeof SurveyStatus>;

export const SurveyListQuery = z.object({
  /** `open` (the default): still to call; `done`: reached, declined or closed. */
  state: z.enum(['open', 'done']).default('open'),
});

/** One survey task in the quality officer's list. */
export const SurveyTask = z.object({
  id: Id,
  visitId: Id,
  requestNumber: z.string(),
  visitDay: CivilDate,
  dueOn: CivilDate,
  overdue: z.boolean(),
  status: SurveyStatus,
  attempts: z.number().int(),
});
export type SurveyTask = z.infer<typeof SurveyTask>;

const Score = z.number().int().min(1).max(5);

/** The answers of the call script. */
export const SurveyAnswers = z.object({
  punctuality: Score,
  politeness: Score,
  clarity: Score,
  /** Did anyone ask for money or gifts beyond the official fee? A yes alerts the head at once. */
  askedForMoney: z.boolean(),
  satisfaction: Score,
  comments: optionalText(2000),
});
export type SurveyAnswers = z.infer<typeof SurveyAnswers>;

/** One survey to call: who to call (the applicant's name and phones), the visit, the answers so far. */
export const SurveyDetail = SurveyTask.extend({
  applicantName: z.string(),
  phones: z.array(z.string()),
  administratorName: z.string().nullable(),
  answers: SurveyAnswers.nullable(),
  calls: z.array(
    z.object({ outcome: z.enum(['reached', 'not_reached', 'declined']), at: Instant, byName: z.string() }),
  ),
  version: z.number().int(),
});
export type SurveyDetail = z.infer<typeof SurveyDetail>;

export const FeedbackKind = z.enum(['praise', 'complaint', 'proposal']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

/** A call made: reached with the answers, not reached (tried again up to three times), or declined. */
export const SurveyCallBody = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('reached'),
    version: z.number().int().min(0),
    answers: SurveyAnswers.strict(),
    /** What the comments are, for the feedback register; needed when there are comments. */
    commentKind: FeedbackKind.nullish(),
  }),
  z.strictObject({ outcome: z.literal('not_reached'), version: z.number().int().min(0) }),
  z.strictObject({ outcome: z.literal('declined'), version: z.number().int().min(0) }),
]);
export type SurveyCallBody = z.infer<typeof SurveyCallBody>;

/** Running the task job by hand: how many finished visits were looked at and how many tasks made. */
export const SurveyScanResult = z.object({ scanned: z.number().int(), created: z.number().int() });
