import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** How many requests an applicant has, in any state. */
export async function countRequestsOf(db: Db, applicantId: string): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('applicant_id', '=', applicantId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** An applicant's requests, newest first, with their place and services, for the card. */
export async function requestsOfApplicant(db: Db, applicantId: string) {
  const rows = await db
    .selectFrom('requests as r')
    .leftJoin('localities as l', 'l.id', 'r.locality_id')
    .select([
      'r.id',
      'r.number',
      'r.state',
      'r.created_at as createdAt',
      'r.planned_date as plannedDate',
      'r.category',
      'r.place_kind as placeKind',
      sql<string | null>`coalesce(l.name, r.locality_name)`.as('localityName'),
      'r.street',
      'r.building',
      'r.apartment',
    ])
    .where('r.applicant_id', '=', applicantId)
    .orderBy('r.id', 'desc')
    .execute();
  const ids = rows.map((r) => r.id);
  const services = ids.length
    ? await db
        .selectFrom('request_services as rs')
        .innerJoin('services as s', 's.id', 'rs.service_id')
        .select(['rs.request_id as requestId', 's.name'])
        .where('rs.request_id', 'in', ids)
        .orderBy('rs.request_id')
        .orderBy('rs.position')
        .execute()
    : [];
  return rows.map((r) => ({
    ...r,
    services: services.filter((s) => s.requestId === r.id).map((s) => s.name),
  }));
}

/**
 * The visits of an applicant's requests, the latest first, with the field's outcome when reported
 * and the administrators booked on them (an outreach visit's crew is its session's). Released
 * bookings of cancelled visits are kept, so a cancelled visit still shows who was to go.
 */
export async function visitsOfApplicant(db: Db, centreId: string, applicantId: string) {
  const rows = await db
    .selectFrom('visits as v')
    .innerJoin('requests as r', 'r.id', 'v.request_id')
    .leftJoin('visit_reports as vr', 'vr.visit_id', 'v.id')
    .select([
      'v.id',
      'v.request_id as requestId',
      'r.number as requestNumber',
      'v.kind',
      'v.status',
      'v.day',
      'v.starts_at as startsAt',
      'v.ends_at as endsAt',
      'v.outreach_session_id as outreachSessionId',
      'v.cancel_reason as cancelReason',
      'vr.outcome',
      'vr.cancel_reason as outcomeReason',
    ])
    .where('r.applicant_id', '=', applicantId)
    .where('v.centre_id', '=', centreId)
    .orderBy('v.starts_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
  const visitIds = rows.filter((v) => !v.outreachSessionId).map((v) => v.id);
  const sessionIds = [...new Set(rows.flatMap((v) => (v.outreachSessionId ? [v.outreachSessionId] : [])))];
  const crew =
    visitIds.length + sessionIds.length > 0
      ? await db
          .selectFrom('staff_bookings as b')
          .innerJoin('persons as p', 'p.id', 'b.person_id')
          .select(['b.visit_id as visitId', 'b.session_id as sessionId', 'p.id', 'p.name'])
          .where('b.role', '=', 'crew')
          .where((eb) =>
            eb.or([
              ...(visitIds.length ? [eb('b.visit_id', 'in', visitIds)] : []),
              ...(sessionIds.length ? [eb('b.session_id', 'in', sessionIds)] : []),
            ]),
          )
          .orderBy('b.id')
          .execute()
      : [];
  return rows.map((v) => ({
    ...v,
    administrators: crew
      .filter((c) => (v.outreachSessionId ? c.sessionId === v.outreachSessionId : c.visitId === v.id))
      .map((c) => ({ id: c.id, name: c.name })),
  }));
}
