import { sql, type SqlBool } from 'kysely';
import { OPEN_REQUEST_STATES, normaliseRequestNumber, type RequestQuery } from '@valiza/domain';
import { applicantMatches, parseSearch } from '../applicants/applicant-search.repository.js';
import type { Db } from '../db/database.js';

/**
 * The ids of one page of a centre's requests with the work-list filters applied. `from`/`to` bound
 * the creation instant (the caller turns Kyiv days into instants).
 */
export async function listRequestIds(
  db: Db,
  centreId: string,
  query: RequestQuery,
  created: { from: Date | null; before: Date | null },
  limit: number,
): Promise<string[]> {
  let q = db
    .selectFrom('requests as r')
    .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
    .select('r.id')
    .where('r.centre_id', '=', centreId);
  if (query.state) q = q.where('r.state', '=', query.state);
  if (query.open === 'true') q = q.where('r.state', 'in', [...OPEN_REQUEST_STATES]);
  if (query.open === 'false') q = q.where('r.state', 'not in', [...OPEN_REQUEST_STATES]);
  if (query.category) q = q.where('r.category', '=', query.category);
  if (query.localityId) q = q.where('r.locality_id', '=', query.localityId);
  if (query.serviceId) {
    const serviceId = query.serviceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('request_services as rs')
          .select('rs.request_id')
          .whereRef('rs.request_id', '=', 'r.id')
          .where('rs.service_id', '=', serviceId),
      ),
    );
  }
  if (created.from) q = q.where('r.created_at', '>=', created.from);
  if (created.before) q = q.where('r.created_at', '<', created.before);
  const term = parseSearch(query.q);
  if (term) {
    const number = normaliseRequestNumber(query.q ?? '');
    q = q.where(
      number ? sql<SqlBool>`(r.number = ${number} OR ${applicantMatches(term)})` : applicantMatches(term),
    );
  }
  const oldest = query.order === 'oldest';
  if (query.cursor) q = q.where('r.id', oldest ? '>' : '<', query.cursor);
  const rows = await q
    .orderBy('r.id', oldest ? 'asc' : 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Names of the services of several requests. */
export async function serviceNamesOf(db: Db, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('request_services as rs')
    .innerJoin('services as s', 's.id', 'rs.service_id')
    .select(['rs.request_id as requestId', 's.id', 's.name', 's.name_en as nameEn'])
    .where('rs.request_id', 'in', requestIds)
    .orderBy('rs.request_id')
    .orderBy('rs.position')
    .execute();
}
