import type { Db } from '../db/database.js';
import { insertChange, insertCommunityChange, type Change } from './change-log.repository.js';

export type { Change } from './change-log.repository.js';

/**
 * Records that an entity changed, for field devices to pull. Call it with the transaction of the
 * change itself: the row then commits or vanishes with it. The entity name must have a loader in
 * `sync/entities/index.ts`, which reads its current state when a device pulls.
 */
export async function recordChange(tx: Db, change: Change): Promise<void> {
  await insertChange(tx, change);
}

/** Records a change of community data (a locality) for every centre of the community. */
export async function recordCommunityChange(
  tx: Db,
  change: { communityId: string; entity: string; entityId: string; op: 'upsert' | 'delete' },
): Promise<void> {
  await insertCommunityChange(tx, change);
}
