import { sql } from 'kysely';
import { DEFAULT_SURVEY_SETTINGS, SURVEYED_OUTCOMES } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { SurveyTaskStatus } from './feedback.tables.js';

export interface SurveySettingsRow {
  dueWorkingDays: number;
  sharePercent: number;
  version: number;
}

/** A centre's survey rules, or the defaults (version 0) when it has not set them. */
export async function findSurveySettings(db: Db, centreId: string): Promise<SurveySettingsRow> {
  const row = await db
    .selectFrom('survey_settings')
    .select(['due_working_days', 'share_percent', 'version'])
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SURVEY_SETTINGS, version: 0 };
  return { dueWorkingDays: row.due_working_days, sharePercent: row.share_percent, version: row.version };
}

/** Writes the rules when `version` is the one read (0: never set); answers whether it did. */
export async function saveSurveySettings(
  db: Db,
  centreId: string,
  values: { dueWorkingDays: number; sharePercent: number; version: number },
): Promise<boolean> {
  if (values.version === 0) {
    const inserted = await db
      .insertInto('survey_settings')
      .values({
        centre_id: centreId,
        due_working_days: values.dueWorkingDays,
        share_percent: values.sharePercent,
      })
      .onConflict((oc) => oc.column('centre_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('survey_settings')
    .set({
      due_working_days: values.dueWorkingDays,
      share_percent: values.sharePercent,
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('centre_id', '=', centreId)
    .where('version', '=', values.version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export interface UnscannedVisit {
  visitId: string;
  centreId: string;
  requestId: string;
  day: string;
}

/** Finished visits (served fully or in part) the survey job has not decided on yet, oldest first. */
export async function unscannedFinishedVisits(db: Db, limit: number): Promise<UnscannedVisit[]> {
  const rows = await db
    .selectFrom('visit_reports as vr')
    .innerJoin('visits as v', 'v.id', 'vr.visit_id')
    .leftJoin('survey_scans as s', 's.visit_id', 'vr.visit_id')
    .select(['vr.visit_id', 'vr.centre_id', 'vr.request_id', 'v.day'])
    .where('vr.outcome', 'in', SURVEYED_OUTCOMES)
    .where('s.visit_id', 'is', null)
    .orderBy('vr.received_at')
    .orderBy('vr.visit_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    visitId: r.visit_id,
    centreId: r.centre_id,
    requestId: r.request_id,
    day: r.day,
  }));
}

/**
 * Records the decision on a visit once; answers false when another run got there first (the primary
 * key decides, so two runs at once make one decision).
 */
export async function recordScan(db: Db, visit: UnscannedVisit, sampled: boolean): Promise<boolean> {
  const result = await db
    .insertInto('survey_scans')
    .values({ visit_id: visit.visitId, centre_id: visit.centreId, sampled })
    .onConflict((oc) => oc.column('visit_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Creates the survey task of a visit unless it has one. */
export async function insertSurveyTask(
  db: Db,
  task: { id: string; visit: UnscannedVisit; dueOn: string },
): Promise<boolean> {
  const result = await db
    .insertInto('survey_tasks')
    .values({
      id: task.id,
      centre_id: task.visit.centreId,
      visit_id: task.visit.visitId,
      request_id: task.visit.requestId,
      visit_day: task.visit.day,
      due_on: task.dueOn,
    })
    .onConflict((oc) => oc.column('visit_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface SurveyTaskRow {
  id: string;
  centreId: string;
  visitId: string;
  requestId: string;
  requestNumber: string;
  visitDay: string;
  dueOn: string;
  status: SurveyTaskStatus;
  attempts: number;
  punctuality: number | null;
  politeness: number | null;
  clarity: number | null;
  askedForMoney: boolean | null;
  satisfaction: number | null;
  comments: string | null;
  version: number;
}

function taskQuery(db: Db) {
  return db
    .selectFrom('survey_tasks as t')
    .innerJoin('requests as r', 'r.id', 't.request_id')
    .select([
      't.id',
      't.centre_id as centreId',
      't.visit_id as visitId',
      't.request_id as requestId',
      'r.number as requestNumber',
      't.visit_day as visitDay',
      't.due_on as dueOn',
      't.status',
      't.attempts',
      't.punctuality',
      't.politeness',
      't.clarity',
      't.asked_for_money as askedForMoney',
      't.satisfaction',
      't.comments',
      't.version',
    ]);
}

/** A centre's survey tasks: open ones by due day, finished ones newest first. */
export async function listSurveyTasks(
  db: Db,
  centreId: string,
  state: 'open' | 'done',
): Promise<SurveyTaskRow[]> {
  let query = taskQuery(db).where('t.centre_id', '=', centreId);
  query =
    state === 'open'
      ? query.where('t.status', '=', 'open').orderBy('t.due_on').orderBy('t.visit_day')
      : query.where('t.status', '!=', 'open').orderBy('t.visit_day', 'desc');
  return query.orderBy('t.id').limit(500).execute();
}

/** One task, locked for an update when `forUpdate`. */
export async function findSurveyTask(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SurveyTaskRow | undefined> {
  let query = taskQuery(db).where('t.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('t');
  return query.executeTakeFirst();
}

/** Who to call: the applicant's name and phones, and the administrator who made the visit. */
export async function surveyContact(db: Db, task: SurveyTaskRow) {
  const person = await db
    .selectFrom('requests as r')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .select(['a.id as applicantId', 'a.full_name as fullName', 'r.requester_phone as requesterPhone'])
    .where('r.id', '=', task.requestId)
    .executeTakeFirstOrThrow();
  const phones = await db
    .selectFrom('applicant_phones')
    .select('phone')
    .where('applicant_id', '=', person.applicantId)
    .orderBy('position')
    .execute();
  const administrator = await db
    .selectFrom('visit_reports as vr')
    .innerJoin('persons as p', 'p.id', 'vr.administrator_id')
    .select('p.name')
    .where('vr.visit_id', '=', task.visitId)
    .executeTakeFirst();
  const all = [...phones.map((p) => p.phone), ...(person.requesterPhone ? [person.requesterPhone] : [])];
  return {
    applicantId: person.applicantId,
    fullName: person.fullName,
    phones: [...new Set(all)],
    administratorName: administrator?.name ?? null,
  };
}

/** The calls made for a task, in order. */
export async function listSurveyAttempts(db: Db, taskId: string) {
  return db
    .selectFrom('survey_attempts as a')
    .innerJoin('persons as p', 'p.id', 'a.attempted_by')
    .select(['a.outcome', 'a.attempted_at as at', 'p.name as byName'])
    .where('a.task_id', '=', taskId)
    .orderBy('a.attempted_at')
    .orderBy('a.id')
    .execute();
}

export async function insertSurveyAttempt(
  db: Db,
  attempt: {
    id: string;
    taskId: string;
    centreId: string;
    outcome: 'reached' | 'not_reached' | 'declined';
    by: string;
  },
): Promise<void> {
  await db
    .insertInto('survey_attempts')
    .values({
      id: attempt.id,
      task_id: attempt.taskId,
      centre_id: attempt.centreId,
      outcome: attempt.outcome,
      attempted_by: attempt.by,
    })
    .execute();
}

/** Stores a call's effect on the task: its new state and, when reached, the answers. */
export async function updateSurveyTask(
  db: Db,
  id: string,
  values: {
    status: SurveyTaskStatus;
    attempts: number;
    finishedBy: string | null;
    answers?: {
      punctuality: number;
      politeness: number;
      clarity: number;
      askedForMoney: boolean;
      satisfaction: number;
      comments: string | null;
    };
  },
): Promise<void> {
  const a = values.answers;
  await db
    .updateTable('survey_tasks')
    .set({
      status: values.status,
      attempts: values.attempts,
      finished_by: values.finishedBy,
      finished_at: values.status === 'open' ? null : sql<Date>`now()`,
      ...(a
        ? {
            punctuality: a.punctuality,
            politeness: a.politeness,
            clarity: a.clarity,
            asked_for_money: a.askedForMoney,
            satisfaction: a.satisfaction,
            comments: a.comments,
          }
        : {}),
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}
