import { sql } from 'kysely';
import type { FeedbackListQuery } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';
import type { FeedbackItemsTable } from './feedback.tables.js';

export interface NewFeedbackItem {
  id: string;
  centreId: string;
  channel: FeedbackItemsTable['channel'];
  kind: FeedbackItemsTable['kind'];
  text: string;
  rating?: number | null;
  askedForMoney?: boolean | null;
  scores?: Record<string, number> | null;
  contact?: string | null;
  sourceLink?: string | null;
  surveyTaskId?: string | null;
  enteredBy?: string | null;
}

/** Adds an entry to the register; answers false when one with this id exists (a resent command). */
export async function insertFeedbackItem(db: Db, item: NewFeedbackItem): Promise<boolean> {
  const result = await db
    .insertInto('feedback_items')
    .values({
      id: item.id,
      centre_id: item.centreId,
      channel: item.channel,
      kind: item.kind,
      text: item.text,
      rating: item.rating ?? null,
      asked_for_money: item.askedForMoney ?? null,
      scores: item.scores ? json(item.scores) : null,
      contact: item.contact ?? null,
      source_link: item.sourceLink ?? null,
      survey_task_id: item.surveyTaskId ?? null,
      entered_by: item.enteredBy ?? null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

function itemQuery(db: Db) {
  return db.selectFrom('feedback_items').selectAll();
}

/** One page of a centre's register, newest first; the cursor is `receivedAt|id` of the last row. */
export async function listFeedbackItems(db: Db, centreId: string, query: FeedbackListQuery, limit: number) {
  let q = itemQuery(db).where('centre_id', '=', centreId);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.channel) q = q.where('channel', '=', query.channel);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.cursor) {
    const [at, id] = query.cursor.split('|');
    if (at && id && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id))
      q = q.where(sql<boolean>`(received_at, id) < (${new Date(at)}::timestamptz, ${id}::uuid)`);
  }
  return q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function findFeedbackItem(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  let q = itemQuery(db).where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Moves a proposal one step on, if nobody else did since `version`; answers whether it did. */
export async function updateFeedbackStep(
  db: Db,
  id: string,
  version: number,
  values:
    | { status: 'discussed'; discussion: string }
    | { status: 'decided'; decision: 'accepted' | 'rejected'; changes: string }
    | { status: 'published' },
): Promise<boolean> {
  const set =
    values.status === 'discussed'
      ? { status: values.status, discussion: values.discussion, discussed_at: sql<Date>`now()` }
      : values.status === 'decided'
        ? {
            status: values.status,
            decision: values.decision,
            decision_changes: values.changes,
            decided_at: sql<Date>`now()`,
          }
        : { status: values.status, published_at: sql<Date>`now()` };
  const result = await db
    .updateTable('feedback_items')
    .set({ ...set, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
