import { sql } from 'kysely';
import { uuidv7, type PlanState } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export interface PlanRow {
  id: string;
  centreId: string;
  day: string;
  state: PlanState;
  version: number;
  approvals: number;
  approvedAt: Date | null;
  approvedBy: string | null;
}

const COLUMNS = [
  'id',
  'centre_id as centreId',
  'day',
  'state',
  'version',
  'approvals',
  'approved_at as approvedAt',
  'approved_by as approvedBy',
] as const;

/** The day's plan, locked for this transaction (created as a draft when the day has none yet). */
export async function lockPlan(tx: Db, centreId: string, day: string): Promise<PlanRow> {
  await tx
    .insertInto('plans')
    .values({ id: uuidv7(), centre_id: centreId, day })
    .onConflict((oc) => oc.columns(['centre_id', 'day']).doNothing())
    .execute();
  return tx
    .selectFrom('plans')
    .select(COLUMNS)
    .where('centre_id', '=', centreId)
    .where('day', '=', day)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/**
 * Records that the day's plan changed: the version goes up, and an approved plan becomes `changed`
 * until the head approves it again. Answers the plan as it was before, so the caller can audit a
 * change after approval.
 */
export async function touchPlan(tx: Db, centreId: string, day: string): Promise<PlanRow> {
  const before = await lockPlan(tx, centreId, day);
  await tx
    .updateTable('plans')
    .set({
      version: sql`version + 1`,
      state: before.state === 'approved' ? 'changed' : before.state,
      updated_at: sql`now()`,
    })
    .where('id', '=', before.id)
    .execute();
  return before;
}

export async function findPlan(db: Db, centreId: string, day: string): Promise<PlanRow | undefined> {
  return db
    .selectFrom('plans')
    .select(COLUMNS)
    .where('centre_id', '=', centreId)
    .where('day', '=', day)
    .executeTakeFirst();
}

export async function listPlans(db: Db, centreId: string, from: string, to: string): Promise<PlanRow[]> {
  return db
    .selectFrom('plans')
    .select(COLUMNS)
    .where('centre_id', '=', centreId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

export async function markApproved(tx: Db, planId: string, by: string): Promise<void> {
  await tx
    .updateTable('plans')
    .set({
      state: 'approved',
      approvals: sql`approvals + 1`,
      approved_at: sql`now()`,
      approved_by: by,
      updated_at: sql`now()`,
    })
    .where('id', '=', planId)
    .execute();
}

export interface ApprovalRow {
  id: string;
  planId: string;
  day: string;
  number: number;
  approvedAt: Date;
  approvedBy: string;
  kitReasons: { kitId: string; reason: string }[];
  snapshot: unknown;
}

export async function insertApproval(
  tx: Db,
  row: { planId: string; centreId: string; day: string; number: number; planVersion: number },
  snapshot: unknown,
  kitReasons: { kitId: string; reason: string }[],
  by: string,
): Promise<string> {
  const id = uuidv7();
  await tx
    .insertInto('plan_approvals')
    .values({
      id,
      plan_id: row.planId,
      centre_id: row.centreId,
      day: row.day,
      number: row.number,
      plan_version: row.planVersion,
      snapshot: json(snapshot),
      kit_reasons: json(kitReasons),
      approved_by: by,
    })
    .execute();
  return id;
}

const APPROVAL_COLUMNS = [
  'id',
  'plan_id as planId',
  'day',
  'number',
  'approved_at as approvedAt',
  'approved_by as approvedBy',
  'kit_reasons as kitReasons',
  'snapshot',
] as const;

export async function listApprovals(db: Db, centreId: string, day: string): Promise<ApprovalRow[]> {
  return db
    .selectFrom('plan_approvals')
    .select(APPROVAL_COLUMNS)
    .where('centre_id', '=', centreId)
    .where('day', '=', day)
    .orderBy('number', 'desc')
    .execute();
}

/** The last approved snapshot of each day in a period: what the field works from. */
export async function latestApprovals(
  db: Db,
  centreId: string,
  from: string,
  to: string,
): Promise<ApprovalRow[]> {
  return db
    .selectFrom('plan_approvals')
    .select(APPROVAL_COLUMNS)
    .distinctOn('day')
    .where('centre_id', '=', centreId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('number', 'desc')
    .execute();
}

/** The number of planned visits on each day of a period (days without any are absent). */
export async function countPlannedVisitsByDay(
  db: Db,
  centreId: string,
  from: string,
  to: string,
): Promise<{ day: string; n: number }[]> {
  return db
    .selectFrom('visits')
    .select(['day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('centre_id', '=', centreId)
    .where('status', '=', 'planned')
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('day')
    .execute();
}

/** The number of planned outreach sessions on each day of a period (days without any are absent). */
export async function countPlannedSessionsByDay(
  db: Db,
  centreId: string,
  from: string,
  to: string,
): Promise<{ day: string; n: number }[]> {
  return db
    .selectFrom('outreach_sessions')
    .select(['day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('centre_id', '=', centreId)
    .where('status', '=', 'planned')
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('day')
    .execute();
}
