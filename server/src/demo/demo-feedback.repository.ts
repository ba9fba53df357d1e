import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

/** Whether the feedback demo has run: some centre has survey rules, or the register has an entry. */
export async function feedbackDemoSeeded(db: Db): Promise<boolean> {
  const settings = await db.selectFrom('survey_settings').select('centre_id').executeTakeFirst();
  const item = await db.selectFrom('feedback_items').select('id').limit(1).executeTakeFirst();
  return settings !== undefined || item !== undefined;
}

/** A centre's completed and no-show requests with a planned date and no visit, by date then id. */
export async function pastRequestsWithoutVisit(db: Db, centreId: string) {
  return db
    .selectFrom('requests as r')
    .leftJoin('visits as v', 'v.request_id', 'r.id')
    .select(['r.id', 'r.state', 'r.planned_date'])
    .where('r.centre_id', '=', centreId)
    .where('r.state', 'in', ['completed', 'no_show'])
    .where('r.planned_date', 'is not', null)
    .where('v.id', 'is', null)
    .orderBy('r.planned_date')
    .orderBy('r.id')
    .execute();
}

/** A home visit of the demo's past and what its report says. */
export interface PastVisit {
  visitId: string;
  centreId: string;
  requestId: string;
  kitId: string;
  administratorId: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  serviceMinutes: number;
  arrivedAt: Date;
  finishedAt: Date;
  /** Served, or nobody found (`absent`). */
  outcome: 'completed' | 'cancelled';
}

/** A planned home visit of the past and the field's report of it (an existing report is kept). */
export async function insertPastVisitWithReport(db: Db, v: PastVisit): Promise<void> {
  await db
    .insertInto('visits')
    .values({
      id: v.visitId,
      centre_id: v.centreId,
      request_id: v.requestId,
      kind: 'home',
      status: 'planned',
      day: v.day,
      starts_at: v.startsAt,
      ends_at: v.endsAt,
      kit_id: v.kitId,
      outreach_session_id: null,
      companions: json([]),
      service_minutes: v.serviceMinutes,
      sequence: null,
      override_reason: null,
      cancel_reason: null,
      created_by: null,
    })
    .execute();
  await db
    .insertInto('visit_reports')
    .values({
      visit_id: v.visitId,
      centre_id: v.centreId,
      request_id: v.requestId,
      administrator_id: v.administratorId,
      arrived_at: v.arrivedAt,
      outcome: v.outcome,
      cancel_reason: v.outcome === 'completed' ? null : 'absent',
      finished_at: v.finishedAt,
    })
    .onConflict((oc) => oc.column('visit_id').doNothing())
    .execute();
}

/** A centre's survey tasks by visit day then id: id and version. */
export async function surveyTasksByVisitDay(db: Db, centreId: string) {
  return db
    .selectFrom('survey_tasks')
    .select(['id', 'version'])
    .where('centre_id', '=', centreId)
    .orderBy('visit_day')
    .orderBy('id')
    .execute();
}

/** The applicant of a request and its first service (id, name, provider). */
export async function firstServiceOfRequest(db: Db, requestId: string) {
  return db
    .selectFrom('requests as r')
    .innerJoin('request_services as s', 's.request_id', 'r.id')
    .innerJoin('services as c', 'c.id', 's.service_id')
    .select(['r.applicant_id', 's.service_id', 'c.name', 'c.provider'])
    .where('r.id', '=', requestId)
    .orderBy('s.position')
    .executeTakeFirstOrThrow();
}

/** An application registered now at a visit, whose confirmation carried a feedback token (its hash). */
export async function insertApplicationWithFeedbackToken(
  db: Db,
  a: {
    centreId: string;
    year: number;
    numberValue: number;
    number: string;
    visitId: string;
    requestId: string;
    applicantId: string;
    service: { id: string; name: string; provider: string };
    administratorId: string;
    feedbackTokenHash: string;
  },
): Promise<void> {
  await db
    .insertInto('applications')
    .values({
      id: uuidv7(),
      centre_id: a.centreId,
      year: a.year,
      number_value: a.numberValue,
      number: a.number,
      place: 'mobile_visit',
      visit_id: a.visitId,
      request_id: a.requestId,
      applicant_id: a.applicantId,
      service_id: a.service.id,
      service_name: a.service.name,
      provider: a.service.provider,
      identity: JSON.stringify({ kind: 'id_card', number: '000000000' }),
      documents: JSON.stringify([]),
      administrator_id: a.administratorId,
      registered_at: new Date(),
      feedback_token_hash: a.feedbackTokenHash,
    })
    .execute();
}
