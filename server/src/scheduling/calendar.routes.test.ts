import { describe, expect, it } from 'vitest';
import { nextWorkingDay } from '@valiza/domain';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { calendarSettingsOf } from './centre-calendar.service.js';

describe('centre calendar, staff hours and absences', () => {
  const t = useTestDatabase();

  async function setup() {
    const kam = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    return { kam, app, head, operator };
  }

  it('lets the head declare days off and working days that every deadline then follows', async () => {
    const { kam, head, operator } = await setup();
    const off = await head.put('/api/v1/calendar/days/2026-11-23', { kind: 'day_off', note: 'Рішення ради' });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ date: '2026-11-23', working: false, reasons: ['centre_day_off'] });
    await head.put('/api/v1/calendar/days/2026-11-28', { kind: 'working_day' });
    const settings = await calendarSettingsOf(t.db, kam.centre.id);
    expect(settings).toEqual({ martialLaw: true, daysOff: ['2026-11-23'], workingDays: ['2026-11-28'] });
    expect(nextWorkingDay('2026-11-20', settings)).toBe('2026-11-24');

    const calendar = (await operator.get('/api/v1/calendar?from=2026-11-21&to=2026-11-28')).json();
    expect(calendar.days).toHaveLength(8);
    expect(calendar.days[2]).toMatchObject({
      date: '2026-11-23',
      centreDay: { kind: 'day_off', note: 'Рішення ради' },
    });
    expect(calendar.days[7]).toMatchObject({ working: true, reasons: ['weekend', 'centre_working_day'] });

    expect((await operator.put('/api/v1/calendar/days/2026-11-24', { kind: 'day_off' })).statusCode).toBe(
      403,
    );
    expect((await head.delete('/api/v1/calendar/days/2026-11-23')).statusCode).toBe(200);
    expect((await head.delete('/api/v1/calendar/days/2026-11-23')).statusCode).toBe(404);
    expect((await calendarSettingsOf(t.db, kam.centre.id)).daysOff).toEqual([]);
  });

  it('switches martial law: with it off, Christmas is a day off', async () => {
    const { kam, head } = await setup();
    const christmas = async () =>
      (await head.get('/api/v1/calendar?from=2026-12-25&to=2026-12-25')).json().days[0];
    expect(await christmas()).toMatchObject({ working: true, holiday: { en: 'Christmas Day' } });
    expect((await head.put('/api/v1/calendar/martial-law', { martialLaw: false })).json()).toEqual({
      martialLaw: false,
    });
    expect(await christmas()).toMatchObject({ working: false, reasons: ['holiday'] });
    expect((await calendarSettingsOf(t.db, kam.centre.id)).martialLaw).toBe(false);
    const trail = await head.get(`/api/v1/audit?recordId=${kam.centre.id}`);
    expect(trail.json().items.map((e: { action: string }) => e.action)).toContain('calendar.martial_law');
  });

  it('refuses a reversed or a too long period', async () => {
    const { operator } = await setup();
    const reversed = await operator.get('/api/v1/calendar?from=2026-12-01&to=2026-11-01');
    expect(reversed.json().error.code).toBe('calendar.range_reversed');
    const long = await operator.get('/api/v1/calendar?from=2026-01-01&to=2027-06-01');
    expect(long.json().error.code).toBe('calendar.range_too_long');
  });

  it('keeps a person’s own hours and absences, set by the head', async () => {
    const { kam, head, operator } = await setup();
    const person = kam.administrator.actor.personId;
    const hours = {
      mon: { from: '08:00', to: '12:00' },
      tue: null,
      wed: null,
      thu: null,
      fri: null,
      sat: null,
      sun: null,
    };
    expect((await operator.put(`/api/v1/staff/${person}/hours`, { hours })).statusCode).toBe(403);
    expect((await head.put(`/api/v1/staff/${person}/hours`, { hours })).json()).toEqual({
      personId: person,
      hours,
    });
    expect((await operator.get(`/api/v1/staff/${person}/hours`)).json().hours).toEqual(hours);
    await head.put(`/api/v1/staff/${person}/hours`, { hours: null });
    expect((await operator.get(`/api/v1/staff/${person}/hours`)).json().hours).toBeNull();

    const created = await head.post('/api/v1/absences', {
      personId: person,
      from: '2026-11-24',
      to: '2026-11-26',
      kind: 'leave',
    });
    expect(created.statusCode).toBe(201);
    const bad = await head.post('/api/v1/absences', {
      personId: person,
      from: '2026-11-26',
      to: '2026-11-24',
      kind: 'leave',
    });
    expect(bad.statusCode).toBe(400);
    const list = await operator.get('/api/v1/absences?from=2026-11-25&to=2026-11-25');
    expect(list.json().items).toEqual([{ ...created.json() }]);
    expect((await head.delete(`/api/v1/absences/${created.json().id}`)).statusCode).toBe(200);
  });

  it('hides another centre’s staff hours and absences, and keeps centre days apart', async () => {
    const { kam, head } = await setup();
    const pyr = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    const person = kam.administrator.actor.personId;
    const absence = (
      await head.post('/api/v1/absences', {
        personId: person,
        from: '2026-11-24',
        to: '2026-11-24',
        kind: 'sick',
      })
    ).json();
    await head.put('/api/v1/calendar/days/2026-11-24', { kind: 'day_off' });
    for (const response of [
      await pyrHead.get(`/api/v1/staff/${person}/hours`),
      await pyrHead.put(`/api/v1/staff/${person}/hours`, { hours: null }),
      await pyrHead.post('/api/v1/absences', {
        personId: person,
        from: '2026-11-24',
        to: '2026-11-24',
        kind: 'sick',
      }),
      await pyrHead.delete(`/api/v1/absences/${absence.id}`),
      await pyrHead.get(`/api/v1/absences?from=2026-11-24&to=2026-11-24&personId=${person}`),
      await pyrHead.delete('/api/v1/calendar/days/2026-11-24'),
    ])
      expect(response.json().error.code).toBe('not_found');
    expect((await pyrHead.get('/api/v1/absences?from=2026-11-24&to=2026-11-24')).json().items).toEqual([]);
    expect((await calendarSettingsOf(t.db, pyr.centre.id)).daysOff).toEqual([]);
    const observer = await makePerson(t.db, { regionId: kam.centre.regionId }, ['regional_observer']);
    const obs = await signIn(app, observer.login, TEST_PASSWORD);
    expect((await obs.get('/api/v1/calendar?from=2026-11-24&to=2026-11-24')).statusCode).toBe(403);
  });

  it('sets the route start point and the travel estimate', async () => {
    const { head, operator } = await setup();
    const before = (await operator.get('/api/v1/scheduling/settings')).json();
    expect(before).toEqual({
      lat: 48.5,
      lon: 34.6,
      routing: { roadFactor: 1.3, speedKmh: 40, serviceUrl: null },
      mapTilesUrl: null,
    });
    const body = {
      lat: 48.51,
      lon: 34.61,
      routing: { roadFactor: 1.4, speedKmh: 35, serviceUrl: 'http://127.0.0.1:5000' },
    };
    expect((await operator.put('/api/v1/scheduling/settings', body)).statusCode).toBe(403);
    expect((await head.put('/api/v1/scheduling/settings', body)).json()).toEqual({
      ...body,
      mapTilesUrl: null,
    });
    expect((await operator.get('/api/v1/scheduling/settings')).json()).toEqual({
      ...body,
      mapTilesUrl: null,
    });
  });
});
