import { sql } from 'kysely';
import type { StaffAbsence, WorkingHours } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { json } from '../db/json.js';

export async function findStaffHours(db: Db, personId: string): Promise<WorkingHours | null> {
  const row = await db
    .selectFrom('staff_hours')
    .select('hours')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.hours ?? null;
}

/** Own hours of several people; people missing from the map follow the centre's hours. */
export async function staffHoursOf(db: Db, personIds: readonly string[]): Promise<Map<string, WorkingHours>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff_hours')
    .select(['person_id', 'hours'])
    .where('person_id', 'in', [...personIds])
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.hours]));
}

export async function saveStaffHours(db: Db, centreId: string, personId: string, hours: WorkingHours | null) {
  if (hours === null) {
    await db.deleteFrom('staff_hours').where('person_id', '=', personId).execute();
    return;
  }
  await db
    .insertInto('staff_hours')
    .values({ person_id: personId, centre_id: centreId, hours: json(hours) })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ hours: json(hours), updated_at: sql`now()` }))
    .execute();
}

export interface AbsenceRow extends StaffAbsence {
  centreId: string;
}

const ABSENCE_COLUMNS = [
  'id',
  'centre_id as centreId',
  'person_id as personId',
  'starts_on as from',
  'ends_on as to',
  'kind',
  'note',
] as const;

export async function listAbsences(
  db: Db,
  centreId: string,
  range: { from: string; to: string; personId?: string | undefined },
): Promise<AbsenceRow[]> {
  let query = db
    .selectFrom('staff_absences')
    .select(ABSENCE_COLUMNS)
    .where('centre_id', '=', centreId)
    .where('starts_on', '<=', range.to)
    .where('ends_on', '>=', range.from);
  if (range.personId) query = query.where('person_id', '=', range.personId);
  return query.orderBy('starts_on').orderBy('id').execute();
}

/** The people among `personIds` absent on `day`. */
export async function absentOn(db: Db, personIds: readonly string[], day: string): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('staff_absences')
    .select('person_id')
    .where('person_id', 'in', [...personIds])
    .where('starts_on', '<=', day)
    .where('ends_on', '>=', day)
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

export async function findAbsence(db: Db, id: string): Promise<AbsenceRow | undefined> {
  return db.selectFrom('staff_absences').select(ABSENCE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function insertAbsence(db: Db, row: AbsenceRow, by: string): Promise<void> {
  await db
    .insertInto('staff_absences')
    .values({
      id: row.id,
      centre_id: row.centreId,
      person_id: row.personId,
      starts_on: row.from,
      ends_on: row.to,
      kind: row.kind,
      note: row.note,
      created_by: by,
    })
    .execute();
}

export async function deleteAbsence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('staff_absences').where('id', '=', id).execute();
}
