import { describe, expect, it } from 'vitest';
import { makePerson, TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE, intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp, type Client } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

/**
 * A person of another centre cannot read or change a single request, applicant or service of this
 * one: each answers a plain `not_found`. Inside a centre, roles decide who reads and who writes.
 */
describe('tenancy and roles of requests, applicants and services', () => {
  const t = useTestDatabase();

  async function twoCentres() {
    const kam = await makeIntakeCentre(t.db);
    const pyr = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const kamOperator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const body = intakeBody(kam);
    const request = (await kamOperator.post('/api/v1/requests', body)).json();
    return { kam, pyr, app, kamOperator, body, request };
  }

  function expectNotFound(response: Awaited<ReturnType<Client['get']>>) {
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Не знайдено.', details: [] } });
  }

  it('hides every Kamianske request, applicant and service from Pyriatyn', async () => {
    const { kam, pyr, app, body, request } = await twoCentres();
    for (const person of [pyr.head, pyr.operator, pyr.administrator]) {
      const c = await signIn(app, person.login, TEST_PASSWORD);
      expectNotFound(await c.get(`/api/v1/requests/${request.id}`));
      expectNotFound(await c.get(`/api/v1/requests/${request.id}/summary.pdf`));
      expectNotFound(
        await c.put(`/api/v1/requests/${request.id}`, {
          ...intakeBody(pyr),
          version: 1,
          channel: undefined,
          decision: undefined,
          id: undefined,
        }),
      );
      expectNotFound(
        await c.post(`/api/v1/requests/${request.id}/transitions`, { version: 1, to: 'eligible' }),
      );
      expectNotFound(await c.get(`/api/v1/applicants/${request.applicant.id}`));
      expectNotFound(
        await c.put(`/api/v1/applicants/${request.applicant.id}`, {
          version: 1,
          fullName: 'x',
          birthDate: null,
          phones: [],
          registeredInCommunity: null,
        }),
      );
      expectNotFound(await c.get(`/api/v1/services/${kam.free.id}`));
      expectNotFound(await c.put(`/api/v1/services/${kam.free.id}`, { ...FREE_SERVICE, version: 1 }));
      const lists = [
        await c.get('/api/v1/requests'),
        await c.get(`/api/v1/requests?q=${encodeURIComponent(body.applicant.fullName)}`),
        await c.get(`/api/v1/applicants?q=${encodeURIComponent(body.applicant.fullName)}`),
        await c.get('/api/v1/services?active=all'),
      ];
      const text = lists.map((l) => l.body).join('\n');
      expect(text).not.toContain(request.id);
      expect(text).not.toContain(request.applicant.id);
      expect(text).not.toContain(kam.free.id);
    }
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    const pyrOp = await signIn(app, pyr.operator.login, TEST_PASSWORD);
    expectNotFound(
      await pyrHead.post(`/api/v1/applicants/${request.applicant.id}/merge`, {
        mergeIds: [request.applicant.id],
      }),
    );
    const own = (await pyrOp.post('/api/v1/requests', intakeBody(pyr))).json();
    expectNotFound(
      await pyrHead.post(`/api/v1/applicants/${own.applicant.id}/merge`, {
        mergeIds: [request.applicant.id],
      }),
    );
    const foreignService = intakeBody(pyr, {
      services: [{ serviceId: kam.free.id, checklistReadOut: true, documentsAtHand: [] }],
    });
    expectNotFound(await pyrOp.post('/api/v1/requests', foreignService));
    expectNotFound(
      await pyrOp.post(
        '/api/v1/requests',
        intakeBody(pyr, { applicant: { ...body.applicant, id: request.applicant.id } }),
      ),
    );
    const foreignLocality = intakeBody(pyr);
    foreignLocality.place = {
      kind: 'home',
      address: { ...body.place.address, localityId: kam.centre.localityIds[0] },
    };
    expectNotFound(await pyrOp.post('/api/v1/requests', foreignLocality));
    expectNotFound(await pyrOp.post('/api/v1/requests/risk-preview', { applicantId: request.applicant.id }));
    expectNotFound(await pyrOp.post('/api/v1/requests', intakeBody(pyr, { id: request.id })));
  });

  it('shows a regional observer no person at all', async () => {
    const { kam, app, request } = await twoCentres();
    const observer = await makePerson(t.db, { regionId: kam.centre.regionId }, ['regional_observer']);
    const c = await signIn(app, observer.login, TEST_PASSWORD);
    expectNotFound(await c.get(`/api/v1/requests/${request.id}`));
    expectNotFound(await c.get(`/api/v1/applicants/${request.applicant.id}`));
    expectNotFound(
      await c.post(`/api/v1/applicants/${request.applicant.id}/merge`, { mergeIds: [request.applicant.id] }),
    );
    expect((await c.get('/api/v1/requests')).statusCode).toBe(403);
    expect((await c.get('/api/v1/applicants')).statusCode).toBe(403);
  });

  it('lets administrators and quality read, operators and heads write, and keeps the rest out', async () => {
    const { kam, app, request } = await twoCentres();
    const quality = await makePerson(t.db, { centreId: kam.centre.id }, ['quality']);
    const technician = await makePerson(t.db, { centreId: kam.centre.id }, ['technician']);
    for (const reader of [kam.administrator, quality]) {
      const c = await signIn(app, reader.login, TEST_PASSWORD);
      expect((await c.get(`/api/v1/requests/${request.id}`)).statusCode).toBe(200);
      expect((await c.get('/api/v1/requests')).statusCode).toBe(200);
      expect((await c.get(`/api/v1/applicants/${request.applicant.id}`)).statusCode).toBe(200);
      expect((await c.get(`/api/v1/requests/${request.id}`)).json().allowedTransitions).toEqual([]);
      expect((await c.post('/api/v1/requests', intakeBody(kam))).statusCode).toBe(403);
      expect(
        (await c.post(`/api/v1/requests/${request.id}/transitions`, { version: 1, to: 'eligible' }))
          .statusCode,
      ).toBe(403);
      expect((await c.post('/api/v1/services', { ...FREE_SERVICE, code: 'X1' })).statusCode).toBe(403);
    }
    const tech = await signIn(app, technician.login, TEST_PASSWORD);
    expect((await tech.get(`/api/v1/requests/${request.id}`)).statusCode).toBe(403);
    expect((await tech.get('/api/v1/requests')).statusCode).toBe(403);
    expect((await tech.get(`/api/v1/applicants/${request.applicant.id}`)).statusCode).toBe(403);
    expect((await tech.get('/api/v1/services')).statusCode).toBe(200);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    expect((await operator.post('/api/v1/services', { ...FREE_SERVICE, code: 'X2' })).statusCode).toBe(403);
    expect(
      (
        await operator.put('/api/v1/eligibility-categories', {
          categories: [{ code: 'everybody', enabled: true, evidence: '—' }],
        })
      ).statusCode,
    ).toBe(403);
  });
});
