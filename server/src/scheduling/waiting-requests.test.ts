import { describe, expect, it } from 'vitest';
import { createRequest } from '../requests/request.service.js';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('the board’s waiting requests', () => {
  const t = useTestDatabase();

  it('lists eligible requests taken at intake until they are placed, and only to their centre', async () => {
    const kam = await makeIntakeCentre(t.db);
    const id = await createRequest(t.db, kam.operator.actor, {
      ...intakeBody(kam),
      decision: { outcome: 'eligible' },
      needs: { witness: true, securityEscort: false },
    });
    await createRequest(t.db, kam.operator.actor, intakeBody(kam));
    const app = await testApp(t.handle);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const waiting = (await operator.get('/api/v1/planning/waiting')).json().items;
    expect(waiting).toEqual([
      expect.objectContaining({
        requestId: id,
        applicantName: 'Петренко Ганна Іванівна',
        placeKind: 'home',
        address: expect.stringContaining('вул. Шевченка, 12'),
        lat: 48.5,
        lon: 34.6,
        waitingDays: 0,
        serviceMinutes: 30,
        needs: ['witness'],
        preferences: expect.objectContaining({
          weekdays: ['tue', 'thu'],
          windows: [{ from: '10:00', to: '13:00' }],
        }),
        hasMobile: true,
      }),
    ]);
    const placed = await operator.post('/api/v1/visits', {
      kind: 'home',
      requestId: id,
      day: '2027-03-02',
      startTime: '10:00',
      endTime: '10:30',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
    });
    expect(placed.statusCode).toBe(201);
    expect((await operator.get('/api/v1/planning/waiting')).json().items).toEqual([]);

    const pyr = await makeCentreWithStaff(t.db);
    const pyrOperator = await signIn(app, pyr.operator.login, TEST_PASSWORD);
    expect((await pyrOperator.get('/api/v1/planning/waiting')).json().items).toEqual([]);
    const administrator = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    expect((await administrator.get('/api/v1/planning/waiting')).statusCode).toBe(403);
  });

  it('lists the centre’s active colleagues with roles, names only, to planners', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const pyr = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const crew = (await operator.get('/api/v1/planning/crew')).json().items;
    expect(crew).toContainEqual({
      id: kam.administrator.actor.personId,
      name: expect.any(String),
      roles: ['administrator'],
    });
    expect(crew.every((c: object) => Object.keys(c).sort().join() === 'id,name,roles')).toBe(true);
    expect(crew.map((c: { id: string }) => c.id)).not.toContain(pyr.administrator.actor.personId);
    const administrator = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    expect((await administrator.get('/api/v1/planning/crew')).statusCode).toBe(403);
  });
});
