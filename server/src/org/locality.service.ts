import { problem, uuidv7 } from '@valiza/domain';
import type { z } from 'zod';
import type { LocalityBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { inTransaction } from '../db/transaction.js';
import { recordCommunityChange } from '../sync/change-log.js';
import { findCentre } from './centre.repository.js';
import {
  findLocality,
  insertLocality,
  listLocalities,
  updateLocality,
  type LocalityRow,
} from './locality.repository.js';

type Body = z.infer<typeof LocalityBody>;

async function communityOf(db: Db, centreId: string): Promise<string> {
  const centre = await findCentre(db, centreId);
  if (!centre) throw problem('not_found');
  return centre.communityId;
}

/** The localities of the actor's community. */
export async function listCentreLocalities(db: Db, actor: Actor): Promise<LocalityRow[]> {
  return listLocalities(db, await communityOf(db, centreOf(actor)));
}

export async function createLocality(db: Db, actor: Actor, body: Body): Promise<LocalityRow> {
  const centreId = centreOf(actor, 'head');
  const communityId = await communityOf(db, centreId);
  const row: LocalityRow = { id: uuidv7(), communityId, ...fields(body) };
  await inTransaction(db, async (tx) => {
    await save(() => insertLocality(tx, row));
    await audit(tx, actor, 'locality.created', { type: 'locality', id: row.id, centreId });
    await recordCommunityChange(tx, { communityId, entity: 'locality', entityId: row.id, op: 'upsert' });
  });
  return row;
}

export async function changeLocality(db: Db, actor: Actor, id: string, body: Body): Promise<LocalityRow> {
  const centreId = centreOf(actor);
  const communityId = await communityOf(db, centreId);
  const existing = await findLocality(db, id);
  if (!existing || existing.communityId !== communityId) throw problem('not_found');
  centreOf(actor, 'head');
  const row: LocalityRow = { id, communityId, ...fields(body) };
  await inTransaction(db, async (tx) => {
    await save(() => updateLocality(tx, row));
    await audit(tx, actor, 'locality.updated', { type: 'locality', id, centreId });
    await recordCommunityChange(tx, { communityId, entity: 'locality', entityId: id, op: 'upsert' });
  });
  return row;
}

function fields(body: Body): Omit<LocalityRow, 'id' | 'communityId'> {
  return {
    name: body.name,
    katotth: body.katotth ?? null,
    lat: body.lat ?? null,
    lon: body.lon ?? null,
    remote: body.remote,
  };
}

async function save(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw problem('org.name_taken');
    throw error;
  }
}
