import {
  formatDate,
  problem,
  type ApprovePlansBody,
  type IsoDate,
  type PlanApproval,
  type PlanSnapshot,
  type PlanSummary,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, hasRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { recordChange } from '../sync/change-log.js';
import { approvedPlanEntity } from './approved-plan.entity.js';
import { assertDayRange } from './day-range.js';
import { getPlan } from './plan-board.js';
import { buildSnapshot } from './plan-snapshot.js';
import {
  insertApproval,
  listApprovals,
  listPlans,
  lockPlan,
  markApproved,
  type PlanRow,
} from './plan.repository.js';

const NEED_WORDS = { escort: 'охорону', witness: 'свідка', partner: 'фахівця-партнера' } as const;

/** Everything that must hold before a day goes to the field; answers the kits approved though not ready. */
async function checkDay(tx: Db, actor: Actor, plan: PlanRow, body: ApprovePlansBody) {
  const seen = body.versions[plan.day];
  if (seen !== plan.version) throw problem('plan.stale', { params: { date: formatDate(plan.day) } });
  const board = await getPlan(tx, actor, plan.day);
  for (const issue of board.issues) {
    const visit = board.visits.find((v) => v.id === issue.visitId)!;
    throw problem('plan.needs_unassigned', {
      params: {
        date: formatDate(plan.day),
        number: visit.requestNumber,
        needs: issue.needs.map((n) => NEED_WORDS[n]).join(', '),
      },
      details: issue.needs.map((need) => ({ path: `visits.${visit.id}.companions`, code: need })),
    });
  }
  const notReady = board.kits.filter((k) => k.ready !== true);
  if (notReady.length && !body.kitNotReadyReason) {
    const kit = notReady[0]!;
    throw problem('plan.kit_not_ready', {
      params: {
        kit: kit.kitCode,
        date: formatDate(plan.day),
        missing: kit.ready === null ? 'не перевірено' : kit.missing.join(', '),
      },
      details: notReady.map((k) => ({
        path: `kits.${k.kitId}`,
        code: k.ready === null ? 'unchecked' : 'not_ready',
      })),
    });
  }
  return notReady.map((k) => ({ kitId: k.kitId, reason: body.kitNotReadyReason! }));
}

/**
 * The head approves every day of a period that has something new: each day must be at the version
 * the head looked at, have every escort, witness and partner assigned, and have its kits ready or
 * a reason why they go anyway. Each approval stores an immutable snapshot — what the field devices
 * receive — and is audited. All days are approved together or none.
 */
export async function approvePlans(db: Db, actor: Actor, body: ApprovePlansBody): Promise<PlanSummary[]> {
  const centreId = centreOf(actor, 'head');
  assertDayRange(body.from, body.to, 31);
  return inTransaction(db, async (tx) => {
    const pending = (await listPlans(tx, centreId, body.from, body.to)).filter((p) => p.state !== 'approved');
    if (pending.length === 0) throw problem('plan.nothing_to_approve');
    const approved: PlanSummary[] = [];
    for (const candidate of pending) {
      // The lock holds the day still between the checks and the snapshot.
      const plan = await lockPlan(tx, centreId, candidate.day);
      if (plan.state === 'approved') continue;
      const kitReasons = await checkDay(tx, actor, plan, body);
      const number = plan.approvals + 1;
      const snapshot = await buildSnapshot(tx, actor, plan.day, number);
      const approvalId = await insertApproval(
        tx,
        { planId: plan.id, centreId, day: plan.day, number, planVersion: plan.version },
        snapshot,
        kitReasons,
        actor.personId,
      );
      await markApproved(tx, plan.id, actor.personId);
      // Field devices pull the new snapshot; until then they keep the previous approval.
      await recordChange(tx, {
        centreId,
        entity: approvedPlanEntity.entity,
        entityId: plan.id,
        op: 'upsert',
      });
      // The applicants and requests of the approved visits go with the plan (entity `field_visit`).
      for (const visit of snapshot.visits)
        await recordChange(tx, { centreId, entity: 'field_visit', entityId: visit.id, op: 'upsert' });
      await audit(
        tx,
        actor,
        'plan.approved',
        { type: 'plan', id: plan.id, centreId },
        {
          day: plan.day,
          number,
          approvalId,
          version: plan.version,
          visits: snapshot.visits.length,
          kitsNotReady: kitReasons.map((k) => k.kitId),
        },
      );
      approved.push({
        day: plan.day,
        state: 'approved',
        version: plan.version,
        approvals: number,
        approvedAt: new Date().toISOString(),
        visitCount: snapshot.visits.length,
        sessionCount: snapshot.sessions.length,
      });
    }
    return approved;
  });
}

/** Every approval of a day, newest first, with its snapshot and the reasons given for unready kits. */
export async function planApprovals(db: Db, actor: Actor, day: IsoDate): Promise<PlanApproval[]> {
  const centreId = centreOf(actor);
  if (!hasRole(actor, 'head', 'operator')) throw problem('forbidden');
  return (await listApprovals(db, centreId, day)).map((a) => ({
    id: a.id,
    day: a.day,
    number: a.number,
    approvedAt: a.approvedAt.toISOString(),
    approvedBy: a.approvedBy,
    kitReasons: a.kitReasons,
    snapshot: a.snapshot as PlanSnapshot,
  }));
}
