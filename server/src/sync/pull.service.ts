import { isProblem, problem, type PulledChange, type PullResponse } from '@valiza/domain';
import {
  describeDeviceBlocks,
  ensureDeviceBlocks,
  type NumberSettings,
} from '../application-numbers/application-number.service.js';
import type { Db } from '../db/database.js';
import { findDevice } from '../devices/device.repository.js';
import { missingForDevice } from '../files/manifest.service.js';
import { findCentre } from '../org/centre.repository.js';
import { listChangedEntities, prunedBefore, snapshotHorizon } from './change-log.repository.js';
import type { DeviceActor } from './command-handler.js';
import { PULLED_ENTITIES } from './entities/index.js';
import type { EntityData, PulledEntity, PullScope } from './pulled-entity.js';

/**
 * What a device needs since its checkpoint: the changed reference data (current state, each entity
 * once), its number blocks (topped up first), the files it declared that have not arrived, its
 * credential's expiry, the server's public address (for the feedback address printed on
 * confirmations) and a new checkpoint.
 *
 * The change log is read in a repeatable-read snapshot, and only rows of transactions below the
 * snapshot's xmin — transactions that have all ended. A change numbered early but committed late is
 * therefore never skipped: it is read by the first pull whose horizon has passed its transaction.
 * The new checkpoint is that horizon. A missing checkpoint, one older than the pruned part of the
 * log, or one from the future (a restored database) gets a full snapshot, flagged `reset`.
 */
export async function pullChanges(
  db: Db,
  actor: DeviceActor,
  checkpoint: string | undefined,
  settings: NumberSettings & { publicUrl: string },
  entities: readonly PulledEntity[] = PULLED_ENTITIES,
): Promise<PullResponse> {
  const device = { id: actor.deviceId, centreId: actor.centreId };
  try {
    await ensureDeviceBlocks(db, actor, device, settings);
  } catch (error) {
    // A year whose numbers are used up must not stop the device from syncing everything else.
    if (!isProblem(error) || error.code !== 'numbers.exhausted') throw error;
  }
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const horizon = await snapshotHorizon(tx);
      const from = checkpoint === undefined ? null : BigInt(checkpoint);
      const reset = from === null || from > horizon.xmin || from < (await prunedBefore(tx));
      const scope = await scopeOf(tx, actor);
      const changes = reset
        ? await fullSnapshot(tx, scope, entities)
        : await changesBetween(tx, scope, from, horizon.xmin, entities);
      const row = await findDevice(tx, actor.deviceId);
      if (!row) throw problem('device.revoked');
      return {
        checkpoint: horizon.xmin.toString(),
        reset,
        changes,
        numberBlocks: await describeDeviceBlocks(tx, device),
        missingAttachments: await missingForDevice(tx, actor.deviceId),
        device: { id: row.id, expiresAt: row.expiresAt.toISOString(), publicUrl: settings.publicUrl },
        serverTime: new Date().toISOString(),
      };
    });
}

async function scopeOf(tx: Db, actor: DeviceActor): Promise<PullScope> {
  const centre = await findCentre(tx, actor.centreId);
  if (!centre) throw problem('not_found');
  return {
    deviceId: actor.deviceId,
    personId: actor.personId,
    centreId: centre.id,
    communityId: centre.communityId,
  };
}

async function fullSnapshot(
  tx: Db,
  scope: PullScope,
  entities: readonly PulledEntity[],
): Promise<PulledChange[]> {
  const changes: PulledChange[] = [];
  for (const loader of entities)
    for (const [id, data] of await loader.loadAll(tx, scope))
      changes.push({ entity: loader.entity, id, op: 'upsert', data });
  return changes;
}

/**
 * The current state of every entity changed by transactions in `[from, to)`, and of the entities
 * that follow a changed one (`PulledEntity.follows`). A logged entity no loader pulls or follows is
 * passed over.
 */
async function changesBetween(
  tx: Db,
  scope: PullScope,
  from: bigint,
  to: bigint,
  entities: readonly PulledEntity[],
): Promise<PulledChange[]> {
  const changed = await listChangedEntities(tx, scope, from, to);
  const loaders = new Map(entities.map((e) => [e.entity, e]));
  const states = new Map<string, Map<string, EntityData>>();
  for (const [entity, loader] of loaders) {
    const ids = changed.filter((c) => c.entity === entity).map((c) => c.entityId);
    if (ids.length > 0) states.set(entity, await loader.load(tx, scope, ids));
  }
  const changes = changed
    .filter((c) => loaders.has(c.entity))
    .map((c): PulledChange => {
      const data = states.get(c.entity)?.get(c.entityId);
      return data
        ? { entity: c.entity, id: c.entityId, op: 'upsert', data }
        : { entity: c.entity, id: c.entityId, op: 'delete' };
    });
  for (const loader of loaders.values()) changes.push(...(await followedChanges(tx, scope, loader, changed)));
  return changes;
}

/**
 * The entities of `loader` that show a changed entity it follows (a field visit showing a changed
 * applicant), beyond those changed themselves. They are answered in their current state only — an
 * id the loader does not find was never the device's to see, so it is not sent as a deletion.
 */
async function followedChanges(
  tx: Db,
  scope: PullScope,
  loader: PulledEntity,
  changed: readonly { entity: string; entityId: string }[],
): Promise<PulledChange[]> {
  const own = new Set(changed.filter((c) => c.entity === loader.entity).map((c) => c.entityId));
  const ids = new Set<string>();
  for (const follow of loader.follows ?? []) {
    const changedIds = changed.filter((c) => c.entity === follow.entity).map((c) => c.entityId);
    if (changedIds.length === 0) continue;
    for (const id of await follow.ids(tx, scope, changedIds)) if (!own.has(id)) ids.add(id);
  }
  if (ids.size === 0) return [];
  const states = await loader.load(tx, scope, [...ids]);
  return [...states].map(([id, data]) => ({ entity: loader.entity, id, op: 'upsert' as const, data }));
}
