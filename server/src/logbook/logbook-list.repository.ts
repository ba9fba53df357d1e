import { sql } from 'kysely';
import {
  startOfCivilDay,
  addDays,
  type IsoDate,
  type LogbookStatus,
  type ProviderDecision,
} from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface LineFilters {
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  status?: LogbookStatus | undefined;
  serviceId?: string | undefined;
  administratorId?: string | undefined;
  decision?: ProviderDecision | undefined;
  overdue?: 'forward' | 'provider' | 'any' | undefined;
  /** The day "overdue" is judged on. */
  today: IsoDate;
  after?: { receivedAt: string; id: string } | undefined;
  ids?: readonly string[] | undefined;
}

function lineQuery(db: Db, centreId: string, f?: LineFilters) {
  let q = db
    .selectFrom('logbook_status as st')
    .innerJoin('applications as a', 'a.id', 'st.application_id')
    .innerJoin('applicants as ap', 'ap.id', 'a.applicant_id')
    .innerJoin('persons as p', 'p.id', 'st.administrator_id')
    .select([
      'st.application_id as id',
      'st.received_at as receivedAt',
      'st.status',
      'st.forward_by as forwardBy',
      'st.provider_due as providerDue',
      'st.forwarded_at as forwardedAt',
      'st.decision',
      'st.decided_at as decidedAt',
      'st.result_received_at as resultReceivedAt',
      'st.delivered_at as deliveredAt',
      'st.delivery_method as deliveryMethod',
      'st.refusal_justified as refusalJustified',
      'a.number',
      'a.place',
      'a.service_name as serviceName',
      'a.provider',
      'a.corrects_id as correctsId',
      'ap.full_name as applicantName',
      'p.name as administratorName',
    ])
    .where('st.centre_id', '=', centreId);
  if (!f) return q;
  if (f.from) q = q.where('st.received_at', '>=', startOfCivilDay(f.from));
  if (f.to) q = q.where('st.received_at', '<', startOfCivilDay(addDays(f.to, 1)));
  if (f.status) q = q.where('st.status', '=', f.status);
  if (f.serviceId) q = q.where('st.service_id', '=', f.serviceId);
  if (f.administratorId) q = q.where('st.administrator_id', '=', f.administratorId);
  if (f.decision) q = q.where('st.decision', '=', f.decision);
  if (f.ids) q = q.where('st.application_id', 'in', f.ids.length ? f.ids : [NO_ID]);
  const lateForward = sql<boolean>`(st.status = 'registered' and st.forward_by < ${f.today}::date)`;
  const lateProvider = sql<boolean>`(st.status = 'forwarded' and st.provider_due < ${f.today}::date)`;
  if (f.overdue === 'forward') q = q.where(lateForward);
  if (f.overdue === 'provider') q = q.where(lateProvider);
  if (f.overdue === 'any') q = q.where(sql<boolean>`(${lateForward} or ${lateProvider})`);
  if (f.after)
    q = q.where(
      sql<boolean>`(st.received_at, st.application_id) < (${f.after.receivedAt}::timestamptz, ${f.after.id}::uuid)`,
    );
  return q;
}

export type LineRow = Awaited<ReturnType<ReturnType<typeof lineQuery>['execute']>>[number];

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A page of the logbook, newest receipt first (keyset on receipt time and id). */
export async function listLines(db: Db, centreId: string, f: LineFilters, limit: number): Promise<LineRow[]> {
  return lineQuery(db, centreId, f)
    .orderBy('st.received_at', 'desc')
    .orderBy('st.application_id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The journal of a period in one statement, oldest receipt first: each line with the application's
 * representative and documents, the applicant's first phone, and the content of the latest
 * `forwarded`, `decision` and `delivered` event (a correction is stored after what it corrects),
 * gathered in one pass over the application's events through their index: the cost grows with the
 * rows of the period, not with the size of the logbook, and there is no query per row or chunk.
 */
export async function journalRecords(db: Db, centreId: string, f: LineFilters, limit: number) {
  const latest = (kind: 'forwarded' | 'decision' | 'delivered') =>
    sql<unknown>`(array_agg(e.content order by e.recorded_at desc, e.id desc) filter (where e.kind = ${kind}))[1]`;
  return lineQuery(db, centreId, f)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('logbook_events as e')
          .select([
            latest('forwarded').as('forwarded'),
            latest('decision').as('decided'),
            latest('delivered').as('delivered'),
          ])
          .whereRef('e.application_id', '=', 'st.application_id')
          .as('ev'),
      (join) => join.onTrue(),
    )
    .select([
      'a.representative',
      'a.documents',
      sql<string | null>`(select ph.phone from applicant_phones ph
        where ph.applicant_id = a.applicant_id order by ph.position limit 1)`.as('phone'),
      sql<string | null>`(select c.number from applications c where c.id = a.corrects_id)`.as(
        'correctsNumber',
      ),
      sql<string | null>`(select c.number from applications c where c.corrects_id = a.id)`.as(
        'correctedByNumber',
      ),
      'ev.forwarded',
      'ev.decided',
      'ev.delivered',
    ])
    .orderBy('st.received_at', 'asc')
    .orderBy('st.application_id', 'asc')
    .limit(limit)
    .execute();
}

export type JournalRecord = Awaited<ReturnType<typeof journalRecords>>[number];

/** Lines due to forward on or before `day` and not forwarded (the morning dashboard). */
export async function dueToForward(
  db: Db,
  centreId: string,
  day: IsoDate,
  limit: number,
): Promise<LineRow[]> {
  return lineQuery(db, centreId)
    .where('st.status', '=', 'registered')
    .where('st.forward_by', '<=', day)
    .orderBy('st.forward_by')
    .orderBy('st.received_at')
    .limit(limit)
    .execute();
}

export async function overdueAtProvider(
  db: Db,
  centreId: string,
  today: IsoDate,
  limit: number,
): Promise<LineRow[]> {
  return lineQuery(db, centreId)
    .where('st.status', '=', 'forwarded')
    .where('st.provider_due', '<', today)
    .orderBy('st.provider_due')
    .limit(limit)
    .execute();
}

export async function countWhere(
  db: Db,
  centreId: string,
  what: 'to_deliver' | 'to_review',
): Promise<number> {
  let q = db
    .selectFrom('logbook_status')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('centre_id', '=', centreId);
  q =
    what === 'to_deliver'
      ? q.where('status', '=', 'result_ready')
      : q.where('decision', '=', 'refused').where('refusal_justified', 'is', null);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** What the entry page adds to a line: the registered details of the application. */
export async function entryDetails(db: Db, applicationId: string) {
  return db
    .selectFrom('applications as a')
    .select([
      'a.centre_id as centreId',
      'a.registered_at as registeredAt',
      'a.representative',
      'a.documents',
      'a.payment',
      'a.request_id as requestId',
      'a.applicant_id as applicantId',
      'a.correction_reason as correctionReason',
    ])
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}

export async function applicantPhones(db: Db, applicantId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('applicant_phones')
    .select('phone')
    .where('applicant_id', '=', applicantId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.phone);
}

/** The number of an application (the entry a correction points to). */
export async function numberOf(db: Db, applicationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('applications')
    .select('number')
    .where('id', '=', applicationId)
    .executeTakeFirst();
  return row?.number ?? null;
}

export async function correctionsOf(db: Db, applicationId: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'number'])
    .where('corrects_id', '=', applicationId)
    .orderBy('received_at')
    .execute();
}
