import { sql } from 'kysely';
import { nameKey } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface ApplicantRow {
  id: string;
  centreId: string;
  fullName: string;
  birthDate: string | null;
  phones: string[];
  registeredInCommunity: boolean | null;
  mergedInto: string | null;
  version: number;
  createdAt: Date;
}

const COLUMNS = [
  'a.id',
  'a.centre_id as centreId',
  'a.full_name as fullName',
  'a.birth_date as birthDate',
  'a.registered_in_community as registeredInCommunity',
  'a.merged_into as mergedInto',
  'a.version',
  'a.created_at as createdAt',
] as const;

/** Applicants by id with their phones, in the order of `ids`. */
export async function findApplicants(db: Db, ids: readonly string[]): Promise<ApplicantRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('applicants as a').select(COLUMNS).where('a.id', 'in', ids).execute();
  const phones = await phonesOf(db, ids);
  const byId = new Map(rows.map((r) => [r.id, { ...r, phones: phones.get(r.id) ?? [] }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findApplicant(db: Db, id: string): Promise<ApplicantRow | undefined> {
  return (await findApplicants(db, [id]))[0];
}

/** Locks an applicant's row for the rest of the transaction (merges and edits wait for each other). */
export async function lockApplicant(db: Db, id: string): Promise<void> {
  await db.selectFrom('applicants').select('id').where('id', '=', id).forUpdate().execute();
}

async function phonesOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('applicant_phones')
    .select(['applicant_id', 'phone'])
    .where('applicant_id', 'in', ids)
    .orderBy('applicant_id')
    .orderBy('position')
    .execute();
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.applicant_id, [...(map.get(row.applicant_id) ?? []), row.phone]);
  return map;
}

export async function insertApplicant(db: Db, a: Omit<ApplicantRow, 'version' | 'createdAt' | 'mergedInto'>) {
  await db
    .insertInto('applicants')
    .values({
      id: a.id,
      centre_id: a.centreId,
      full_name: a.fullName,
      name_key: nameKey(a.fullName),
      birth_date: a.birthDate,
      registered_in_community: a.registeredInCommunity,
    })
    .execute();
  await replacePhones(db, a.id, a.centreId, a.phones);
}

/** Writes an applicant if still at `version` (null: whatever the version); answers whether it did. */
export async function updateApplicant(
  db: Db,
  a: Pick<ApplicantRow, 'id' | 'centreId' | 'fullName' | 'birthDate' | 'phones' | 'registeredInCommunity'>,
  version: number | null,
): Promise<boolean> {
  let query = db
    .updateTable('applicants')
    .set({
      full_name: a.fullName,
      name_key: nameKey(a.fullName),
      birth_date: a.birthDate,
      registered_in_community: a.registeredInCommunity,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', a.id);
  if (version !== null) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replacePhones(db, a.id, a.centreId, a.phones);
  return true;
}

async function replacePhones(db: Db, applicantId: string, centreId: string, phones: readonly string[]) {
  await db.deleteFrom('applicant_phones').where('applicant_id', '=', applicantId).execute();
  const unique = [...new Set(phones)];
  if (unique.length === 0) return;
  await db
    .insertInto('applicant_phones')
    .values(
      unique.map((phone, position) => ({ applicant_id: applicantId, centre_id: centreId, phone, position })),
    )
    .execute();
}

/** Marks applicants as merged into another one (their rows stay, as history). */
export async function markMerged(db: Db, ids: readonly string[], keptId: string): Promise<void> {
  await db
    .updateTable('applicants')
    .set({ merged_into: keptId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', 'in', ids)
    .execute();
}

/** Ids of applicants that were merged into this one. */
export async function mergedInto(db: Db, keptId: string): Promise<string[]> {
  const rows = await db.selectFrom('applicants').select('id').where('merged_into', '=', keptId).execute();
  return rows.map((r) => r.id);
}
