import type { Db } from '../db/database.js';

/** One incident by id, of whatever centre (the caller compares). */
export async function findIncident(
  db: Db,
  id: string,
): Promise<
  { id: string; centreId: string; visitId: string | null; kind: string; note: string | null } | undefined
> {
  return db
    .selectFrom('incidents')
    .select(['id', 'centre_id as centreId', 'visit_id as visitId', 'kind', 'note'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The first incident recorded at a visit of a kind (one per visit and kind), or undefined. */
export async function findVisitIncident(
  db: Db,
  visitId: string,
  kind: string,
): Promise<{ id: string; note: string | null } | undefined> {
  return db
    .selectFrom('incidents')
    .select(['id', 'note'])
    .where('visit_id', '=', visitId)
    .where('kind', '=', kind)
    .orderBy('id')
    .executeTakeFirst();
}

/** Replaces an incident's note (the caller joins what was there with what it adds). */
export async function updateIncidentNote(db: Db, id: string, note: string): Promise<void> {
  await db.updateTable('incidents').set({ note }).where('id', '=', id).execute();
}
