import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText, TimeOfDay } from './common.js';
import { DayRangeQuery } from './centre-calendar.js';

const IsoWeekdayNumber = z.number().int().min(1).max(7);

/** When a schedule meets; weekdays are ISO numbers, 1 = Monday … 7 = Sunday. */
export const RecurrenceRuleSchema = z.discriminatedUnion('frequency', [
  z.strictObject({ frequency: z.literal('weekly'), weekday: IsoWeekdayNumber }),
  z.strictObject({ frequency: z.literal('biweekly'), weekday: IsoWeekdayNumber }),
  z.strictObject({
    frequency: z.literal('monthly'),
    weekday: IsoWeekdayNumber,
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
]);

export const OutreachSchedule = z.object({
  id: Id,
  outreachPointId: Id,
  rule: RecurrenceRuleSchema,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  validFrom: CivilDate,
  validUntil: CivilDate.nullable(),
  exceptions: z.array(CivilDate),
  staffIds: z.array(Id),
  kitId: Id,
  active: z.boolean(),
  version: z.number().int(),
});
export type OutreachSchedule = z.infer<typeof OutreachSchedule>;

const scheduleFields = {
  outreachPointId: Id,
  rule: RecurrenceRuleSchema,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  validFrom: CivilDate,
  validUntil: CivilDate.nullish(),
  exceptions: z.array(CivilDate).max(100).default([]),
  staffIds: z.array(Id).min(1).max(3),
  kitId: Id,
  active: z.boolean().default(true),
};
export const CreateOutreachScheduleBody = z.strictObject(scheduleFields);
export type CreateOutreachScheduleBody = z.infer<typeof CreateOutreachScheduleBody>;
export const ChangeOutreachScheduleBody = z.strictObject({ ...scheduleFields, version: z.number().int() });
export type ChangeOutreachScheduleBody = z.infer<typeof ChangeOutreachScheduleBody>;

export const SessionStatus = z.enum(['planned', 'cancelled']);

/** One meeting of a schedule at an outreach point, with its bookings. */
export const OutreachSession = z.object({
  id: Id,
  scheduleId: Id,
  outreachPointId: Id,
  pointName: z.string(),
  address: z.string(),
  day: CivilDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  startsAt: Instant,
  endsAt: Instant,
  staffIds: z.array(Id),
  kitId: Id,
  status: SessionStatus,
  cancelReason: z.string().nullable(),
  capacityMinutes: z.number().int(),
  bookedMinutes: z.number().int(),
  bookings: z.number().int(),
});
export type OutreachSession = z.infer<typeof OutreachSession>;

export const OutreachSessionsQuery = DayRangeQuery.extend({ outreachPointId: Id.optional() });
export const CancelSessionBody = z.strictObject({ reason: optionalText(300) });
