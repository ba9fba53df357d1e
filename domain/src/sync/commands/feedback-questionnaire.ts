import { z } from 'zod';

const Score = z.number().int().min(1).max(5);

/**
 * `feedback.questionnaire`, version 1: the short questionnaire an applicant fills in on the field
 * device at the end of a visit. Anonymous by design: it names no visit, request or applicant, only
 * the centre (the device's) and the answers.
 */
export const FeedbackQuestionnaireV1 = z.strictObject({
  politeness: Score,
  clarity: Score,
  satisfaction: Score,
  /** Did anyone ask for money or gifts beyond the official fee? `null`: would rather not say. */
  askedForMoney: z.boolean().nullable(),
  kind: z.enum(['praise', 'complaint', 'proposal']).nullable(),
  text: z.string().trim().max(2000).nullable(),
});
export type FeedbackQuestionnaireV1 = z.infer<typeof FeedbackQuestionnaireV1>;

export const FEEDBACK_QUESTIONNAIRE_VERSION = 1;
