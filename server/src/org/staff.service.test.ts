import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { updateStaff } from './staff.service.js';

describe('staff', () => {
  const t = useTestDatabase();

  it('adds a person with several roles who can then sign in', async () => {
    const { head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const client = await signIn(app, head.login, TEST_PASSWORD);
    const created = await client.post('/api/v1/staff', {
      name: 'Марія Іваненко',
      login: 'Maria.I',
      password: 'first-password-1',
      roles: ['operator', 'quality'],
      phone: '+380671234567',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ login: 'maria.i', roles: ['operator', 'quality'], active: true });
    const maria = await signIn(app, 'maria.i', 'first-password-1');
    expect((await maria.get('/api/v1/me')).json().roles).toEqual(['operator', 'quality']);
    const again = await client.post('/api/v1/staff', {
      name: 'Інша',
      login: 'maria.i',
      password: 'first-password-1',
      roles: ['operator'],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('org.login_taken');
  });

  it('revokes the sessions of a deactivated person at once and keeps their records', async () => {
    const { head, operator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const headClient = await signIn(app, head.login, TEST_PASSWORD);
    const operatorClient = await signIn(app, operator.login, TEST_PASSWORD);
    expect((await operatorClient.get('/api/v1/me')).statusCode).toBe(200);
    const response = await headClient.patch(`/api/v1/staff/${operator.actor.personId}`, { active: false });
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);
    expect((await operatorClient.get('/api/v1/me')).statusCode).toBe(401);
    await expect(signIn(app, operator.login, TEST_PASSWORD)).rejects.toThrow(/401/);
    const list = (await headClient.get('/api/v1/staff')).json().items;
    expect(list.find((p: { id: string }) => p.id === operator.actor.personId)).toMatchObject({
      active: false,
    });
    const trail = (await headClient.get(`/api/v1/audit?recordId=${operator.actor.personId}`)).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toContain('staff.deactivated');
  });

  it('never leaves a centre without an active head', async () => {
    const { head } = await makeCentreWithStaff(t.db);
    const platform = await makePerson(t.db, {}, ['platform_admin']);
    await expect(
      updateStaff(t.db, platform.actor, head.actor.personId, { active: false }),
    ).rejects.toMatchObject({
      code: 'org.last_head',
    });
    await expect(
      updateStaff(t.db, platform.actor, head.actor.personId, { roles: ['operator'] }),
    ).rejects.toMatchObject({
      code: 'org.last_head',
    });
    await expect(updateStaff(t.db, head.actor, head.actor.personId, { active: false })).rejects.toMatchObject(
      {
        code: 'org.self_deactivation',
      },
    );
  });

  it('lets the head and the platform admin reset a password, ending the person’s sessions', async () => {
    const { head, administrator } = await makeCentreWithStaff(t.db);
    const platform = await makePerson(t.db, {}, ['platform_admin']);
    const app = await testApp(t.handle);
    const field = await signIn(app, administrator.login, TEST_PASSWORD);
    const headClient = await signIn(app, head.login, TEST_PASSWORD);
    expect(
      (
        await headClient.post(`/api/v1/staff/${administrator.actor.personId}/password`, {
          newPassword: 'reset-by-head-1',
        })
      ).statusCode,
    ).toBe(200);
    expect((await field.get('/api/v1/me')).statusCode).toBe(401);
    await signIn(app, administrator.login, 'reset-by-head-1');
    const admin = await signIn(app, platform.login, TEST_PASSWORD);
    expect(
      (await admin.post(`/api/v1/staff/${head.actor.personId}/password`, { newPassword: 'reset-by-admin-1' }))
        .statusCode,
    ).toBe(200);
    await signIn(app, head.login, 'reset-by-admin-1');
  });
});
