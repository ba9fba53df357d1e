import { problem } from '@valiza/domain';
import type { Db } from '../db/database.js';

/**
 * Checks the people of a visit or session: each must be of the centre (another centre's person is
 * `not_found`, as if absent) and an active administrator (or `visit.not_staff`).
 */
export async function assertCrew(tx: Db, centreId: string, personIds: readonly string[]): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length !== personIds.length)
    throw problem('validation.failed', { details: [{ path: 'staffIds', code: 'duplicate' }] });
  if (unique.length === 0) return;
  const rows = await tx
    .selectFrom('persons as p')
    .select([
      'p.id',
      'p.centre_id as centreId',
      'p.active',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('person_roles as r')
              .whereRef('r.person_id', '=', 'p.id')
              .where('r.role', '=', 'administrator'),
          )
          .as('administrator'),
    ])
    .where('p.id', 'in', unique)
    .execute();
  if (rows.length !== unique.length || rows.some((r) => r.centreId !== centreId)) throw problem('not_found');
  if (rows.some((r) => !r.active || !r.administrator)) throw problem('visit.not_staff');
}

/** Checks that a companion named by id is an active colleague of the centre. */
export async function assertColleagues(
  tx: Db,
  centreId: string,
  personIds: readonly string[],
): Promise<void> {
  if (personIds.length === 0) return;
  const rows = await tx
    .selectFrom('persons')
    .select(['id', 'centre_id as centreId', 'active'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  if (rows.length !== new Set(personIds).size || rows.some((r) => r.centreId !== centreId))
    throw problem('not_found');
  if (rows.some((r) => !r.active)) throw problem('visit.not_staff');
}

/** A kit of the centre, or `not_found`. Answers its code. */
export async function assertKit(tx: Db, centreId: string, kitId: string): Promise<string> {
  const kit = await tx
    .selectFrom('kits')
    .select(['centre_id', 'code'])
    .where('id', '=', kitId)
    .executeTakeFirst();
  if (!kit || kit.centre_id !== centreId) throw problem('not_found');
  return kit.code;
}
