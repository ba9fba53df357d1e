import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { PulledChange, PullResponse } from '@valiza/domain';
import { changeKit } from '../org/kit.service.js';
import { changeOutreachPoint } from '../org/outreach-point.service.js';
import { pullAs, registerDevice, type DeviceClient } from '../test/device-client.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { awaitChangeHorizon } from '../test/change-log-horizon.js';
import { useTestDatabase } from '../test/test-db.js';
import { pruneChanges } from './change-log.repository.js';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe('pull', () => {
  const t = useTestDatabase();

  async function fieldDevice() {
    const staff = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, staff.administrator);
    const office = await signIn(app, staff.head.login, TEST_PASSWORD);
    return { ...staff, app, device, office };
  }

  const pull = (device: DeviceClient, checkpoint?: string) => pullAs(device, checkpoint);

  const ids = (changes: PulledChange[], entity: string) =>
    changes
      .filter((c) => c.entity === entity)
      .map((c) => c.id)
      .sort();

  it('starts with a full snapshot of the centre’s reference data, the number blocks and the credential’s expiry', async () => {
    const { centre, device } = await fieldDevice();
    const first = await pull(device);
    expect(first.reset).toBe(true);
    expect(ids(first.changes, 'centre')).toEqual([centre.id]);
    expect(ids(first.changes, 'locality')).toEqual([...centre.localityIds].sort());
    expect(ids(first.changes, 'kit')).toEqual([centre.kitId]);
    expect(ids(first.changes, 'outreach_point')).toEqual([centre.outreachPointId]);
    expect(first.changes.every((c) => c.op === 'upsert')).toBe(true);
    expect(first.numberBlocks.map((b) => [b.first, b.last])).toEqual([
      [1, 50],
      [51, 100],
    ]);
    expect(first.numberBlocks[0]!.firstNumber).toMatch(new RegExp(`^${centre.code}/\\d{4}/000001$`));
    expect(new Date(first.device.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(first.missingAttachments).toEqual([]);
  });

  it('then sends only what changed since the checkpoint, each entity once, in its current state', async () => {
    const { centre, device, office } = await fieldDevice();
    const first = await pull(device);
    expect((await pull(device, first.checkpoint)).changes).toEqual([]);
    const kit = { code: 'K-1', components: [], active: true };
    await office.put(`/api/v1/kits/${centre.kitId}`, { ...kit, notes: 'перша' });
    await office.put(`/api/v1/kits/${centre.kitId}`, { ...kit, notes: 'друга' });
    const locality = (await office.post('/api/v1/localities', { name: 'Хутір Новий' })).json();
    await office.patch(`/api/v1/centres/${centre.id}`, { version: 1, martialLaw: false });
    await awaitChangeHorizon(t.db);
    const second = await pull(device, first.checkpoint);
    expect(second.reset).toBe(false);
    expect(second.changes.map((c) => `${c.entity}:${c.id}`)).toEqual([
      `kit:${centre.kitId}`,
      `locality:${locality.id}`,
      `centre:${centre.id}`,
    ]);
    expect(second.changes[0]).toMatchObject({ op: 'upsert', data: { notes: 'друга' } });
    expect(second.changes[2]).toMatchObject({ data: { martialLaw: false } });
    expect((await pull(device, second.checkpoint)).changes).toEqual([]);
  });

  it('shows a device nothing of another centre', async () => {
    const { centre, device, office } = await fieldDevice();
    const other = await fieldDevice();
    const first = await pull(other.device);
    expect(ids(first.changes, 'kit')).toEqual([other.centre.kitId]);
    expect(ids(first.changes, 'locality')).not.toContain(centre.localityIds[0]);
    await office.put(`/api/v1/kits/${centre.kitId}`, { code: 'K-2', components: [], active: true });
    expect((await pull(other.device, first.checkpoint)).changes).toEqual([]);
    expect((await pull(device)).changes.some((c) => c.id === other.centre.kitId)).toBe(false);
  });

  it('answers a full snapshot when the checkpoint is older than the pruned log, or from the future', async () => {
    const { centre, device, office } = await fieldDevice();
    const first = await pull(device);
    await office.put(`/api/v1/kits/${centre.kitId}`, { code: 'K-3', components: [], active: true });
    await sql`UPDATE change_log SET at = now() - interval '100 days' WHERE entity_id = ${centre.kitId}`.execute(
      t.db,
    );
    expect(await pruneChanges(t.db, 90)).toBeGreaterThanOrEqual(1);
    const stale = await pull(device, first.checkpoint);
    expect(stale.reset).toBe(true);
    expect(ids(stale.changes, 'kit')).toEqual([centre.kitId]);
    expect((await pull(device, stale.checkpoint)).reset).toBe(false);
    const future = await pull(device, (BigInt(stale.checkpoint) + 1_000_000n).toString());
    expect(future.reset).toBe(true);
    expect((await device.get('/api/v1/sync/pull?checkpoint=abc')).json().error.code).toBe(
      'validation.failed',
    );
  });

  it('is refused without a device credential', async () => {
    const { office } = await fieldDevice();
    expect((await office.get('/api/v1/sync/pull')).json().error.code).toBe('device.required');
  });

  it.runIf(onPostgres)(
    'never skips a change numbered early that commits after a later one was read (PostgreSQL)',
    async () => {
      const { centre, device, head } = await fieldDevice();
      const first = await pull(device);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let early!: { xid: bigint; seq: number };
      let written!: () => void;
      const wrote = new Promise<void>((resolve) => (written = resolve));
      const open = t.db.transaction().execute(async (tx) => {
        await changeKit(tx, head.actor, centre.kitId, { code: 'K-early', components: [], active: true });
        const { rows } = await sql<{ xid: string; seq: number }>`
          SELECT pg_current_xact_id()::text AS xid, max(seq)::int AS seq FROM change_log`.execute(tx);
        early = { xid: BigInt(rows[0]!.xid), seq: rows[0]!.seq };
        written();
        await held;
      });
      let during: PullResponse;
      try {
        await wrote;
        await changeOutreachPoint(t.db, head.actor, centre.outreachPointId, {
          name: 'Пункт пізніший',
          address: 'вул. Нова, 1',
          active: true,
        });
        const later = await t.db
          .selectFrom('change_log')
          .select('seq')
          .where('entity_id', '=', centre.outreachPointId)
          .executeTakeFirstOrThrow();
        expect(later.seq).toBeGreaterThan(early.seq);
        during = await pull(device, first.checkpoint);
      } finally {
        release();
        await open;
      }
      expect(during.changes).toEqual([]);
      expect(BigInt(during.checkpoint)).toBeLessThanOrEqual(early.xid);
      const seen = new Map<string, PulledChange>();
      let checkpoint = during.checkpoint;
      for (let attempt = 0; attempt < 100 && seen.size < 2; attempt += 1) {
        const next = await pull(device, checkpoint);
        for (const change of next.changes) seen.set(`${change.entity}:${change.id}`, change);
        checkpoint = next.checkpoint;
        if (seen.size < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen.get(`kit:${centre.kitId}`)).toMatchObject({ data: { code: 'K-early' } });
      expect(seen.get(`outreach_point:${centre.outreachPointId}`)).toMatchObject({
        data: { name: 'Пункт пізніший' },
      });
    },
  );
});
