import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface Change {
  centreId: string;
  entity: string;
  entityId: string;
  op: 'upsert' | 'delete';
  /** Set for data meant for one person's devices only. */
  personId?: string | null;
}

/** Appends one change row; its `tx` is the writing transaction. */
export async function insertChange(db: Db, change: Change): Promise<void> {
  await db
    .insertInto('change_log')
    .values({
      centre_id: change.centreId,
      entity: change.entity,
      entity_id: change.entityId,
      op: change.op,
      person_id: change.personId ?? null,
    })
    .execute();
}

/** One change row for every centre of a community (localities belong to the community). */
export async function insertCommunityChange(
  db: Db,
  change: Omit<Change, 'centreId' | 'personId'> & { communityId: string },
): Promise<void> {
  await db
    .insertInto('change_log')
    .columns(['centre_id', 'entity', 'entity_id', 'op'])
    .expression(
      db
        .selectFrom('centres')
        .select([
          'id',
          sql<string>`${change.entity}`.as('entity'),
          sql<string>`${change.entityId}`.as('entity_id'),
          sql<'upsert' | 'delete'>`${change.op}`.as('op'),
        ])
        .where('community_id', '=', change.communityId),
    )
    .execute();
}

/**
 * The snapshot's transaction horizon: every transaction below `xmin` has ended, so change rows
 * with `tx < xmin` are final — none can still appear. `xmax` is the first id not yet given out.
 */
export async function snapshotHorizon(db: Db): Promise<{ xmin: bigint; xmax: bigint }> {
  const { rows } = await sql<{ xmin: string; xmax: string }>`
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
           pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`.execute(db);
  return { xmin: BigInt(rows[0]!.xmin), xmax: BigInt(rows[0]!.xmax) };
}

/** Changes below this horizon may have been pruned. */
export async function prunedBefore(db: Db): Promise<bigint> {
  const row = await db
    .selectFrom('change_log_horizon')
    .select(sql<string>`pruned_before::text`.as('value'))
    .executeTakeFirstOrThrow();
  return BigInt(row.value);
}

/**
 * The entities changed for a centre (and a person) by transactions in `[from, to)`, each once,
 * in the order of their latest change.
 */
export async function listChangedEntities(
  db: Db,
  scope: { centreId: string; personId: string },
  from: bigint,
  to: bigint,
): Promise<{ entity: string; entityId: string }[]> {
  return db
    .selectFrom('change_log')
    .select(['entity', 'entity_id as entityId'])
    .where('centre_id', '=', scope.centreId)
    .where((eb) => eb.or([eb('person_id', 'is', null), eb('person_id', '=', scope.personId)]))
    .where(sql<boolean>`tx >= ${from.toString()}::xid8 AND tx < ${to.toString()}::xid8`)
    .groupBy(['entity', 'entity_id'])
    .orderBy(sql`max(seq)`)
    .execute();
}

/**
 * Deletes change rows older than `days` and moves the pruned horizon past the newest transaction
 * deleted, so that a checkpoint from before it is answered with a full snapshot. Answers the count.
 */
export async function pruneChanges(db: Db, days: number): Promise<number> {
  const { rows } = await sql<{ deleted: number }>`
    WITH gone AS (
      DELETE FROM change_log WHERE at < now() - make_interval(days => ${days}) RETURNING tx
    ), moved AS (
      UPDATE change_log_horizon
         SET pruned_before = greatest(pruned_before, ((SELECT max(tx) FROM gone)::text::numeric + 1)::text::xid8)
       WHERE EXISTS (SELECT 1 FROM gone)
    )
    SELECT count(*)::int AS deleted FROM gone`.execute(db);
  return rows[0]?.deleted ?? 0;
}
