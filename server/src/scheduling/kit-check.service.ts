import { isKitReady, missingKitItems, uuidv7, type KitCheck, type KitCheckBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findKit } from '../org/kit.repository.js';
import { inTransaction } from '../db/transaction.js';
import { assertKit } from './crew.js';
import { insertKitCheck, listKitChecks, type KitCheckRow } from './kit-check.repository.js';

export const presentKitCheck = (c: KitCheckRow): KitCheck => ({
  id: c.id,
  kitId: c.kitId,
  day: c.day,
  items: { ...c.items },
  ready: c.ready,
  missing: missingKitItems(c.items),
  checkedBy: c.checkedBy,
  checkedAt: c.checkedAt.toISOString(),
  notes: c.notes,
});

/**
 * The technician or the administrator records the checklist before departure. Readiness is
 * computed from the items; a later check of the same kit and day replaces it for planning.
 */
export async function recordKitCheck(db: Db, actor: Actor, body: KitCheckBody): Promise<KitCheck> {
  const centreId = centreOf(actor, 'technician', 'administrator', 'head');
  return inTransaction(db, async (tx) => {
    await assertKit(tx, centreId, body.kitId);
    const row = {
      id: uuidv7(),
      centreId,
      kitId: body.kitId,
      day: body.day,
      items: body.items,
      ready: isKitReady(body.items),
      notes: body.notes ?? null,
      checkedBy: actor.personId,
    };
    await insertKitCheck(tx, row);
    await audit(
      tx,
      actor,
      'kit.checked',
      { type: 'kit', id: body.kitId, centreId },
      { day: body.day, ready: row.ready },
    );
    return presentKitCheck({ ...row, checkedAt: new Date() });
  });
}

/** The checks of a day, newest first. */
export async function kitChecksOf(db: Db, actor: Actor, day: string, kitId?: string): Promise<KitCheck[]> {
  const centreId = centreOf(actor);
  if (kitId) {
    const kit = await findKit(db, kitId);
    assertSameCentre(actor, kit?.centreId);
  }
  return (await listKitChecks(db, centreId, day, kitId)).map(presentKitCheck);
}
