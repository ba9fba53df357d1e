import { addDays, civilDateIn, type FieldDayPlan, type PlanSnapshot } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { EntityData, PulledEntity, PullScope } from '../sync/pulled-entity.js';
import { latestApprovals } from './plan.repository.js';

/** How far ahead a field device holds approved days: today and the next week. */
export const FIELD_PLAN_DAYS = 7;

/** The person's part of an approved snapshot, or null when they go nowhere that day. */
export function fieldDayPlan(
  approval: { planId: string; day: string; number: number; approvedAt: Date; snapshot: unknown },
  personId: string,
): FieldDayPlan | null {
  const snapshot = approval.snapshot as PlanSnapshot;
  const visits = snapshot.visits.filter(
    (v) => v.staffIds.includes(personId) || v.companions.some((c) => c.personId === personId),
  );
  const sessions = snapshot.sessions.filter((s) => s.staffIds.includes(personId));
  if (visits.length === 0 && sessions.length === 0) return null;
  return {
    id: approval.planId,
    day: approval.day,
    approval: approval.number,
    approvedAt: approval.approvedAt.toISOString(),
    visits,
    sessions,
  };
}

async function loadAll(tx: Db, scope: PullScope, now = new Date()): Promise<Map<string, EntityData>> {
  const today = civilDateIn(now);
  const approvals = await latestApprovals(tx, scope.centreId, today, addDays(today, FIELD_PLAN_DAYS));
  const plans = new Map<string, EntityData>();
  for (const approval of approvals) {
    const plan = fieldDayPlan(approval, scope.personId);
    if (plan) plans.set(plan.id, plan);
  }
  return plans;
}

/**
 * Approved plans for field devices. Only approvals reach the field — drafts and changes waiting
 * for approval never do — and each device gets only its person's days, from today on. A day the
 * person no longer goes out on is missing from the answer, which the device takes as a deletion.
 * Approval records the change (`recordChange`, entity `approved_plan`, id = the plan's id).
 */
export const approvedPlanEntity: PulledEntity = {
  entity: 'approved_plan',
  loadAll: (tx, scope) => loadAll(tx, scope),
  async load(tx, scope, ids) {
    const wanted = new Set(ids);
    return new Map([...(await loadAll(tx, scope))].filter(([id]) => wanted.has(id)));
  },
};
