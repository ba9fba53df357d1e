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
