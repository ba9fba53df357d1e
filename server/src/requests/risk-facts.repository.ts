import { sql } from 'kysely';
import { OPEN_REQUEST_STATES, PHONE_WINDOW_DAYS } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface OpenRequestRow {
  id: string;
  number: string;
  applicantId: string;
  requesterPhone: string | null;
  applicantPhones: string[];
}

/**
 * A centre's open requests of these applicants, or whose caller or applicant has one of these
 * phones, each with its applicant's phones.
 */
export async function openRequestsTouching(
  db: Db,
  centreId: string,
  applicantIds: readonly string[],
  phones: readonly string[],
): Promise<OpenRequestRow[]> {
  if (applicantIds.length === 0 && phones.length === 0) return [];
  const rows = await db
    .selectFrom('requests as r')
    .select(['r.id', 'r.number', 'r.applicant_id as applicantId', 'r.requester_phone as requesterPhone'])
    .where('r.centre_id', '=', centreId)
    .where('r.state', 'in', [...OPEN_REQUEST_STATES])
    .where((eb) =>
      eb.or([
        ...(applicantIds.length ? [eb('r.applicant_id', 'in', applicantIds)] : []),
        ...(phones.length
          ? [
              eb('r.requester_phone', 'in', phones),
              eb(
                'r.applicant_id',
                'in',
                eb
                  .selectFrom('applicant_phones as p')
                  .select('p.applicant_id')
                  .where('p.centre_id', '=', centreId)
                  .where('p.phone', 'in', phones),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('r.id')
    .execute();
  const ids = [...new Set(rows.map((r) => r.applicantId))];
  const phoneRows = ids.length
    ? await db
        .selectFrom('applicant_phones')
        .select(['applicant_id', 'phone'])
        .where('applicant_id', 'in', ids)
        .execute()
    : [];
  return rows.map((r) => ({
    ...r,
    applicantPhones: phoneRows.filter((p) => p.applicant_id === r.applicantId).map((p) => p.phone),
  }));
}

/** How many of a centre's requests came from each of these caller phones within the last 30 days. */
export async function recentRequestsByPhone(
  db: Db,
  centreId: string,
  phones: readonly string[],
): Promise<Map<string, number>> {
  if (phones.length === 0) return new Map();
  const rows = await db
    .selectFrom('requests')
    .select(['requester_phone', (eb) => eb.fn.countAll<number>().as('n')])
    .where('centre_id', '=', centreId)
    .where('requester_phone', 'in', phones)
    .where('created_at', '>=', sql<Date>`now() - make_interval(days => ${PHONE_WINDOW_DAYS}::int)`)
    .groupBy('requester_phone')
    .execute();
  return new Map(rows.map((r) => [r.requester_phone!, Number(r.n)]));
}

/** Whether each of these localities is marked remote. */
export async function remoteFlags(db: Db, localityIds: readonly string[]): Promise<Map<string, boolean>> {
  if (localityIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('localities')
    .select(['id', 'remote'])
    .where('id', 'in', localityIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.remote]));
}
