import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText, requiredText, TimeOfDay } from './common.js';

/** Who else a visit needs: a security escort, a witness, a partner specialist (e.g. social protection). */
export const CompanionKind = z.enum(['escort', 'witness', 'partner']);
export type CompanionKind = z.infer<typeof CompanionKind>;

/** A companion: a colleague (personId, then also booked) or an outside person named in words. */
export const Companion = z
  .strictObject({
    kind: CompanionKind,
    personId: Id.nullish(),
    name: optionalText(160),
    organisation: optionalText(160),
  })
  .refine((c) => Boolean(c.personId) || Boolean(c.name), { message: 'personId or name', path: ['name'] });
export type Companion = z.infer<typeof Companion>;

export const VisitKind = z.enum(['home', 'outreach']);
export const VisitStatus = z.enum(['planned', 'cancelled']);

const homeFields = {
  day: CivilDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  staffIds: z.array(Id).min(1).max(3),
  kitId: Id,
  companions: z.array(Companion).max(5).default([]),
  /** A head's reason to place the visit outside working time. */
  overrideReason: optionalText(500),
};

/**
 * Places a request: at home (a day, a window, administrators and a kit) or into an outreach session.
 * The id may come from the client so that a retried save is not a second visit.
 */
export const PlaceVisitBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('home'), id: Id.optional(), requestId: Id, ...homeFields }),
  z.strictObject({
    kind: z.literal('outreach'),
    id: Id.optional(),
    requestId: Id,
    outreachSessionId: Id,
  }),
]);
export type PlaceVisitBody = z.infer<typeof PlaceVisitBody>;

/** Moves or re-crews a home visit; fields left out stay as they are. */
export const ChangeVisitBody = z.strictObject({
  version: z.number().int(),
  day: CivilDate.optional(),
  startTime: TimeOfDay.optional(),
  endTime: TimeOfDay.optional(),
  staffIds: z.array(Id).min(1).max(3).optional(),
  kitId: Id.optional(),
  companions: z.array(Companion).max(5).optional(),
  overrideReason: optionalText(500),
});
export type ChangeVisitBody = z.infer<typeof ChangeVisitBody>;

export const CancelVisitBody = z.strictObject({ version: z.number().int(), reason: requiredText(300) });
export type CancelVisitBody = z.infer<typeof CancelVisitBody>;

/** Where the visit is; `approximate` when the address had no coordinates and the locality's were used. */
export const VisitLocation = z.object({
  address: z.string(),
  localityId: Id.nullable(),
  localityName: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  approximate: z.boolean(),
});

export const Visit = z.object({
  id: Id,
  requestId: Id,
  requestNumber: z.string(),
  kind: VisitKind,
  status: VisitStatus,
  day: CivilDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  startsAt: Instant,
  endsAt: Instant,
  staffIds: z.array(Id),
  kitId: Id,
  outreachSessionId: Id.nullable(),
  companions: z.array(
    z.object({
      kind: CompanionKind,
      personId: Id.nullable(),
      name: z.string().nullable(),
      organisation: z.string().nullable(),
    }),
  ),
  needs: z.array(CompanionKind),
  serviceMinutes: z.number().int(),
  sequence: z.number().int().nullable(),
  location: VisitLocation,
  overrideReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
});
export type Visit = z.infer<typeof Visit>;

export const VisitsQuery = z.object({
  from: CivilDate,
  to: CivilDate,
  personId: Id.optional(),
  status: VisitStatus.optional(),
});
