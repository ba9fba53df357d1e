import { z } from 'zod';
import {
  DELIVERY_METHODS,
  FORWARD_METHODS,
  LOGBOOK_EVENT_KINDS,
  LOGBOOK_STATUSES,
  PROVIDER_DECISIONS,
} from '../logbook/logbook-rules.js';
import { PhoneNumber } from '../identifiers/phone.js';
import { LocaleSchema } from './auth.js';
import { CivilDate, Id, Instant, optionalText, requiredText } from './common.js';
import { PaymentMethod } from './request-fields.js';

export const LogbookStatusSchema = z.enum(LOGBOOK_STATUSES);
export const ProviderDecisionSchema = z.enum(PROVIDER_DECISIONS);
export const ForwardMethodSchema = z.enum(FORWARD_METHODS);
export const DeliveryMethodSchema = z.enum(DELIVERY_METHODS);
export const LogbookEventKindSchema = z.enum(LOGBOOK_EVENT_KINDS);
export const OverdueKind = z.enum(['forward', 'provider']);

/** Filters of the logbook list; the period is the day of receipt (Kyiv). */
export const LogbookListQuery = z.object({
  from: CivilDate.optional(),
  to: CivilDate.optional(),
  status: LogbookStatusSchema.optional(),
  serviceId: Id.optional(),
  administratorId: Id.optional(),
  overdue: z.enum(['forward', 'provider', 'any']).optional(),
  decision: ProviderDecisionSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LogbookListQuery = z.infer<typeof LogbookListQuery>;

/** One line of the logbook. */
export const LogbookLine = z.object({
  id: Id,
  number: z.string(),
  receivedAt: Instant,
  place: z.enum(['mobile_visit', 'outreach_point', 'centre']),
  serviceName: z.string(),
  provider: z.string(),
  administratorName: z.string(),
  applicantName: z.string(),
  status: LogbookStatusSchema,
  decision: ProviderDecisionSchema.nullable(),
  forwardBy: CivilDate,
  providerDue: CivilDate,
  forwardedAt: Instant.nullable(),
  decidedAt: Instant.nullable(),
  resultReceivedAt: Instant.nullable(),
  deliveredAt: Instant.nullable(),
  deliveryMethod: DeliveryMethodSchema.nullable(),
  overdue: OverdueKind.nullable(),
  forwardedLate: z.boolean(),
  correctsId: Id.nullable(),
});
export type LogbookLine = z.infer<typeof LogbookLine>;

export const LogbookPage = z.object({ items: z.array(LogbookLine), nextCursor: z.string().nullable() });
export type LogbookPage = z.infer<typeof LogbookPage>;

export const LogbookEvent = z.object({
  id: Id,
  kind: LogbookEventKindSchema,
  content: z.record(z.string(), z.unknown()),
  occurredAt: Instant,
  recordedAt: Instant,
  recordedByName: z.string().nullable(),
  correctsId: Id.nullable(),
});
export type LogbookEvent = z.infer<typeof LogbookEvent>;

export const LogbookDocument = z.object({
  name: z.string(),
  pages: z.number().nullable(),
  original: z.boolean(),
  certified: z.boolean(),
});

/** One application with everything the logbook holds about it. */
export const LogbookEntry = LogbookLine.extend({
  registeredAt: Instant,
  applicantPhones: z.array(z.string()),
  representative: z
    .object({ name: z.string(), relation: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  documents: z.array(LogbookDocument),
  payment: z
    .object({
      method: z.string(),
      amountKop: z.number().nullable(),
      receiptNumber: z.string().nullable(),
    })
    .nullable(),
  requestId: Id.nullable(),
  refusalReview: z.object({ justified: z.boolean(), actions: z.string() }).nullable(),
  events: z.array(LogbookEvent),
  correctedBy: z.array(z.object({ id: Id, number: z.string() })),
  /** For a correction: the entry it corrects, and why. */
  corrects: z.object({ id: Id, number: z.string(), reason: z.string().nullable() }).nullable(),
});
export type LogbookEntry = z.infer<typeof LogbookEntry>;

const when = { occurredAt: Instant };

export const ForwardBody = z.strictObject({
  ...when,
  method: ForwardMethodSchema,
  reference: optionalText(120),
  note: optionalText(1000),
});
export type ForwardBody = z.infer<typeof ForwardBody>;

export const DecisionBody = z
  .strictObject({
    ...when,
    decision: ProviderDecisionSchema,
    reason: optionalText(2000),
    providerReference: optionalText(120),
  })
  .refine((b) => b.decision === 'granted' || !!b.reason, {
    path: ['reason'],
    message: 'A refusal or a return needs its reason',
  });
export type DecisionBody = z.infer<typeof DecisionBody>;

export const ResultBody = z.strictObject({ ...when, note: optionalText(1000) });
export type ResultBody = z.infer<typeof ResultBody>;

export const DeliveryBody = z
  .strictObject({
    ...when,
    method: DeliveryMethodSchema,
    trackingNumber: optionalText(60),
    note: optionalText(1000),
  })
  .refine((b) => b.method !== 'post' || !!b.trackingNumber, {
    path: ['trackingNumber'],
    message: 'A posting needs its tracking number',
  });
export type DeliveryBody = z.infer<typeof DeliveryBody>;

export const RefusalReviewBody = z.strictObject({
  justified: z.boolean(),
  actions: requiredText(2000),
});
export type RefusalReviewBody = z.infer<typeof RefusalReviewBody>;

export const DeliveryAnswer = z.object({ entry: LogbookEntry, requestId: Id.nullable() });
export type DeliveryAnswer = z.infer<typeof DeliveryAnswer>;

export const RefusalItem = LogbookLine.extend({
  reason: z.string(),
  review: z
    .object({
      justified: z.boolean(),
      actions: z.string(),
      reviewedAt: Instant,
      reviewerName: z.string().nullable(),
    })
    .nullable(),
});
export type RefusalItem = z.infer<typeof RefusalItem>;

export const RefusalQuery = z.object({
  from: CivilDate.optional(),
  to: CivilDate.optional(),
  reviewed: z.enum(['yes', 'no']).optional(),
});
export type RefusalQuery = z.infer<typeof RefusalQuery>;

/** The morning view: what must go to providers today, what is late. */
export const LogbookDashboard = z.object({
  today: CivilDate,
  dueToday: z.array(LogbookLine),
  overdueForward: z.array(LogbookLine),
  overdueProvider: z.array(LogbookLine),
  resultsToDeliver: z.number().int(),
  refusalsToReview: z.number().int(),
});
export type LogbookDashboard = z.infer<typeof LogbookDashboard>;

export const LogbookDigest = z.object({
  subject: z.string(),
  text: z.string(),
  dashboard: LogbookDashboard,
});
export type LogbookDigest = z.infer<typeof LogbookDigest>;

export const BROKEN_LINK_PROBLEMS = [
  'changed',
  'removed',
  'link_altered',
  'link_missing',
  'not_chained',
] as const;

/** The answer of a chain check: the first broken place, named. */
export const LogbookVerifyResult = z.object({
  centreCode: z.string(),
  ok: z.boolean(),
  links: z.number().int(),
  entries: z.number().int(),
  events: z.number().int(),
  firstBroken: z
    .object({
      seq: z.number().int().nullable(),
      kind: z.enum(['entry', 'event']),
      refId: Id,
      number: z.string().nullable(),
      problem: z.enum(BROKEN_LINK_PROBLEMS),
    })
    .nullable(),
});
export type LogbookVerifyResult = z.infer<typeof LogbookVerifyResult>;

/** The language of a printout or export; without it, the request's `Accept-Language` (Ukrainian by default). */
export const LogbookPrintQuery = z.object({ lang: LocaleSchema.optional() });

export const LogbookExportQuery = LogbookPrintQuery.extend({
  from: CivilDate,
  to: CivilDate,
  format: z.enum(['xlsx', 'csv', 'pdf']),
});
export type LogbookExportQuery = z.infer<typeof LogbookExportQuery>;

export const EventParams = z.object({ id: Id, eventId: Id });

/** A correction of an event: the same fields as the original kind, and why. */
export const EventCorrectionBody = z.strictObject({
  occurredAt: Instant,
  content: z.record(z.string(), z.union([z.string().max(2000), z.boolean(), z.null()])),
  reason: requiredText(1000),
});
export type EventCorrectionBody = z.infer<typeof EventCorrectionBody>;

/**
 * A correction of what was registered: the representative, the documents accepted or the payment.
 * Only the parts given change; the rest is taken from the entry it corrects. The correction is a new
 * entry under a new number, pointing to the one it corrects, which stays as it was.
 */
export const ApplicationCorrectionBody = z
  .strictObject({
    reason: requiredText(1000),
    representative: z
      .strictObject({
        name: requiredText(160),
        relation: optionalText(160),
        phone: PhoneNumber.nullish(),
      })
      .nullable()
      .optional(),
    documents: z
      .array(
        z.strictObject({
          name: requiredText(300),
          pages: z.number().int().min(1).max(1000),
          original: z.boolean(),
          certified: z.boolean(),
        }),
      )
      .min(1)
      .max(50)
      .optional(),
    payment: z
      .strictObject({
        method: PaymentMethod,
        amountKop: z.number().int().min(1).max(100_000_000),
        receiptNumber: optionalText(60),
      })
      .nullable()
      .optional(),
  })
  .refine((b) => b.representative !== undefined || b.documents !== undefined || b.payment !== undefined, {
    path: ['documents'],
    message: 'Name what is corrected: the representative, the documents or the payment',
  });
export type ApplicationCorrectionBody = z.infer<typeof ApplicationCorrectionBody>;
