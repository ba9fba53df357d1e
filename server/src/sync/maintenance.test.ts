import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  ensureDeviceBlocks,
  describeDeviceBlocks,
} from '../application-numbers/application-number.service.js';
import { makeDevice } from '../test/device-client.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { runSyncMaintenance } from './maintenance.js';

describe('sync maintenance', () => {
  const t = useTestDatabase();

  it('releases the numbers of an expired device as audited gaps, once, and prunes old changes', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const device = await makeDevice(t.db, administrator);
    await ensureDeviceBlocks(t.db, device.actor, device, { numberBlockSize: 50, numberReserve: 60 });
    await sql`UPDATE devices SET expires_at = now() - interval '1 day' WHERE id = ${device.id}`.execute(t.db);
    await sql`INSERT INTO change_log (centre_id, entity, entity_id, op, at)
      VALUES (${device.centreId}, 'kit', 'x', 'upsert', now() - interval '400 days')`.execute(t.db);
    const first = await runSyncMaintenance(t.db, { changeLogDays: 90 });
    expect(first.releasedDevices).toBeGreaterThanOrEqual(1);
    expect(first.prunedChanges).toBeGreaterThanOrEqual(1);
    expect(await describeDeviceBlocks(t.db, device)).toEqual([]);
    const released = await t.db
      .selectFrom('audit_log')
      .select(['actor_id'])
      .where('action', '=', 'application_numbers.released')
      .where('record_id', '=', device.id)
      .execute();
    expect(released).toEqual([{ actor_id: null }, { actor_id: null }]);
    await runSyncMaintenance(t.db, { changeLogDays: 90 });
    const again = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'application_numbers.released')
      .where('record_id', '=', device.id)
      .execute();
    expect(again).toHaveLength(2);
  });
});
