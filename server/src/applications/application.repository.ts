import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { ApplicationsTable } from './applications.tables.js';

export type ApplicationRow = Selectable<ApplicationsTable>;

/**
 * Stores an application unless a row already holds its id, its number or its feedback token (then
 * nothing is written, and the caller finds out which). A copy sent at the same moment under another
 * command id waits here on the primary key until the first copy's transaction ends.
 */
export async function insertApplicationIfNew(
  tx: Db,
  values: Insertable<ApplicationsTable>,
): Promise<boolean> {
  const inserted = await tx
    .insertInto('applications')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return Boolean(inserted);
}

/** One application by id, of whatever centre (the caller checks tenancy). */
export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The applications registered at a visit, in number order. */
export async function applicationsOfVisits(
  db: Db,
  visitIds: readonly string[],
): Promise<{ id: string; visitId: string; number: string; serviceName: string }[]> {
  if (visitIds.length === 0) return [];
  return db
    .selectFrom('applications')
    .select(['id', 'visit_id as visitId', 'number', 'service_name as serviceName'])
    .where('visit_id', 'in', visitIds)
    .$narrowType<{ visitId: string }>()
    .orderBy('year')
    .orderBy('number_value')
    .execute();
}

/** How many files an application declared that have not arrived (same id, digest, size and centre). */
function missingFiles(eb: ExpressionBuilder<Database & { ap: Database['applications'] }, 'ap'>) {
  return eb
    .selectFrom('attachment_manifest as m')
    .leftJoin('attachments as f', (join) =>
      join
        .onRef('f.id', '=', 'm.attachment_id')
        .onRef('f.sha256', '=', 'm.sha256')
        .onRef('f.size', '=', 'm.size')
        .onRef('f.centre_id', '=', 'm.centre_id'),
    )
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .where('m.owner_type', '=', 'application')
    .whereRef('m.owner_id', '=', 'ap.id')
    .where('f.id', 'is', null);
}

export interface ApplicationListRow {
  id: string;
  number: string;
  receivedAt: Date;
  registeredAt: Date;
  place: ApplicationRow['place'];
  applicantName: string;
  serviceName: string;
  administratorName: string;
  missing: number;
}

/**
 * A centre's applications, newest received first, with how many declared files have not arrived
 * (a file counts when one with the same id, digest and size was received in the same centre).
 */
export async function listApplications(
  db: Db,
  centreId: string,
  page: { limit: number; after?: { receivedAt: Date; id: string } | undefined; incompleteOnly: boolean },
): Promise<ApplicationListRow[]> {
  let query = db
    .selectFrom('applications as ap')
    .innerJoin('applicants as a', 'a.id', 'ap.applicant_id')
    .innerJoin('persons as p', 'p.id', 'ap.administrator_id')
    .select((eb) => [
      'ap.id',
      'ap.number',
      'ap.received_at as receivedAt',
      'ap.registered_at as registeredAt',
      'ap.place',
      'a.full_name as applicantName',
      'ap.service_name as serviceName',
      'p.name as administratorName',
      missingFiles(eb).as('missing'),
    ])
    .where('ap.centre_id', '=', centreId);
  if (page.incompleteOnly) query = query.where((eb) => eb(missingFiles(eb), '>', 0));
  const after = page.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('ap.received_at', '<', after.receivedAt),
        eb.and([eb('ap.received_at', '=', after.receivedAt), eb('ap.id', '<', after.id)]),
      ]),
    );
  const rows = await query
    .orderBy('ap.received_at', 'desc')
    .orderBy('ap.id', 'desc')
    .limit(page.limit)
    .execute();
  // count(*) is a number on PGlite and a string on node-postgres.
  return rows.map((r) => ({ ...r, missing: Number(r.missing ?? 0) }));
}
