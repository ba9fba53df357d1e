import { problem, uuidv7, type KitBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf, assertRole } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { recordChange } from '../sync/change-log.js';
import { findKit, insertKit, listKits, updateKit, type KitRow } from './kit.repository.js';

/** Kits are seen by all staff of the centre and kept by the head and the technician. */
export async function listCentreKits(db: Db, actor: Actor): Promise<KitRow[]> {
  return listKits(db, centreOf(actor));
}

export async function getKit(db: Db, actor: Actor, id: string): Promise<KitRow> {
  const kit = await findKit(db, id);
  assertSameCentre(actor, kit?.centreId);
  return kit as KitRow;
}

export async function createKit(db: Db, actor: Actor, body: KitBody): Promise<KitRow> {
  const centreId = centreOf(actor, 'head', 'technician');
  const kit: KitRow = { id: uuidv7(), centreId, ...normalise(body) };
  await inTransaction(db, async (tx) => {
    await saveKit(() => insertKit(tx, kit));
    await audit(tx, actor, 'kit.created', { type: 'kit', id: kit.id, centreId });
    await recordChange(tx, { centreId, entity: 'kit', entityId: kit.id, op: 'upsert' });
  });
  return kit;
}

export async function changeKit(db: Db, actor: Actor, id: string, body: KitBody): Promise<KitRow> {
  return inTransaction(db, async (tx) => {
    const existing = await findKit(tx, id);
    assertSameCentre(actor, existing?.centreId);
    assertRole(actor, 'head', 'technician');
    const kit: KitRow = { id, centreId: existing!.centreId, ...normalise(body) };
    await saveKit(() => updateKit(tx, kit));
    await audit(tx, actor, 'kit.updated', { type: 'kit', id, centreId: kit.centreId });
    await recordChange(tx, { centreId: kit.centreId, entity: 'kit', entityId: id, op: 'upsert' });
    return kit;
  });
}

function normalise(body: KitBody): Omit<KitRow, 'id' | 'centreId'> {
  return {
    code: body.code,
    inventoryNumber: body.inventoryNumber ?? null,
    components: body.components.map((c) => ({ name: c.name, serial: c.serial ?? null })),
    notes: body.notes ?? null,
    active: body.active,
  };
}

async function saveKit(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error, 'kits_centre_id_code_key')) throw problem('org.code_taken');
    throw error;
  }
}
