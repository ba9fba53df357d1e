import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText, TimeOfDay } from './common.js';
import { NOTICE_KINDS, OUTBOX_KINDS } from '../scheduling/sms-text.js';

export const NoticeKindSchema = z.enum(NOTICE_KINDS);

/** A person without a mobile phone, to be called by an operator instead of a text message. */
/**
 * A call to make: about a visit (its day and window), or — `result_ready` — about an application
 * whose result waits at the centre (no visit; `number` is the logbook number).
 */
export const CallListItem = z.object({
  id: Id,
  visitId: Id.nullable(),
  applicationId: Id.nullable(),
  /** The request's number for a visit, the application's logbook number for a result. */
  requestNumber: z.string(),
  kind: z.enum(OUTBOX_KINDS),
  day: CivilDate.nullable(),
  startTime: TimeOfDay.nullable(),
  endTime: TimeOfDay.nullable(),
  applicantName: z.string(),
  phone: z.string().nullable(),
  message: z.string(),
  status: z.enum(['pending', 'called', 'not_reached']),
  note: z.string().nullable(),
  markedAt: Instant.nullable(),
  markedBy: Id.nullable(),
});
export type CallListItem = z.infer<typeof CallListItem>;

export const CallListQuery = z.object({ day: CivilDate });
export const MarkCallBody = z.strictObject({
  status: z.enum(['called', 'not_reached']),
  note: optionalText(300),
});
export type MarkCallBody = z.infer<typeof MarkCallBody>;

/** A text message in the queue; the phone and text stay on the server. */
export const OutboxItem = z.object({
  id: Id,
  visitId: Id.nullable(),
  kind: z.enum(OUTBOX_KINDS),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int(),
  createdAt: Instant,
  sentAt: Instant.nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** A person's subscription link; the URL is shown once, when it is made. */
export const CalendarFeed = z.object({
  personId: Id,
  active: z.boolean(),
  createdAt: Instant.nullable(),
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;
