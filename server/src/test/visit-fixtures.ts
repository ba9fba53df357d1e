import { sql } from 'kysely';
import { civilDateIn, uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { TestCentre } from './factories.js';
import { makeEligibleRequest } from './scheduling-fixtures.js';

/**
 * A scheduled request with a planned home visit on `day` (today in Kyiv unless told), written straight
 * into the tables: the visit commands of the field work against it. Answers the ids the field needs.
 */
export async function makePlannedVisit(
  db: Db,
  centre: TestCentre,
  options: { day?: string } = {},
): Promise<{ visitId: string; requestId: string; applicantId: string; serviceId: string; day: string }> {
  const day = options.day ?? civilDateIn(new Date());
  const { requestId } = await makeEligibleRequest(db, centre);
  const visitId = uuidv7();
  await sql`INSERT INTO visits (id, centre_id, request_id, kind, day, starts_at, ends_at, kit_id, service_minutes)
    VALUES (${visitId}, ${centre.id}, ${requestId}, 'home', ${day}::date,
      (${day}::date + time '10:00') AT TIME ZONE 'Europe/Kyiv',
      (${day}::date + time '11:00') AT TIME ZONE 'Europe/Kyiv', ${centre.kitId}, 30)`.execute(db);
  await sql`UPDATE requests SET state = 'scheduled', planned_date = ${day}::date WHERE id = ${requestId}`.execute(
    db,
  );
  const row = await db
    .selectFrom('request_services as rs')
    .innerJoin('requests as r', 'r.id', 'rs.request_id')
    .select(['r.applicant_id as applicantId', 'rs.service_id as serviceId'])
    .where('rs.request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  return { visitId, requestId, day, ...row };
}
