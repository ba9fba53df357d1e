import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { PublicRequestBody } from '@valiza/domain';
import { markScheduled } from '../requests/request-lifecycle.js';
import { TEST_PASSWORD } from '../test/factories.js';
import { freshPhone, intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('the public request page', () => {
  const t = useTestDatabase();

  function form(
    centre: Awaited<ReturnType<typeof makeIntakeCentre>>,
    phone = freshPhone(),
  ): PublicRequestBody {
    return {
      centre: centre.centre.slug,
      requester: { kind: 'neighbour', name: 'Сусідка Оля' },
      applicantName: 'Коваль Петро Семенович',
      placeKind: 'home',
      localityId: centre.centre.localityIds[1]!,
      address: 'вул. Садова, 3',
      serviceIds: [centre.free.id],
      phone,
      consent: true,
      liability: true,
    };
  }

  const post = (app: FastifyInstance, url: string, payload: unknown, ip = '203.0.113.7') =>
    app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip });

  it('shows a centre’s categories, field services and localities, and no people', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const response = await app.inject({ method: 'GET', url: `/api/v1/public/centres/${centre.centre.slug}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.services.map((s: { id: string }) => s.id).sort()).toEqual(
      [centre.free.id, centre.paid.id].sort(),
    );
    expect(body.categories.map((c: { code: string }) => c.code)).toContain('disability_group_1');
    expect(body.localities).toHaveLength(2);
    expect(JSON.stringify(body)).not.toContain(centre.head.login);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/public/centres/no-such-centre' })).statusCode,
    ).toBe(404);
  });

  it('accepts a request without sign-in as new, channel web, and gives its number', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const response = await post(app, '/api/v1/public/requests', form(centre, '067 555 12 34'));
    expect(response.statusCode, response.body).toBe(201);
    const number = response.json().number as string;
    expect(number).toMatch(new RegExp(`^${centre.centre.code}-\\d{4}-000001$`));
    const row = await t.db
      .selectFrom('requests')
      .select([
        'state',
        'channel',
        'requester_phone',
        'created_by',
        'online_acknowledged_at',
        'liability_warned_by',
      ])
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      state: 'new',
      channel: 'web',
      requester_phone: '+380675551234',
      created_by: null,
    });
    expect(row.online_acknowledged_at).not.toBeNull();
    expect(row.liability_warned_by).toBeNull();
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const queue = await operator.get('/api/v1/requests?state=new&order=oldest');
    expect(queue.json().items.map((i: { number: string }) => i.number)).toEqual([number]);
  });

  it('answers a filled honeypot exactly like a success and stores nothing', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const robot = await post(app, '/api/v1/public/requests', {
      ...form(centre),
      website: 'http://spam.example',
    });
    expect(robot.statusCode).toBe(201);
    expect(Object.keys(robot.json())).toEqual(['number']);
    const human = await post(app, '/api/v1/public/requests', form(centre));
    expect(human.json().number).toBe(robot.json().number);
    const rows = await t.db
      .selectFrom('requests')
      .select('id')
      .where('centre_id', '=', centre.centre.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(
      await t.db.selectFrom('applicants').select('id').where('centre_id', '=', centre.centre.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses missing consent or liability and unknown fields, naming them', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const response = await post(app, '/api/v1/public/requests', {
      ...form(centre),
      consent: false,
      liability: undefined,
      phone: '12345',
      admin: true,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['admin', 'consent', 'liability', 'phone'].sort());
  });

  it('answers floods from one address with 429', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle, {
      config: { publicRequestsPerHour: 2, publicStatusChecksPerHour: 2 },
    });
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await post(app, '/api/v1/public/requests', form(centre), '198.51.100.1')).statusCode);
    expect(codes).toEqual([201, 201, 429]);
    const flooded = await post(app, '/api/v1/public/requests', form(centre), '198.51.100.1');
    expect(flooded.json().error.code).toBe('rate_limited');
    expect((await post(app, '/api/v1/public/requests', form(centre), '198.51.100.2')).statusCode).toBe(201);
    const status = [];
    for (let i = 0; i < 3; i++)
      status.push(
        (
          await post(
            app,
            '/api/v1/public/requests/status',
            { number: 'X', phone: freshPhone() },
            '198.51.100.3',
          )
        ).statusCode,
      );
    expect(status).toEqual([404, 404, 429]);
  });

  it('accepts only a few requests a day for one phone, from any address', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle, { config: { publicRequestsPerPhonePerDay: 2 } });
    const phone = freshPhone();
    const codes = [];
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
      codes.push((await post(app, '/api/v1/public/requests', form(centre, phone), ip)).statusCode);
    expect(codes).toEqual([201, 201, 429]);
    expect((await post(app, '/api/v1/public/requests', form(centre), '192.0.2.4')).statusCode).toBe(201);
    const hashes = await t.db.selectFrom('public_submissions').select('phone_hash').execute();
    expect(JSON.stringify(hashes)).not.toContain(phone.slice(4));
  });

  it('shows only the state and planned day, and the same not_found for every wrong guess', async () => {
    const kam = await makeIntakeCentre(t.db);
    const pyr = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const phone = freshPhone();
    const number = (await post(app, '/api/v1/public/requests', form(kam, phone))).json().number as string;
    const status = await post(app, '/api/v1/public/requests/status', { number: number.toLowerCase(), phone });
    expect(status.json()).toEqual({ number, state: 'new', plannedDate: null });
    const notFound = { error: { code: 'not_found', message: 'Не знайдено.', details: [] } };
    for (const guess of [
      { number, phone: freshPhone() },
      { number: number.replace(/\d$/, '9'), phone },
      { number: 'nonsense', phone },
      { centre: pyr.centre.slug, number, phone },
    ]) {
      const answer = await post(app, '/api/v1/public/requests/status', guess);
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toEqual(notFound);
    }
  });

  it('shows the planned day once planning has set it, and the state an operator decided', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const body = intakeBody(centre, { decision: { outcome: 'eligible' } });
    const request = (await operator.post('/api/v1/requests', body)).json();
    await markScheduled(t.db, centre.operator.actor, request.id, '2026-12-10');
    const status = await post(app, '/api/v1/public/requests/status', {
      centre: centre.centre.slug,
      number: request.number,
      phone: body.applicant.phones[0],
    });
    expect(status.json()).toEqual({ number: request.number, state: 'scheduled', plannedDate: '2026-12-10' });
  });

  it('keeps a web request new until an operator calls back and completes it', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const number = (await post(app, '/api/v1/public/requests', form(centre))).json().number;
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const id = (await operator.get(`/api/v1/requests?q=${encodeURIComponent(number)}`)).json().items[0].id;
    const web = (await operator.get(`/api/v1/requests/${id}`)).json();
    expect(web.missing).toEqual([
      'birth_date',
      'category',
      'evidence',
      'place',
      'checklist',
      'liability_warning',
      'personal_data_notice',
    ]);
    const early = await operator.post(`/api/v1/requests/${id}/transitions`, {
      version: web.version,
      to: 'eligible',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('requests.incomplete');
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toContain('liability_warning');
    const { channel: _channel, decision: _decision, id: _id, ...completion } = intakeBody(centre);
    const completed = await operator.put(`/api/v1/requests/${id}`, {
      ...completion,
      version: web.version,
      applicant: { ...completion.applicant, id: web.applicant.id },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ channel: 'web', missing: [] });
    expect(completed.json().onlineAcknowledgedAt).not.toBeNull();
    const eligible = await operator.post(`/api/v1/requests/${id}/transitions`, {
      version: completed.json().version,
      to: 'eligible',
    });
    expect(eligible.json().state).toBe('eligible');
  });
});
