import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { registerDevice } from '../test/device-client.js';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { makeApplicationWithToken, makeReportedVisit } from '../test/feedback-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('feedback over HTTP', () => {
  const t = useTestDatabase();

  async function centre(regionId?: string) {
    const staff = await makeCentreWithStaff(t.db, regionId ? { regionId } : {});
    const quality = await makePerson(t.db, { centreId: staff.centre.id }, ['quality']);
    const comms = await makePerson(t.db, { centreId: staff.centre.id }, ['comms']);
    const app = await testApp(t.handle);
    const as = (person: { login: string }) => signIn(app, person.login, TEST_PASSWORD);
    return { ...staff, quality, comms, app, as };
  }

  it('takes public feedback once per token, and answers unknown and used tokens alike', async () => {
    const kam = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    const { token } = await makeApplicationWithToken(
      t.db,
      kam.centre,
      visit,
      kam.administrator.actor.personId,
    );
    const post = (url: string, payload: unknown) => kam.app.inject({ method: 'POST', url, payload });

    const check = await post('/api/v1/public/feedback/check', { token });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({ centreName: expect.stringContaining('ЦНАП') });

    const body = {
      token,
      kind: 'complaint',
      text: 'Запізнилися на годину.',
      rating: 2,
      contact: '+380671234567',
    };
    expect((await post('/api/v1/public/feedback', body)).statusCode).toBe(201);
    const again = await post('/api/v1/public/feedback', body);
    const unknown = await post('/api/v1/public/feedback', { ...body, token: 'no-such-token' });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('feedback.token_invalid');
    expect(unknown.statusCode).toBe(410);
    expect(unknown.json()).toEqual(again.json());
    expect((await post('/api/v1/public/feedback/check', { token })).statusCode).toBe(410);

    const stored = await t.db
      .selectFrom('feedback_items')
      .selectAll()
      .where('centre_id', '=', kam.centre.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'public_page', kind: 'complaint', contact: '+380671234567' });
    // Nothing in the entry points back at the application or the applicant.
    expect(JSON.stringify(stored[0])).not.toContain(visit.requestId);

    const head = await kam.as(kam.head);
    const listed = (await head.get('/api/v1/feedback')).json();
    expect(listed.items[0]).toMatchObject({ channel: 'public_page', contact: '+380671234567' });
    const comms = await kam.as(kam.comms);
    expect((await comms.get('/api/v1/feedback')).json().items[0].contact).toBeNull();
  });

  it('stores nothing for a robot that fills the honeypot, and refuses bad input with details', async () => {
    const kam = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    const { token } = await makeApplicationWithToken(
      t.db,
      kam.centre,
      visit,
      kam.administrator.actor.personId,
    );
    const robot = await kam.app.inject({
      method: 'POST',
      url: '/api/v1/public/feedback',
      payload: { token, kind: 'praise', text: 'buy now', website: 'http://spam.example' },
    });
    expect(robot.statusCode).toBe(201);
    expect(
      (await kam.app.inject({ method: 'POST', url: '/api/v1/public/feedback/check', payload: { token } }))
        .statusCode,
    ).toBe(200);
    const bad = await kam.app.inject({
      method: 'POST',
      url: '/api/v1/public/feedback',
      headers: { 'accept-language': 'en' },
      payload: { token, kind: 'bribe', text: '', rating: 9 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation.failed');
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['kind', 'rating', 'text']);
  });

  it('limits public submissions per address', async () => {
    const kam = await centre();
    const app = await testApp(t.handle, { config: { publicRequestsPerHour: 2 } });
    const send = () =>
      app.inject({ method: 'POST', url: '/api/v1/public/feedback/check', payload: { token: 'x' } });
    expect((await send()).statusCode).toBe(410);
    expect((await send()).statusCode).toBe(410);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(kam.centre.id).toBeTruthy();
  });

  it('moves a proposal through discussed, decided and published, in order only, with audit lines', async () => {
    const kam = await centre();
    const quality = await kam.as(kam.quality);
    const created = await quality.post('/api/v1/feedback', {
      channel: 'social_network',
      kind: 'proposal',
      text: 'Приїжджайте до Карнаухівки по суботах.',
      sourceLink: 'https://www.facebook.com/groups/example/posts/1',
    });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({ status: 'received', channel: 'social_network' });
    const early = await quality.post(`/api/v1/feedback/${item.id}/steps`, {
      step: 'publish',
      version: item.version,
    });
    expect(early.json().error.code).toBe('feedback.step_not_allowed');
    const discussed = (
      await quality.post(`/api/v1/feedback/${item.id}/steps`, {
        step: 'discuss',
        version: item.version,
        discussion: 'Обговорили на нараді 12.03.',
      })
    ).json();
    expect(discussed.status).toBe('discussed');
    const comms = await kam.as(kam.comms);
    const forbidden = await comms.post(`/api/v1/feedback/${item.id}/steps`, {
      step: 'decide',
      version: discussed.version,
      decision: 'accepted',
      changes: 'x',
    });
    expect(forbidden.statusCode).toBe(403);
    const head = await kam.as(kam.head);
    const decided = (
      await head.post(`/api/v1/feedback/${item.id}/steps`, {
        step: 'decide',
        version: discussed.version,
        decision: 'accepted',
        changes: 'Виїзд до Карнаухівки щосуботи з квітня.',
      })
    ).json();
    expect(decided).toMatchObject({ status: 'decided', decision: 'accepted' });
    const stale = await comms.post(`/api/v1/feedback/${item.id}/steps`, {
      step: 'publish',
      version: discussed.version,
    });
    expect(stale.json().error.code).toBe('conflict');
    const published = await comms.post(`/api/v1/feedback/${item.id}/steps`, {
      step: 'publish',
      version: decided.version,
    });
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const trail = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', item.id)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => r.action)).toEqual([
      'feedback.created',
      'feedback.discussed',
      'feedback.decided',
      'feedback.published',
    ]);
    const praise = (
      await quality.post('/api/v1/feedback', { channel: 'website', kind: 'praise', text: 'Дякую!' })
    ).json();
    const noSteps = await quality.post(`/api/v1/feedback/${praise.id}/steps`, {
      step: 'discuss',
      version: praise.version,
      discussion: 'x',
    });
    expect(noSteps.json().error.code).toBe('feedback.step_not_allowed');
  });

  it('keeps each centre’s register and surveys to itself', async () => {
    const kam = await centre();
    const pyr = await centre();
    const visit = await makeReportedVisit(t.db, kam.centre, kam.administrator.actor.personId);
    await (await kam.as(kam.head)).post('/api/v1/surveys/scan');
    const task = await t.db
      .selectFrom('survey_tasks')
      .select('id')
      .where('visit_id', '=', visit.visitId)
      .executeTakeFirstOrThrow();
    const item = (
      await (
        await kam.as(kam.quality)
      ).post('/api/v1/feedback', { channel: 'other', kind: 'complaint', text: 'Скарга' })
    ).json();
    const stranger = await pyr.as(pyr.quality);
    expect((await stranger.get(`/api/v1/surveys/${task.id}`)).statusCode).toBe(404);
    expect(
      (await stranger.post(`/api/v1/surveys/${task.id}/calls`, { outcome: 'declined', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await stranger.get(`/api/v1/feedback/${item.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/feedback')).json().items).toEqual([]);
    const operator = await kam.as(kam.operator);
    expect((await operator.get('/api/v1/feedback')).statusCode).toBe(403);
    expect((await operator.get('/api/v1/surveys')).statusCode).toBe(403);
  });

  it('stores a field questionnaire once, anonymously, and alerts the head on a bribe answer', async () => {
    const kam = await centre();
    const device = await registerDevice(kam.app, kam.administrator);
    const command = {
      id: uuidv7(),
      type: 'feedback.questionnaire',
      formatVersion: 1,
      deviceTime: new Date().toISOString(),
      payload: { politeness: 5, clarity: 4, satisfaction: 2, askedForMoney: true, kind: null, text: null },
    };
    const first = (await device.post('/api/v1/sync/push', { commands: [command] })).json().results[0];
    expect(first).toMatchObject({ status: 'applied', result: { feedbackId: command.id, alert: true } });
    const again = (await device.post('/api/v1/sync/push', { commands: [command] })).json().results[0];
    expect(again.status).toBe('duplicate');
    const items = await t.db
      .selectFrom('feedback_items')
      .selectAll()
      .where('centre_id', '=', kam.centre.id)
      .execute();
    expect(items).toEqual([
      expect.objectContaining({
        id: command.id,
        channel: 'questionnaire',
        kind: 'complaint',
        rating: 2,
        survey_task_id: null,
      }),
    ]);
    const head = await kam.as(kam.head);
    const alerts = (await head.get('/api/v1/quality/alerts')).json().items;
    expect(alerts).toEqual([
      expect.objectContaining({ source: 'questionnaire', feedbackItemId: command.id }),
    ]);
    const done = await head.post(`/api/v1/quality/alerts/${alerts[0].id}/acknowledge`, {
      note: 'Розмова з адміністратором.',
    });
    expect(done.json().acknowledgedAt).toEqual(expect.any(String));
    expect((await head.get('/api/v1/quality/alerts')).json().items).toEqual([]);
    const invalid = (
      await device.post('/api/v1/sync/push', {
        commands: [
          {
            ...command,
            id: uuidv7(),
            payload: { ...command.payload, satisfaction: 7, applicantId: uuidv7() },
          },
        ],
      })
    ).json().results[0];
    expect(invalid.status).toBe('invalid');
  });

  it('shows the quality figures to the centre and the region side by side to its observer', async () => {
    const kam = await centre();
    const pyr = await centre(kam.centre.regionId);
    const far = await centre();
    const admin = kam.administrator.actor.personId;
    await makeReportedVisit(t.db, kam.centre, admin, { lateMinutes: 5 });
    await makeReportedVisit(t.db, kam.centre, admin, { lateMinutes: 40 });
    await makeReportedVisit(t.db, kam.centre, admin, { outcome: 'cancelled', cancelReason: 'absent' });
    await (await kam.as(kam.head)).post('/api/v1/surveys/scan');
    const head = await kam.as(kam.head);
    const query = '/api/v1/quality/dashboard?from=2026-03-01&to=2026-03-31';
    const mine = (await head.get(query)).json();
    expect(mine.centres).toHaveLength(1);
    expect(mine.centres[0]).toMatchObject({
      centreId: kam.centre.id,
      visitsOnTime: { count: 2, of: 3 },
      cancellations: [{ reason: 'absent', count: 1 }],
      surveys: { finishedVisits: 2, tasks: 2, open: 2 },
      providerRefusals: [],
      forwardingOnTime: { count: 0, of: 0 },
    });
    const observer = await makePerson(t.db, { regionId: kam.centre.regionId }, ['regional_observer']);
    const regional = await kam.as(observer);
    const side = (await regional.get(query)).json();
    expect(side.centres.map((c: { centreId: string }) => c.centreId).sort()).toEqual(
      [kam.centre.id, pyr.centre.id].sort(),
    );
    expect((await regional.get(`${query}&centreId=${far.centre.id}`)).statusCode).toBe(404);
    expect((await head.get(`${query}&centreId=${pyr.centre.id}`)).statusCode).toBe(404);
    const reversed = await head.get('/api/v1/quality/dashboard?from=2026-03-31&to=2026-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('quality.range_reversed');
    expect(
      (await regional.post(`/api/v1/feedback`, { channel: 'other', kind: 'praise', text: 'x' })).statusCode,
    ).toBe(403);
  });
});
