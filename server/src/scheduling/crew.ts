import { problem } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { findKit } from '../org/kit.repository.js';
import { findCrewCandidates, findPeopleStatus } from './crew.repository.js';

/**
 * Checks the people of a visit or session: each must be of the centre (another centre's person is
 * `not_found`, as if absent) and an active administrator (or `visit.not_staff`).
 */
export async function assertCrew(tx: Db, centreId: string, personIds: readonly string[]): Promise<void> {
  const unique = [...new Set(personIds)];
  if (unique.length !== personIds.length)
    throw problem('validation.failed', { details: [{ path: 'staffIds', code: 'duplicate' }] });
  if (unique.length === 0) return;
  const rows = await findCrewCandidates(tx, unique);
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
  const rows = await findPeopleStatus(tx, [...new Set(personIds)]);
  if (rows.length !== new Set(personIds).size || rows.some((r) => r.centreId !== centreId))
    throw problem('not_found');
  if (rows.some((r) => !r.active)) throw problem('visit.not_staff');
}

/** A kit of the centre, or `not_found`. Answers its code. */
export async function assertKit(tx: Db, centreId: string, kitId: string): Promise<string> {
  const kit = await findKit(tx, kitId);
  if (!kit || kit.centreId !== centreId) throw problem('not_found');
  return kit.code;
}
