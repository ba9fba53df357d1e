import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { inTransaction } from '../db/transaction.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { awaitChangeHorizon } from '../test/change-log-horizon.js';
import { useTestDatabase } from '../test/test-db.js';
import { recordChange } from './change-log.js';
import type { DeviceActor } from './command-handler.js';
import { pullChanges } from './pull.service.js';
import type { PulledEntity } from './pulled-entity.js';

const settings = { numberBlockSize: 50, numberReserve: 60, publicUrl: 'https://valiza.example' };

describe('pulled entities', () => {
  const t = useTestDatabase();

  /** An entity of these tests: "notes" that exist while their id is in `alive`. */
  function notes(alive: Set<string>): PulledEntity {
    const read = (ids: Iterable<string>) =>
      new Map([...ids].filter((id) => alive.has(id)).map((id) => [id, { id, text: `note ${id}` }] as const));
    return { entity: 'note', load: async (_tx, _scope, ids) => read(ids), loadAll: async () => read(alive) };
  }

  it('send data meant for one person only to that person’s devices, and a vanished entity as a deletion', async () => {
    const { centre, administrator, operator } = await makeCentreWithStaff(t.db);
    const mine = await makeDevice(t.db, administrator);
    const theirs = await makeDevice(t.db, operator);
    const alive = new Set<string>();
    const entities = [notes(alive)];
    const start = await pullChanges(t.db, mine.actor as DeviceActor, undefined, settings, entities);
    const startTheirs = await pullChanges(t.db, theirs.actor as DeviceActor, undefined, settings, entities);
    const [a, b, gone] = [uuidv7(), uuidv7(), uuidv7()];
    alive.add(a).add(b);
    await inTransaction(t.db, async (tx) => {
      await recordChange(tx, {
        centreId: centre.id,
        entity: 'note',
        entityId: a,
        op: 'upsert',
        personId: administrator.actor.personId,
      });
      await recordChange(tx, { centreId: centre.id, entity: 'note', entityId: b, op: 'upsert' });
      await recordChange(tx, { centreId: centre.id, entity: 'note', entityId: gone, op: 'upsert' });
      await recordChange(tx, { centreId: centre.id, entity: 'unpulled', entityId: gone, op: 'upsert' });
    });
    await awaitChangeHorizon(t.db);
    const forMe = await pullChanges(t.db, mine.actor as DeviceActor, start.checkpoint, settings, entities);
    expect(forMe.changes).toEqual([
      { entity: 'note', id: a, op: 'upsert', data: { id: a, text: `note ${a}` } },
      { entity: 'note', id: b, op: 'upsert', data: { id: b, text: `note ${b}` } },
      { entity: 'note', id: gone, op: 'delete' },
    ]);
    const forThem = await pullChanges(
      t.db,
      theirs.actor as DeviceActor,
      startTheirs.checkpoint,
      settings,
      entities,
    );
    expect(forThem.changes.map((c) => c.id)).toEqual([b, gone]);
  });
});
