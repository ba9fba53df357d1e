import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDateIn,
  DEFAULT_CALENDAR_SETTINGS,
  formatDate,
  instantAt,
  nextWorkingDay,
} from '@valiza/domain';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { pdfText } from '../test/pdf-text.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

// The feed shows the next two months, so the day is near the real today.
const day = nextWorkingDay(addDays(civilDateIn(new Date()), 7), DEFAULT_CALENDAR_SETTINGS);

describe('day plan PDF and calendar feeds', () => {
  const t = useTestDatabase();

  async function approvedDay() {
    const kam = await makeCentreWithStaff(t.db);
    await t.db
      .updateTable('centres')
      .set({ phone: '+380569000001' })
      .where('id', '=', kam.centre.id)
      .execute();
    const app = await testApp(t.handle);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const { requestId, number } = await makeEligibleRequest(t.db, kam.centre, { needs: { witness: true } });
    const visit = await head.post('/api/v1/visits', {
      kind: 'home',
      requestId,
      day,
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      companions: [{ kind: 'witness', name: 'Староста Іван Дорош' }],
    });
    const version = (await head.get(`/api/v1/plans/${day}`)).json().version;
    const approved = await head.post('/api/v1/plans/approve', {
      from: day,
      to: day,
      versions: { [day]: version },
      kitNotReadyReason: 'Перевірка вранці',
    });
    expect(approved.statusCode).toBe(200);
    return { kam, app, head, number, visit: visit.json() };
  }

  it('prints the day: stops in order with address, intercom, access, services, documents and contacts', async () => {
    const { app, head, number } = await approvedDay();
    const response = await head.get(`/api/v1/plans/${day}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    for (const expected of [
      `План виїздів на ${formatDate(day)}`,
      '+380569000001',
      'Затверджено',
      `1. 10:00–11:00 · заявка ${number}`,
      'вул. Садова, 7',
      'Домофон',
      'Собака у дворі',
      '+380671234567',
      'Реєстрація місця проживання',
      'Паспорт',
      'Староста Іван Дорош',
    ])
      expect(text).toContain(expected);
    const pyr = await makeCentreWithStaff(t.db);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    expect(pdfText((await pyrHead.get(`/api/v1/plans/${day}/pdf`)).rawPayload)).not.toContain(number);
  });

  it('serves an administrator’s approved visits at a secret link, without names or phones', async () => {
    const { kam, app, number } = await approvedDay();
    const field = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    const me = kam.administrator.actor.personId;
    expect((await field.get(`/api/v1/staff/${me}/calendar-feed`)).json()).toMatchObject({ active: false });
    const feed = (await field.post(`/api/v1/staff/${me}/calendar-feed`)).json();
    expect(feed.url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/public\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feed.url).pathname;
    const anonymous = await app.inject({ method: 'GET', url: path });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(anonymous.body));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual([`Виїзд: заявка ${number}`]);
    expect(events[0]!.location).toMatch(/^Місто .*, вул\. Садова$/);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(instantAt(day, '10:00').toISOString());
    expect(anonymous.body).not.toMatch(/Заявник|\+380|Собака|Староста/);

    const rotated = (await field.post(`/api/v1/staff/${me}/calendar-feed`)).json();
    expect((await app.inject({ method: 'GET', url: path })).json().error.code).toBe(
      'calendar_feed.not_found',
    );
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    expect((await head.delete(`/api/v1/staff/${me}/calendar-feed`)).json().active).toBe(false);
    expect((await app.inject({ method: 'GET', url: new URL(rotated.url).pathname })).statusCode).toBe(404);
  });

  it('lets only the person or a head of the centre manage a feed', async () => {
    const { kam, app } = await approvedDay();
    const colleague = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    const other = await signIn(app, colleague.login, TEST_PASSWORD);
    const me = kam.administrator.actor.personId;
    expect((await other.post(`/api/v1/staff/${me}/calendar-feed`)).statusCode).toBe(403);
    const pyr = await makeCentreWithStaff(t.db);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    expect((await pyrHead.post(`/api/v1/staff/${me}/calendar-feed`)).json().error.code).toBe('not_found');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/public/calendar/not-a-token.ics' })).statusCode,
    ).toBe(400);
  });
});
