import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { QualityAlertsTable } from './feedback.tables.js';

export async function insertAlert(
  db: Db,
  alert: {
    id: string;
    centreId: string;
    source: QualityAlertsTable['source'];
    surveyTaskId?: string | null;
    feedbackItemId?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('quality_alerts')
    .values({
      id: alert.id,
      centre_id: alert.centreId,
      kind: 'bribe_signal',
      source: alert.source,
      survey_task_id: alert.surveyTaskId ?? null,
      feedback_item_id: alert.feedbackItemId ?? null,
    })
    .execute();
}

function alertQuery(db: Db) {
  return db
    .selectFrom('quality_alerts as q')
    .leftJoin('survey_tasks as t', 't.id', 'q.survey_task_id')
    .leftJoin('requests as r', 'r.id', 't.request_id')
    .select([
      'q.id',
      'q.centre_id as centreId',
      'q.kind',
      'q.source',
      'q.survey_task_id as surveyTaskId',
      'q.feedback_item_id as feedbackItemId',
      'r.number as requestNumber',
      'q.raised_at as raisedAt',
      'q.acknowledged_at as acknowledgedAt',
      'q.note',
    ]);
}

/** A centre's alerts, newest first: the open ones, or all of the last hundred. */
export async function listAlerts(db: Db, centreId: string, state: 'open' | 'all') {
  let query = alertQuery(db).where('q.centre_id', '=', centreId);
  if (state === 'open') query = query.where('q.acknowledged_at', 'is', null);
  return query.orderBy('q.raised_at', 'desc').orderBy('q.id', 'desc').limit(100).execute();
}

export async function findAlert(db: Db, id: string) {
  return alertQuery(db).where('q.id', '=', id).executeTakeFirst();
}

/** Marks an alert as seen and dealt with; answers false when it already was. */
export async function acknowledgeAlert(
  db: Db,
  id: string,
  by: string,
  note: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('quality_alerts')
    .set({ acknowledged_at: sql<Date>`now()`, acknowledged_by: by, note })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
