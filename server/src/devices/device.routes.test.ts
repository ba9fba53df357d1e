import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { deviceClient, registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('field devices', () => {
  const t = useTestDatabase();

  it('act as their person with the credential alone, writes included, with no CSRF token', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, administrator);
    const me = await device.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().person.id).toBe(administrator.actor.personId);
    const write = await device.request({
      method: 'PUT',
      url: '/api/v1/me/locale',
      payload: { locale: 'en' },
    });
    expect(write.statusCode).toBe(200);
    const session = await signIn(app, administrator.login, TEST_PASSWORD);
    const withoutCsrf = await session.request({
      method: 'PUT',
      url: '/api/v1/me/locale',
      payload: { locale: 'uk' },
      headers: { 'x-csrf-token': '' },
    });
    expect(withoutCsrf.json().error.code).toBe('csrf.invalid');
  });

  it('keep only the SHA-256 of the credential, valid 14 days and extended on contact', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, administrator);
    const row = await t.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.credential_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(device.credential);
    const days = (row.expires_at.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    await sql`UPDATE devices SET last_seen_at = now() - interval '3 days', expires_at = now() + interval '11 days'
      WHERE id = ${device.deviceId}`.execute(t.db);
    expect((await device.get('/api/v1/me')).statusCode).toBe(200);
    const after = await t.db
      .selectFrom('devices')
      .select('expires_at')
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect((after.expires_at.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(13.9);
  });

  it('answer device.revoked once expired, or with a credential nobody issued', async () => {
    const { administrator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, administrator);
    await sql`UPDATE devices SET expires_at = now() - interval '1 minute' WHERE id = ${device.deviceId}`.execute(
      t.db,
    );
    const expired = await device.get('/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('device.revoked');
    const forged = await deviceClient(app, uuidv7(), 'x'.repeat(43)).get('/api/v1/me');
    expect(forged.json().error.code).toBe('device.revoked');
  });

  it('are revoked by the head of their centre only, audited, and answer device.revoked after', async () => {
    const { centre, head, operator, administrator } = await makeCentreWithStaff(t.db);
    const other = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, administrator);
    const url = `/api/v1/devices/${device.deviceId}/revoke`;
    const stranger = await signIn(app, other.head.login, TEST_PASSWORD);
    expect((await stranger.post(url)).json().error.code).toBe('not_found');
    const colleague = await signIn(app, operator.login, TEST_PASSWORD);
    expect((await colleague.post(url)).json().error.code).toBe('forbidden');
    expect((await device.get('/api/v1/me')).statusCode).toBe(200);
    const headClient = await signIn(app, head.login, TEST_PASSWORD);
    const revoked = await headClient.post(url);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().state).toBe('revoked');
    const after = await device.get('/api/v1/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('device.revoked');
    const trail = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('record_id', '=', device.deviceId)
      .where('centre_id', '=', centre.id)
      .execute();
    expect(trail).toContainEqual({ action: 'device.revoked', actor_id: head.actor.personId });
  });

  it('stop working when their person is deactivated, in the same transaction', async () => {
    const { head, administrator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const device = await registerDevice(app, administrator);
    const headClient = await signIn(app, head.login, TEST_PASSWORD);
    expect(
      (await headClient.patch(`/api/v1/staff/${administrator.actor.personId}`, { active: false })).statusCode,
    ).toBe(200);
    expect((await device.get('/api/v1/me')).json().error.code).toBe('device.revoked');
    const row = await t.db
      .selectFrom('devices')
      .select('revoked_at')
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
  });

  it('are listed for the head with person and state, for a person only their own, and never across centres', async () => {
    const { head, administrator, operator } = await makeCentreWithStaff(t.db);
    const other = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const mine = await registerDevice(app, administrator, { label: 'Ноутбук валізи 1' });
    await registerDevice(app, operator);
    await registerDevice(app, other.administrator);
    const headList = (await (await signIn(app, head.login, TEST_PASSWORD)).get('/api/v1/devices')).json()
      .items;
    expect(headList).toHaveLength(2);
    const entry = headList.find((d: { id: string }) => d.id === mine.deviceId);
    expect(entry).toMatchObject({
      label: 'Ноутбук валізи 1',
      person: { id: administrator.actor.personId },
      state: 'active',
      lastReport: null,
    });
    const own = (await mine.get('/api/v1/devices')).json().items;
    expect(own.map((d: { id: string }) => d.id)).toEqual([mine.deviceId]);
    const foreign = (await (await signIn(app, other.head.login, TEST_PASSWORD)).get('/api/v1/devices')).json()
      .items;
    expect(foreign.map((d: { id: string }) => d.id)).not.toContain(mine.deviceId);
  });

  it('are registered only from a password session; a lost answer is registered again, a taken id is refused', async () => {
    const { administrator, operator } = await makeCentreWithStaff(t.db);
    const platform = await makePerson(t.db, {}, ['platform_admin']);
    const app = await testApp(t.handle);
    const first = await registerDevice(app, administrator);
    const fromDevice = await first.post('/api/v1/devices', { id: uuidv7(), label: 'x' });
    expect(fromDevice.json().error.code).toBe('device.session_required');
    const again = await registerDevice(app, administrator, { deviceId: first.deviceId });
    expect(again.credential).not.toBe(first.credential);
    expect((await first.get('/api/v1/me')).json().error.code).toBe('device.revoked');
    expect((await again.get('/api/v1/me')).statusCode).toBe(200);
    await expect(registerDevice(app, operator, { deviceId: first.deviceId })).rejects.toThrow(
      /409.*device.id_taken/,
    );
    await expect(registerDevice(app, platform, {})).rejects.toThrow(/403/);
    const v4 = await (
      await signIn(app, administrator.login, TEST_PASSWORD)
    ).post('/api/v1/devices', {
      id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      label: 'x',
    });
    expect(v4.json().error.code).toBe('validation.failed');
  });
});
