import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

/** Whether a centre's logbook has any event yet (the logbook demo has run for it). */
export async function centreHasLogbook(db: Db, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('logbook_events')
    .select('id')
    .where('centre_id', '=', centreId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a centre has published any quarter yet (the reports demo has run). */
export async function centreHasPublication(db: Db, centreId: string): Promise<boolean> {
  const row = await db
    .selectFrom('report_publications')
    .select('id')
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A centre's applicant ids in id order; `unmergedOnly` leaves out the records merged into others. */
export async function centreApplicantIds(db: Db, centreId: string, unmergedOnly: boolean) {
  let query = db.selectFrom('applicants').select('id').where('centre_id', '=', centreId);
  if (unmergedOnly) query = query.where('merged_into', 'is', null);
  return query.orderBy('id').execute();
}

/** A centre's active (or field-deliverable) services by code: id, name and provider. */
export async function centreServicesByCode(db: Db, centreId: string, only: 'active' | 'field_deliverable') {
  return db
    .selectFrom('services')
    .select(['id', 'name', 'provider'])
    .where('centre_id', '=', centreId)
    .where(only, '=', true)
    .orderBy('code')
    .execute();
}

/** Every service of every completed request of a centre, with the request's applicant and creation. */
export async function completedRequestServices(db: Db, centreId: string) {
  return db
    .selectFrom('requests as r')
    .innerJoin('request_services as rs', 'rs.request_id', 'r.id')
    .innerJoin('services as s', 's.id', 'rs.service_id')
    .select(['r.id', 'r.applicant_id', 'r.created_at', 's.id as serviceId', 's.name', 's.provider'])
    .where('r.centre_id', '=', centreId)
    .where('r.state', '=', 'completed')
    .execute();
}

/** A centre's planned (not cancelled) visits: id, request and start. */
export async function plannedVisitsOfCentre(db: Db, centreId: string) {
  return db
    .selectFrom('visits')
    .select(['id', 'request_id', 'starts_at'])
    .where('centre_id', '=', centreId)
    .where('status', '=', 'planned')
    .execute();
}

/** An application of the demo's past, numbered by the caller. */
export interface HistoryApplication {
  centreId: string;
  /** The centre's code, the first part of the number. */
  code: string;
  at: Date;
  place: 'mobile_visit' | 'outreach_point';
  visitId: string | null;
  requestId: string | null;
  applicantId: string;
  service: { id: string; name: string; provider: string };
  administratorId: string;
}

/** Stores one year's applications in one statement, numbered `first`, `first + 1`… in the order given. */
export async function insertNumberedApplications(
  db: Db,
  year: number,
  first: number,
  rows: readonly HistoryApplication[],
): Promise<void> {
  await db
    .insertInto('applications')
    .values(
      rows.map((p, i) => ({
        id: uuidv7(),
        centre_id: p.centreId,
        year,
        number_value: first + i,
        number: `${p.code}/${year}/${String(first + i).padStart(6, '0')}`,
        place: p.place,
        visit_id: p.visitId,
        request_id: p.requestId,
        applicant_id: p.applicantId,
        service_id: p.service.id,
        service_name: p.service.name,
        provider: p.service.provider,
        identity: json({ kind: 'id_card' }),
        documents: json([]),
        administrator_id: p.administratorId,
        registered_at: p.at,
      })),
    )
    .execute();
}
