import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { insertAudit } from './audit.repository.js';

/**
 * Records what an actor did to a record. Call it with the transaction of the change itself, so the
 * change and its audit line commit or vanish together. `details` must not hold personal data beyond
 * ids: the trail says who touched what, not the content.
 */
export async function audit(
  tx: Db,
  actor: Actor | null,
  action: string,
  record: { type: string; id: string | null; centreId: string | null },
  details?: Record<string, unknown>,
): Promise<void> {
  await insertAudit(tx, {
    centreId: record.centreId,
    actorId: actor?.personId ?? null,
    deviceId: actor?.deviceId ?? null,
    action,
    recordType: record.type,
    recordId: record.id,
    details: details ?? null,
  });
}

/** Records that an actor opened a person's data (an applicant's card, a visit's documents). */
export async function recordView(
  db: Db,
  actor: Actor,
  record: { type: string; id: string; centreId: string | null },
): Promise<void> {
  await audit(db, actor, 'view', record);
}
