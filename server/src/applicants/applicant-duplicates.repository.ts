import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface DuplicateIds {
  reason: 'name_and_birth_date' | 'phone';
  ids: string[];
}

/**
 * Groups of a centre's applicants (merged ones left out) that are probably one person: the same
 * name and birth date, or a shared phone number.
 */
export async function findDuplicateGroups(db: Db, centreId: string, limit: number): Promise<DuplicateIds[]> {
  const byName = await db
    .selectFrom('applicants')
    .select(['name_key', 'birth_date', sql<string[]>`array_agg(id::text)`.as('ids')])
    .where('centre_id', '=', centreId)
    .where('merged_into', 'is', null)
    .where('birth_date', 'is not', null)
    .groupBy(['name_key', 'birth_date'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('name_key')
    .limit(limit)
    .execute();
  const byPhone = await db
    .selectFrom('applicant_phones as p')
    .innerJoin('applicants as a', 'a.id', 'p.applicant_id')
    .select(['p.phone', sql<string[]>`array_agg(a.id::text)`.as('ids')])
    .where('p.centre_id', '=', centreId)
    .where('a.merged_into', 'is', null)
    .groupBy('p.phone')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('p.phone')
    .limit(limit)
    .execute();
  return [
    ...byName.map((g) => ({ reason: 'name_and_birth_date' as const, ids: [...g.ids].sort() })),
    ...byPhone.map((g) => ({ reason: 'phone' as const, ids: [...g.ids].sort() })),
  ];
}
