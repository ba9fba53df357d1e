import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText, TimeOfDay } from './common.js';
import { OutreachSession } from './outreach.js';
import { Role } from './roles.js';
import { CompanionKind, Visit } from './visits.js';

/** draft → approved → (a change) changed → approved again. */
export const PlanState = z.enum(['draft', 'approved', 'changed']);
export type PlanState = z.infer<typeof PlanState>;

export const KitReadiness = z.object({
  kitId: Id,
  kitCode: z.string(),
  /** null when nobody has checked the kit for that day. */
  ready: z.boolean().nullable(),
  missing: z.array(z.string()),
});

export const PlanIssue = z.object({
  visitId: Id,
  kind: z.literal('needs_unassigned'),
  needs: z.array(CompanionKind),
});

export const PlanSummary = z.object({
  day: CivilDate,
  state: PlanState,
  version: z.number().int(),
  approvals: z.number().int(),
  approvedAt: Instant.nullable(),
  visitCount: z.number().int(),
  sessionCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** A day's plan as the board shows it: visits, sessions, kit readiness and what blocks approval. */
export const Plan = PlanSummary.extend({
  working: z.boolean(),
  approvedBy: Id.nullable(),
  visits: z.array(Visit),
  sessions: z.array(OutreachSession),
  kits: z.array(KitReadiness),
  issues: z.array(PlanIssue),
});
export type Plan = z.infer<typeof Plan>;

/**
 * Approves every day of a range. `versions` holds the version of each day's plan the head saw: a
 * day that changed since is refused as stale. A reason is needed when a kit is not ready.
 */
export const ApprovePlansBody = z
  .strictObject({
    from: CivilDate,
    to: CivilDate,
    versions: z.record(CivilDate, z.number().int()),
    kitNotReadyReason: optionalText(500),
  })
  .refine((b) => b.from <= b.to, { message: 'from ≤ to', path: ['to'] });
export type ApprovePlansBody = z.infer<typeof ApprovePlansBody>;

/** What a field device receives for one visit of an approved plan. */
export const SnapshotVisit = Visit.extend({
  applicant: z.object({
    name: z.string(),
    phone: z.string().nullable(),
  }),
  intercom: z.string().nullable(),
  accessNotes: z.string().nullable(),
  services: z.array(z.object({ id: Id, name: z.string(), documents: z.array(z.string()) })),
  payment: z.string().nullable(),
});
export type SnapshotVisit = z.infer<typeof SnapshotVisit>;

/** The approved day as it was at approval; it never changes afterwards. */
export const PlanSnapshot = z.object({
  day: CivilDate,
  approval: z.number().int(),
  visits: z.array(SnapshotVisit),
  sessions: z.array(OutreachSession),
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

export const PlanApproval = z.object({
  id: Id,
  day: CivilDate,
  number: z.number().int(),
  approvedAt: Instant,
  approvedBy: Id,
  kitReasons: z.array(z.object({ kitId: Id, reason: z.string() })),
  snapshot: PlanSnapshot,
});
export type PlanApproval = z.infer<typeof PlanApproval>;

export const RouteBody = z.strictObject({
  kitId: Id,
  /** Apply the suggested order and times to the visits (needs the plan's version). */
  apply: z.boolean().default(false),
  version: z.number().int().optional(),
});
export type RouteBody = z.infer<typeof RouteBody>;

/** A suggested order of a kit's home visits on a day, with the naive order for comparison. */
export const Route = z.object({
  day: CivilDate,
  kitId: Id,
  source: z.enum(['estimate', 'service']),
  leaveAt: TimeOfDay,
  returnAt: TimeOfDay,
  travelMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  distanceKm: z.number(),
  stops: z.array(
    z.object({
      visitId: Id,
      sequence: z.number().int(),
      startTime: TimeOfDay,
      endTime: TimeOfDay,
      travelMinutes: z.number().int(),
      onTime: z.boolean(),
    }),
  ),
  unplaced: z.array(Id),
  naive: z.object({ travelMinutes: z.number().int(), totalMinutes: z.number().int(), feasible: z.boolean() }),
  applied: z.boolean(),
});
export type Route = z.infer<typeof Route>;

/** An eligible request waiting for a visit, as the board's left column lists it. */
export const WaitingRequest = z.object({
  requestId: Id,
  requestNumber: z.string(),
  applicantName: z.string(),
  placeKind: z.enum(['home', 'hospital', 'other_address', 'outreach_point']),
  address: z.string(),
  localityId: Id.nullable(),
  localityName: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  outreachPointId: Id.nullable(),
  waitingDays: z.number().int(),
  receivedAt: Instant,
  serviceMinutes: z.number().int(),
  needs: z.array(CompanionKind),
  preferences: z.object({
    weekdays: z.array(z.string()),
    windows: z.array(z.object({ from: TimeOfDay, to: TimeOfDay })),
    notBefore: CivilDate.nullable(),
    notAfter: CivilDate.nullable(),
    note: z.string().nullable(),
  }),
  hasMobile: z.boolean(),
});
export type WaitingRequest = z.infer<typeof WaitingRequest>;

export const WaitingQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

/**
 * An approved day as one person's field device receives it: the last approved snapshot, cut to the
 * visits and sessions that person goes on. Until the next approval the device keeps this one.
 */
export const FieldDayPlan = z.object({
  id: Id,
  day: CivilDate,
  approval: z.number().int(),
  approvedAt: Instant,
  visits: z.array(SnapshotVisit),
  sessions: z.array(OutreachSession),
});
export type FieldDayPlan = z.infer<typeof FieldDayPlan>;

/** A colleague the board may put on a visit (administrators) or name as a companion (anyone active). */
export const CrewMember = z.object({ id: Id, name: z.string(), roles: z.array(Role) });
export type CrewMember = z.infer<typeof CrewMember>;
