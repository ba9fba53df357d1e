import {
  addDays,
  dayInfo,
  missingKitItems,
  problem,
  type CompanionKind,
  type IsoDate,
  type Plan,
  type PlanSummary,
  type Visit,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { calendarSettingsOf } from './centre-calendar.service.js';
import { assertDayRange } from './day-range.js';
import { latestKitChecks } from './kit-check.repository.js';
import { listOutreachSessions } from './outreach.service.js';
import {
  countPlannedSessionsByDay,
  countPlannedVisitsByDay,
  findPlan,
  listPlans,
  type PlanRow,
} from './plan.repository.js';
import { listKitCodes } from './crew.repository.js';
import { listCentreVisits } from './visit-queries.js';

/** The needs of a visit that no companion covers yet (escort, witness, partner). */
export function unassignedNeeds(visit: Pick<Visit, 'needs' | 'companions'>): CompanionKind[] {
  return visit.needs.filter((need) => !visit.companions.some((c) => c.kind === need));
}

function summary(
  day: IsoDate,
  plan: PlanRow | undefined,
  visitCount: number,
  sessionCount: number,
): PlanSummary {
  return {
    day,
    state: plan?.state ?? 'draft',
    version: plan?.version ?? 0,
    approvals: plan?.approvals ?? 0,
    approvedAt: plan?.approvedAt?.toISOString() ?? null,
    visitCount,
    sessionCount,
  };
}

function assertPlanner(actor: Actor): string {
  const centreId = centreOf(actor);
  if (!hasRole(actor, 'head', 'operator', 'technician')) throw problem('forbidden');
  return centreId;
}

/**
 * A day's plan as the board shows it: planned visits in route order, outreach sessions, the
 * readiness of every kit going out, and what still blocks approval. A day never planned is an
 * empty draft at version 0.
 */
export async function getPlan(db: Db, actor: Actor, day: IsoDate): Promise<Plan> {
  const centreId = assertPlanner(actor);
  const [plan, visits, sessions, checks, calendar] = await Promise.all([
    findPlan(db, centreId, day),
    listCentreVisits(db, actor, { from: day, to: day, status: 'planned' }),
    listOutreachSessions(db, actor, { from: day, to: day }),
    latestKitChecks(db, centreId, day),
    calendarSettingsOf(db, centreId),
  ]);
  const planned = sessions.filter((s) => s.status === 'planned');
  const kitIds = [...new Set([...visits.map((v) => v.kitId), ...planned.map((s) => s.kitId)])];
  const kits = await listKitCodes(db, kitIds);
  return {
    ...summary(day, plan, visits.length, planned.length),
    working: dayInfo(day, calendar).working,
    approvedBy: plan?.approvedBy ?? null,
    visits: [...visits].sort(
      (a, b) => (a.sequence ?? 1e9) - (b.sequence ?? 1e9) || a.startsAt.localeCompare(b.startsAt),
    ),
    sessions,
    kits: kits.map((k) => {
      const check = checks.get(k.id);
      return {
        kitId: k.id,
        kitCode: k.code,
        ready: check ? check.ready : null,
        missing: check ? missingKitItems(check.items) : [],
      };
    }),
    issues: visits.flatMap((v) => {
      const needs = unassignedNeeds(v);
      return needs.length ? [{ visitId: v.id, kind: 'needs_unassigned' as const, needs }] : [];
    }),
  };
}

/** One summary per day of a period (at most 31 days): state, version and counts. */
export async function listPlanSummaries(
  db: Db,
  actor: Actor,
  from: IsoDate,
  to: IsoDate,
): Promise<PlanSummary[]> {
  const centreId = assertPlanner(actor);
  assertDayRange(from, to, 31);
  const [plans, visits, sessions] = await Promise.all([
    listPlans(db, centreId, from, to),
    countPlannedVisitsByDay(db, centreId, from, to),
    countPlannedSessionsByDay(db, centreId, from, to),
  ]);
  const byDay = new Map(plans.map((p) => [p.day, p]));
  const count = (rows: { day: string; n: number }[], day: string) =>
    Number(rows.find((r) => r.day === day)?.n ?? 0);
  const days: PlanSummary[] = [];
  for (let day = from; day <= to; day = addDays(day, 1))
    days.push(summary(day, byDay.get(day), count(visits, day), count(sessions, day)));
  return days;
}
