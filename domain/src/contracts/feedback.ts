import { z } from 'zod';
import { Id, Instant, optionalText, requiredText } from './common.js';
import { FeedbackKind } from './surveys.js';

export const FeedbackChannel = z.enum([
  'survey',
  'questionnaire',
  'public_page',
  'social_network',
  'website',
  'other',
]);
export type FeedbackChannel = z.infer<typeof FeedbackChannel>;

/** Channels staff enter by hand; the others arrive by themselves. */
export const StaffFeedbackChannel = z.enum(['social_network', 'website', 'other']);

export const FeedbackStatus = z.enum(['received', 'discussed', 'decided', 'published']);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

export const FeedbackDecision = z.enum(['accepted', 'rejected']);

/** One entry of the feedback register. */
export const FeedbackItem = z.object({
  id: Id,
  channel: FeedbackChannel,
  kind: FeedbackKind,
  text: z.string(),
  rating: z.number().int().nullable(),
  askedForMoney: z.boolean().nullable(),
  /** Only for those who may read it (head, quality); the author chose to leave it. */
  contact: z.string().nullable(),
  sourceLink: z.string().nullable(),
  receivedAt: Instant,
  status: FeedbackStatus,
  discussion: z.string().nullable(),
  discussedAt: Instant.nullable(),
  decision: FeedbackDecision.nullable(),
  decisionChanges: z.string().nullable(),
  decidedAt: Instant.nullable(),
  publishedAt: Instant.nullable(),
  version: z.number().int(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const FeedbackListQuery = z.object({
  kind: FeedbackKind.optional(),
  channel: FeedbackChannel.optional(),
  status: FeedbackStatus.optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(100).optional(),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

const HttpLink = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/);

/** What staff copy into the register from a social network, the website or elsewhere. */
export const CreateFeedbackBody = z.strictObject({
  channel: StaffFeedbackChannel,
  kind: FeedbackKind,
  text: requiredText(4000),
  rating: z.number().int().min(1).max(5).nullish(),
  askedForMoney: z.boolean().nullish(),
  sourceLink: HttpLink.nullish(),
});
export type CreateFeedbackBody = z.infer<typeof CreateFeedbackBody>;

/** A step of a proposal: discussed (with a note), decided (accepted or not, what changes), published. */
export const FeedbackStepBody = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('discuss'), version: z.number().int(), discussion: requiredText(4000) }),
  z.strictObject({
    step: z.literal('decide'),
    version: z.number().int(),
    decision: FeedbackDecision,
    changes: requiredText(4000),
  }),
  z.strictObject({ step: z.literal('publish'), version: z.number().int() }),
]);
export type FeedbackStepBody = z.infer<typeof FeedbackStepBody>;

/** The public page: is this token still good? */
export const PublicFeedbackTokenBody = z.strictObject({ token: z.string().trim().min(1).max(200) });

export const PublicFeedbackTokenState = z.object({ centreName: z.string() });

/** The public page: praise, a complaint or a proposal, anonymous or with a contact. */
export const PublicFeedbackBody = z.strictObject({
  token: z.string().trim().min(1).max(200),
  kind: FeedbackKind,
  text: requiredText(4000),
  rating: z.number().int().min(1).max(5).nullish(),
  /** A phone or an e-mail to be answered at; absent for anonymous feedback. */
  contact: optionalText(200),
  /** Left empty by people; a filled one marks a robot. Do not show it. */
  website: z.string().max(200).optional(),
});
export type PublicFeedbackBody = z.infer<typeof PublicFeedbackBody>;
