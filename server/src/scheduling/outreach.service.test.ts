import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { extendOutreachHorizons } from './outreach-expansion.js';
import {
  cancelOutreachSession,
  changeOutreachSchedule,
  createOutreachSchedule,
  listOutreachSessions,
} from './outreach.service.js';

const today = '2026-11-23';

describe('outreach schedules and sessions', () => {
  const t = useTestDatabase();

  async function tuesdays() {
    const kam = await makeCentreWithStaff(t.db);
    const body = {
      outreachPointId: kam.centre.outreachPointId,
      rule: { frequency: 'weekly' as const, weekday: 2 },
      startTime: '10:00',
      endTime: '13:00',
      validFrom: '2026-11-01',
      validUntil: null,
      exceptions: ['2026-12-08'],
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      active: true,
    };
    const schedule = await createOutreachSchedule(t.db, kam.head.actor, body, today);
    return { kam, body, schedule };
  }

  it('materialises the sessions of the next eight weeks, skipping exceptions', async () => {
    const { kam } = await tuesdays();
    const sessions = await listOutreachSessions(t.db, kam.operator.actor, { from: today, to: '2027-01-31' });
    const days = sessions.map((s) => s.day);
    expect(days[0]).toBe('2026-11-24');
    expect(days).not.toContain('2026-12-08');
    expect(days.at(-1)).toBe('2027-01-12');
    expect(days).toHaveLength(7);
    expect(sessions[0]).toMatchObject({
      startTime: '10:00',
      endTime: '13:00',
      startsAt: '2026-11-24T08:00:00.000Z',
      capacityMinutes: 180,
      bookedMinutes: 0,
      staffIds: [kam.administrator.actor.personId],
      status: 'planned',
    });
  });

  it('books the crew and the kit: a second schedule at the same time is refused by name', async () => {
    const { kam, body } = await tuesdays();
    const clash = createOutreachSchedule(
      t.db,
      kam.head.actor,
      { ...body, startTime: '12:00', endTime: '14:00' },
      today,
    );
    await expect(clash).rejects.toMatchObject({
      code: 'visit.overlap_person',
      params: { name: expect.stringContaining('Особа'), date: '24.11.2026', from: '10:00', to: '13:00' },
    });
  });

  it('follows a changed rule: moved times re-book, dates that fell out go', async () => {
    const { kam, body, schedule } = await tuesdays();
    await changeOutreachSchedule(
      t.db,
      kam.head.actor,
      schedule.id,
      {
        ...body,
        rule: { frequency: 'biweekly', weekday: 2 },
        validFrom: '2026-11-24',
        startTime: '09:00',
        version: 1,
      },
      today,
    );
    const sessions = await listOutreachSessions(t.db, kam.operator.actor, { from: today, to: '2027-01-31' });
    expect(sessions.map((s) => [s.day, s.startTime])).toEqual([
      ['2026-11-24', '09:00'],
      ['2026-12-22', '09:00'],
      ['2027-01-05', '09:00'],
    ]);
    await expect(
      changeOutreachSchedule(t.db, kam.head.actor, schedule.id, { ...body, version: 1 }, today),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('extends the horizon day by day without repeating sessions', async () => {
    const { kam } = await tuesdays();
    await extendOutreachHorizons(t.db, '2026-12-14');
    await extendOutreachHorizons(t.db, '2026-12-14');
    const sessions = await listOutreachSessions(t.db, kam.operator.actor, { from: today, to: '2027-02-20' });
    expect(sessions.map((s) => s.day).at(-1)).toBe('2027-02-02');
    expect(new Set(sessions.map((s) => s.day)).size).toBe(sessions.length);
  });

  it('cancels a session and frees its crew and kit', async () => {
    const { kam, body } = await tuesdays();
    const [first] = await listOutreachSessions(t.db, kam.operator.actor, { from: today, to: '2026-11-24' });
    const cancelled = await cancelOutreachSession(t.db, kam.head.actor, first!.id, 'Ремонт');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Ремонт' });
    await expect(
      createOutreachSchedule(
        t.db,
        kam.head.actor,
        { ...body, validFrom: '2026-11-24', validUntil: '2026-11-24', exceptions: [] },
        today,
      ),
    ).resolves.toBeTruthy();
  });

  it('hides another centre’s schedules and sessions, and refuses its staff and kits', async () => {
    const { kam, body, schedule } = await tuesdays();
    const pyr = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    const [session] = await listOutreachSessions(t.db, kam.operator.actor, { from: today, to: '2026-11-24' });
    for (const response of [
      await pyrHead.get(`/api/v1/outreach-sessions/${session!.id}`),
      await pyrHead.post(`/api/v1/outreach-sessions/${session!.id}/cancel`, {}),
      await pyrHead.put(`/api/v1/outreach-schedules/${schedule.id}`, { ...body, version: 1 }),
      await pyrHead.post('/api/v1/outreach-schedules', {
        ...body,
        outreachPointId: pyr.centre.outreachPointId,
      }),
    ])
      expect(response.json().error.code).toBe('not_found');
    expect((await pyrHead.get('/api/v1/outreach-schedules')).json().items).toEqual([]);
    const list = await pyrHead.get(`/api/v1/outreach-sessions?from=${today}&to=2026-12-31`);
    expect(list.json().items).toEqual([]);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    expect((await operator.post('/api/v1/outreach-schedules', body)).statusCode).toBe(403);
  });
});
