import { z } from 'zod';
import { CivilDate, Id, Latitude, Longitude, optionalText } from './common.js';
import { WorkingHours } from './org.js';

/** A day the centre declares: an extra day off, or a working day against the rules (a working Saturday). */
export const CentreDayKind = z.enum(['day_off', 'working_day']);
export type CentreDayKind = z.infer<typeof CentreDayKind>;

export const CentreDayBody = z.strictObject({ kind: CentreDayKind, note: optionalText(200) });
export type CentreDayBody = z.infer<typeof CentreDayBody>;

export const DayParams = z.object({ day: CivilDate });

/** A period of days, both ends included. */
export const DayRangeQuery = z.object({ from: CivilDate, to: CivilDate });
export type DayRangeQuery = z.infer<typeof DayRangeQuery>;

/** One day of the centre's calendar as the working-day rules and the centre's own days make it. */
export const CalendarDay = z.object({
  date: CivilDate,
  working: z.boolean(),
  reasons: z.array(z.enum(['weekend', 'holiday', 'transferred', 'centre_day_off', 'centre_working_day'])),
  holiday: z.object({ uk: z.string(), en: z.string() }).nullable(),
  centreDay: z.object({ kind: CentreDayKind, note: z.string().nullable() }).nullable(),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

export const CentreCalendar = z.object({ martialLaw: z.boolean(), days: z.array(CalendarDay) });
export type CentreCalendar = z.infer<typeof CentreCalendar>;

export const MartialLawBody = z.strictObject({ martialLaw: z.boolean() });

/** A person's own weekly hours; null when they follow the centre's hours. */
export const StaffHours = z.object({ personId: Id, hours: WorkingHours.nullable() });
export type StaffHours = z.infer<typeof StaffHours>;
export const StaffHoursBody = z.strictObject({ hours: WorkingHours.nullable() });

export const AbsenceKind = z.enum(['leave', 'sick', 'training', 'other']);
export const StaffAbsence = z.object({
  id: Id,
  personId: Id,
  from: CivilDate,
  to: CivilDate,
  kind: AbsenceKind,
  note: z.string().nullable(),
});
export type StaffAbsence = z.infer<typeof StaffAbsence>;
export const StaffAbsenceBody = z
  .strictObject({ personId: Id, from: CivilDate, to: CivilDate, kind: AbsenceKind, note: optionalText(300) })
  .refine((a) => a.from <= a.to, { message: 'from ≤ to', path: ['to'] });
export type StaffAbsenceBody = z.infer<typeof StaffAbsenceBody>;
export const AbsenceQuery = z.object({ from: CivilDate, to: CivilDate, personId: Id.optional() });

/** How travel between stops is estimated. */
export const RoutingSettingsSchema = z.strictObject({
  roadFactor: z.number().min(1).max(3),
  speedKmh: z.number().min(5).max(120),
  serviceUrl: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable(),
});

/**
 * The centre's starting point for routes and its routing settings, with the installation's map tile
 * URL (`VALIZA_MAP_TILES_URL`; null when no tiles are configured and the board draws no map tiles).
 */
export const SchedulingSettings = z.object({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  routing: RoutingSettingsSchema,
  mapTilesUrl: z.string().nullable(),
});
export type SchedulingSettings = z.infer<typeof SchedulingSettings>;
export const SchedulingSettingsBody = z.strictObject({
  lat: Latitude,
  lon: Longitude,
  routing: RoutingSettingsSchema,
});
export type SchedulingSettingsBody = z.infer<typeof SchedulingSettingsBody>;
