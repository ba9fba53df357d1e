import { problem, uuidv7, type OutreachPointBody } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, assertSameCentre, centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { recordChange } from '../sync/change-log.js';
import { findCentre } from './centre.repository.js';
import { findLocality } from './locality.repository.js';
import {
  findOutreachPoint,
  insertOutreachPoint,
  listOutreachPoints,
  updateOutreachPoint,
  type OutreachPointRow,
} from './outreach-point.repository.js';

export async function listCentreOutreachPoints(db: Db, actor: Actor): Promise<OutreachPointRow[]> {
  return listOutreachPoints(db, centreOf(actor));
}

export async function getOutreachPoint(db: Db, actor: Actor, id: string): Promise<OutreachPointRow> {
  const point = await findOutreachPoint(db, id);
  assertSameCentre(actor, point?.centreId);
  return point as OutreachPointRow;
}

export async function createOutreachPoint(
  db: Db,
  actor: Actor,
  body: OutreachPointBody,
): Promise<OutreachPointRow> {
  const centreId = centreOf(actor, 'head');
  const point: OutreachPointRow = { id: uuidv7(), centreId, ...(await normalise(db, centreId, body)) };
  await inTransaction(db, async (tx) => {
    await insertOutreachPoint(tx, point);
    await audit(tx, actor, 'outreach_point.created', { type: 'outreach_point', id: point.id, centreId });
    await recordChange(tx, { centreId, entity: 'outreach_point', entityId: point.id, op: 'upsert' });
  });
  return point;
}

export async function changeOutreachPoint(
  db: Db,
  actor: Actor,
  id: string,
  body: OutreachPointBody,
): Promise<OutreachPointRow> {
  return inTransaction(db, async (tx) => {
    const existing = await findOutreachPoint(tx, id);
    assertSameCentre(actor, existing?.centreId);
    assertRole(actor, 'head');
    const point: OutreachPointRow = {
      id,
      centreId: existing!.centreId,
      ...(await normalise(tx, existing!.centreId, body)),
    };
    await updateOutreachPoint(tx, point);
    await audit(tx, actor, 'outreach_point.updated', {
      type: 'outreach_point',
      id,
      centreId: point.centreId,
    });
    await recordChange(tx, {
      centreId: point.centreId,
      entity: 'outreach_point',
      entityId: id,
      op: 'upsert',
    });
    return point;
  });
}

/** A locality must be one of the centre's community; another community's is `not_found`. */
async function normalise(
  db: Db,
  centreId: string,
  body: OutreachPointBody,
): Promise<Omit<OutreachPointRow, 'id' | 'centreId'>> {
  if (body.localityId) {
    const [locality, centre] = await Promise.all([
      findLocality(db, body.localityId),
      findCentre(db, centreId),
    ]);
    if (!locality || locality.communityId !== centre?.communityId) throw problem('not_found');
  }
  return {
    name: body.name,
    address: body.address,
    localityId: body.localityId ?? null,
    usualHours: body.usualHours ?? null,
    lat: body.lat ?? null,
    lon: body.lon ?? null,
    active: body.active,
  };
}
