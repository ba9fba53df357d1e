import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp, type Client } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

/**
 * A person of one centre can neither read nor change anything of another centre: every such record
 * answers a plain `not_found`, exactly like a record that does not exist.
 */
describe('tenancy of organisation records', () => {
  const t = useTestDatabase();

  async function twoCentres() {
    const kam = await makeCentreWithStaff(t.db);
    const pyr = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    return { kam, pyr, app, pyrHead };
  }

  function expectNotFound(response: Awaited<ReturnType<Client['get']>>) {
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Не знайдено.', details: [] } });
  }

  it('hides another centre, its settings and its staff', async () => {
    const { kam, pyrHead } = await twoCentres();
    expectNotFound(await pyrHead.get(`/api/v1/centres/${kam.centre.id}`));
    expectNotFound(
      await pyrHead.patch(`/api/v1/centres/${kam.centre.id}`, { version: 1, martialLaw: false }),
    );
    expectNotFound(await pyrHead.get(`/api/v1/centres/${kam.centre.id}/staff`));
    expectNotFound(
      await pyrHead.post(`/api/v1/centres/${kam.centre.id}/staff`, {
        name: 'Чужий',
        login: 'intruder.one',
        password: 'long-enough-pass',
        roles: ['operator'],
      }),
    );
    expectNotFound(await pyrHead.patch(`/api/v1/staff/${kam.operator.actor.personId}`, { active: false }));
    expectNotFound(
      await pyrHead.post(`/api/v1/staff/${kam.head.actor.personId}/password`, {
        newPassword: 'taken-over-123',
      }),
    );
    const list = await pyrHead.get('/api/v1/centres');
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(kam.centre.id);
    const staff = await pyrHead.get('/api/v1/staff');
    expect(staff.json().items.map((p: { id: string }) => p.id)).not.toContain(kam.head.actor.personId);
  });

  it('hides another centre’s kits, outreach points and localities', async () => {
    const { kam, pyrHead } = await twoCentres();
    expectNotFound(await pyrHead.get(`/api/v1/kits/${kam.centre.kitId}`));
    expectNotFound(await pyrHead.put(`/api/v1/kits/${kam.centre.kitId}`, { code: 'STOLEN' }));
    expectNotFound(await pyrHead.get(`/api/v1/outreach-points/${kam.centre.outreachPointId}`));
    expectNotFound(
      await pyrHead.put(`/api/v1/outreach-points/${kam.centre.outreachPointId}`, { name: 'x', address: 'y' }),
    );
    expectNotFound(await pyrHead.put(`/api/v1/localities/${kam.centre.localityIds[0]}`, { name: 'x' }));
    expectNotFound(
      await pyrHead.post('/api/v1/outreach-points', {
        name: 'x',
        address: 'y',
        localityId: kam.centre.localityIds[0],
      }),
    );
    const kits = await pyrHead.get('/api/v1/kits');
    expect(kits.json().items.map((k: { id: string }) => k.id)).not.toContain(kam.centre.kitId);
    const localities = await pyrHead.get('/api/v1/localities');
    expect(localities.json().items.map((l: { id: string }) => l.id)).not.toContain(kam.centre.localityIds[0]);
    const points = await pyrHead.get('/api/v1/outreach-points');
    expect(points.json().items.map((p: { id: string }) => p.id)).not.toContain(kam.centre.outreachPointId);
  });

  it('hides another centre’s audit trail', async () => {
    const { kam, app, pyrHead } = await twoCentres();
    const kamHead = await signIn(app, kam.head.login, TEST_PASSWORD);
    await kamHead.put(`/api/v1/kits/${kam.centre.kitId}`, { code: 'KAM-RENAMED' });
    const trail = await pyrHead.get(`/api/v1/audit?recordId=${kam.centre.kitId}`);
    expect(trail.statusCode).toBe(200);
    expect(trail.json().items).toEqual([]);
    const own = await kamHead.get(`/api/v1/audit?recordId=${kam.centre.kitId}`);
    expect(own.json().items.map((e: { action: string }) => e.action)).toEqual(['kit.updated']);
  });

  it('lets a regional observer read only the centres of the region, and change nothing', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const neighbour = await makeCentreWithStaff(t.db, { regionId: kam.centre.regionId });
    const elsewhere = await makeCentreWithStaff(t.db);
    const observer = await makePerson(t.db, { regionId: kam.centre.regionId }, ['regional_observer']);
    const app = await testApp(t.handle);
    const client = await signIn(app, observer.login, TEST_PASSWORD);
    const ids = (await client.get('/api/v1/centres')).json().items.map((c: { id: string }) => c.id);
    expect(ids.sort()).toEqual([kam.centre.id, neighbour.centre.id].sort());
    expect((await client.get(`/api/v1/centres/${kam.centre.id}`)).statusCode).toBe(200);
    expectNotFound(await client.get(`/api/v1/centres/${elsewhere.centre.id}`));
    const change = await client.patch(`/api/v1/centres/${kam.centre.id}`, { version: 1, martialLaw: false });
    expect(change.statusCode).toBe(403);
    expect((await client.get(`/api/v1/centres/${kam.centre.id}/staff`)).statusCode).toBe(404);
    expect((await client.post('/api/v1/kits', { code: 'OBS' })).statusCode).toBe(403);
  });

  it('keeps roles apart inside one centre', async () => {
    const { kam, app } = await twoCentres();
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    expect((await operator.get('/api/v1/staff')).statusCode).toBe(403);
    expect((await operator.post('/api/v1/kits', { code: 'OP-1' })).statusCode).toBe(403);
    expect((await operator.get('/api/v1/kits')).statusCode).toBe(200);
    expect(
      (await operator.patch(`/api/v1/centres/${kam.centre.id}`, { version: 1, martialLaw: false }))
        .statusCode,
    ).toBe(403);
    expect((await operator.get('/api/v1/audit')).statusCode).toBe(403);
    expect((await operator.post('/api/v1/regions', { name: 'Нова' })).statusCode).toBe(403);
  });
});
