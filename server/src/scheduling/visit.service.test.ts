import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { useTestDatabase } from '../test/test-db.js';
import { createOutreachSchedule, listOutreachSessions } from './outreach.service.js';
import { listCentreVisits } from './visit-queries.js';
import { cancelVisit, changeVisit, placeVisit, releaseVisitOfRequest } from './visit.service.js';
import { inTransaction } from '../db/transaction.js';
import { transitionRequest } from '../requests/request-lifecycle.js';

const day = '2027-03-02';

describe('placing visits', () => {
  const t = useTestDatabase();

  async function centre() {
    const kam = await makeCentreWithStaff(t.db);
    const home = (requestId: string, startTime: string, endTime: string, extra = {}) => ({
      kind: 'home' as const,
      requestId,
      day,
      startTime,
      endTime,
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      companions: [],
      ...extra,
    });
    return { kam, home };
  }

  it('places a request at home: books crew and kit, drafts the plan, queues the text', async () => {
    const { kam, home } = await centre();
    const { requestId, number } = await makeEligibleRequest(t.db, kam.centre, { minutes: 40 });
    const visit = await placeVisit(t.db, kam.operator.actor, home(requestId, '10:00', '11:00'));
    expect(visit).toMatchObject({
      requestNumber: number,
      kind: 'home',
      status: 'planned',
      startsAt: '2027-03-02T08:00:00.000Z',
      startTime: '10:00',
      staffIds: [kam.administrator.actor.personId],
      serviceMinutes: 40,
      location: { approximate: true, lat: 48.5, lon: 34.6 },
    });
    const request = await t.db
      .selectFrom('requests')
      .select(['state', 'planned_date'])
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(request).toEqual({ state: 'scheduled', planned_date: day });
    const plan = await t.db.selectFrom('plans').selectAll().where('centre_id', '=', kam.centre.id).execute();
    expect(plan).toMatchObject([{ day, state: 'draft' }]);
    const sms = await t.db.selectFrom('sms_outbox').selectAll().where('visit_id', '=', visit.id).execute();
    expect(sms).toMatchObject([{ kind: 'scheduled', phone: '+380671234567', status: 'queued' }]);
    expect(sms[0]!.body).toContain('02.03.2027 з 10:00 до 11:00');
  });

  it('answers a resent save with the same id with the same visit', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    const body = { ...home(requestId, '10:00', '11:00'), id: '0190f5a0-0000-7000-8000-000000000001' };
    const first = await placeVisit(t.db, kam.operator.actor, body);
    const again = await placeVisit(t.db, kam.operator.actor, body);
    expect(again).toEqual(first);
    expect(
      await t.db.selectFrom('sms_outbox').select('id').where('visit_id', '=', first.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses an administrator or a kit in two overlapping visits, naming who and when', async () => {
    const { kam, home } = await centre();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => makeEligibleRequest(t.db, kam.centre)));
    await placeVisit(t.db, kam.operator.actor, home(a!.requestId, '10:00', '11:00'));
    await expect(
      placeVisit(t.db, kam.operator.actor, home(b!.requestId, '10:30', '11:30')),
    ).rejects.toMatchObject({
      code: 'visit.overlap_person',
      params: { name: expect.stringContaining('Особа'), date: '02.03.2027', from: '10:00', to: '11:00' },
    });
    const other = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    await expect(
      placeVisit(
        t.db,
        kam.operator.actor,
        home(b!.requestId, '10:30', '11:30', { staffIds: [other.actor.personId] }),
      ),
    ).rejects.toMatchObject({ code: 'visit.overlap_kit', params: { from: '10:00', to: '11:00' } });
    await expect(
      placeVisit(t.db, kam.operator.actor, home(c!.requestId, '11:00', '12:00')),
    ).resolves.toBeTruthy();
  });

  it('leaves exactly one of two overlapping visits saved at the same moment', async () => {
    const { kam, home } = await centre();
    const [a, b] = await Promise.all([1, 2].map(() => makeEligibleRequest(t.db, kam.centre)));
    const results = await Promise.allSettled([
      placeVisit(t.db, kam.operator.actor, home(a!.requestId, '13:00', '14:00')),
      placeVisit(t.db, kam.head.actor, home(b!.requestId, '13:30', '14:30')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'visit.overlap_person' });
    const visits = await listCentreVisits(t.db, kam.head.actor, { from: day, to: day });
    expect(visits).toHaveLength(1);
  });

  it('leaves one visit when the same request is placed twice at once', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    const other = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    const results = await Promise.allSettled([
      placeVisit(t.db, kam.operator.actor, home(requestId, '09:00', '10:00')),
      placeVisit(t.db, kam.head.actor, {
        ...home(requestId, '15:00', '16:00'),
        staffIds: [other.actor.personId],
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('keeps visits inside working time unless a head gives a reason', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    await expect(
      placeVisit(t.db, kam.operator.actor, home(requestId, '16:30', '17:30')),
    ).rejects.toMatchObject({
      code: 'visit.outside_working_time',
      details: [{ path: 'day', code: 'centre_hours' }],
    });
    await expect(
      placeVisit(
        t.db,
        kam.operator.actor,
        home(requestId, '16:30', '17:30', { overrideReason: 'Прохання родини' }),
      ),
    ).rejects.toMatchObject({ code: 'visit.override_head_only' });
    const saturday = placeVisit(t.db, kam.head.actor, {
      ...home(requestId, '10:00', '11:00'),
      day: '2027-03-06',
    });
    await expect(saturday).rejects.toMatchObject({
      code: 'visit.outside_working_time',
      details: [{ code: 'day_off' }, { code: 'centre_hours' }],
    });
    await t.db
      .insertInto('staff_absences')
      .values({
        id: '0190f5a0-0000-7000-8000-0000000000aa',
        centre_id: kam.centre.id,
        person_id: kam.administrator.actor.personId,
        starts_on: day,
        ends_on: day,
        kind: 'leave',
        note: null,
        created_by: null,
      })
      .execute();
    await expect(placeVisit(t.db, kam.head.actor, home(requestId, '10:00', '11:00'))).rejects.toMatchObject({
      details: [{ path: kam.administrator.actor.personId, code: 'absent' }],
    });
    const allowed = await placeVisit(
      t.db,
      kam.head.actor,
      home(requestId, '16:30', '17:30', { overrideReason: 'Прохання родини' }),
    );
    expect(allowed.overrideReason).toBe('Прохання родини');
  });

  it('refuses a window that ends before it starts', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    await expect(
      placeVisit(t.db, kam.operator.actor, home(requestId, '11:00', '10:00')),
    ).rejects.toMatchObject({
      code: 'visit.time_reversed',
    });
  });

  it('treats another centre’s request, staff and kit as not found', async () => {
    const { kam, home } = await centre();
    const pyr = await makeCentreWithStaff(t.db);
    const own = await makeEligibleRequest(t.db, kam.centre);
    const foreign = await makeEligibleRequest(t.db, pyr.centre);
    for (const body of [
      home(foreign.requestId, '10:00', '11:00'),
      home(own.requestId, '10:00', '11:00', { staffIds: [pyr.administrator.actor.personId] }),
      home(own.requestId, '10:00', '11:00', { kitId: pyr.centre.kitId }),
    ])
      await expect(placeVisit(t.db, kam.operator.actor, body)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      placeVisit(
        t.db,
        kam.operator.actor,
        home(own.requestId, '10:00', '11:00', { staffIds: [kam.operator.actor.personId] }),
      ),
    ).rejects.toMatchObject({ code: 'visit.not_staff' });
  });

  it('moves and cancels a visit, freeing its slot and telling the applicant each time', async () => {
    const { kam, home } = await centre();
    const [a, b] = await Promise.all([1, 2].map(() => makeEligibleRequest(t.db, kam.centre)));
    const visit = await placeVisit(t.db, kam.operator.actor, home(a!.requestId, '10:00', '11:00'));
    await expect(
      changeVisit(t.db, kam.operator.actor, visit.id, { version: 7, startTime: '12:00', endTime: '13:00' }),
    ).rejects.toMatchObject({ code: 'visit.stale' });
    const moved = await changeVisit(t.db, kam.operator.actor, visit.id, {
      version: 1,
      startTime: '12:00',
      endTime: '13:00',
    });
    expect(moved).toMatchObject({ startTime: '12:00', version: 2 });
    await placeVisit(t.db, kam.operator.actor, home(b!.requestId, '10:00', '11:00'));
    const cancelled = await cancelVisit(t.db, kam.operator.actor, visit.id, {
      version: 2,
      reason: 'Захворіла',
    });
    expect(cancelled.status).toBe('cancelled');
    const request = await t.db
      .selectFrom('requests')
      .select(['state', 'planned_date'])
      .where('id', '=', a!.requestId)
      .executeTakeFirstOrThrow();
    expect(request).toEqual({ state: 'eligible', planned_date: null });
    const kinds = await t.db
      .selectFrom('sms_outbox')
      .select('kind')
      .where('visit_id', '=', visit.id)
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(['scheduled', 'changed', 'cancelled']);
    const again = await placeVisit(t.db, kam.operator.actor, home(a!.requestId, '12:00', '13:00'));
    expect(again.status).toBe('planned');
  });

  it('puts people without a mobile phone on the call list instead', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre, { phones: ['+380569123456'] });
    const visit = await placeVisit(t.db, kam.operator.actor, home(requestId, '10:00', '11:00'));
    expect(
      await t.db.selectFrom('sms_outbox').select('id').where('visit_id', '=', visit.id).execute(),
    ).toEqual([]);
    const calls = await t.db.selectFrom('call_list').selectAll().where('visit_id', '=', visit.id).execute();
    expect(calls).toMatchObject([{ kind: 'scheduled', phone: '+380569123456', status: 'pending' }]);
  });

  it('books a request into an outreach session while it has room', async () => {
    const { kam } = await centre();
    await createOutreachSchedule(
      t.db,
      kam.head.actor,
      {
        outreachPointId: kam.centre.outreachPointId,
        rule: { frequency: 'weekly', weekday: 4 },
        startTime: '10:00',
        endTime: '11:00',
        validFrom: '2027-03-01',
        validUntil: '2027-03-31',
        exceptions: [],
        staffIds: [kam.administrator.actor.personId],
        kitId: kam.centre.kitId,
        active: true,
      },
      '2027-03-01',
    );
    const [session] = await listOutreachSessions(t.db, kam.operator.actor, {
      from: '2027-03-04',
      to: '2027-03-04',
    });
    const [a, b] = await Promise.all(
      [40, 30].map((minutes) => makeEligibleRequest(t.db, kam.centre, { minutes })),
    );
    const booked = await placeVisit(t.db, kam.operator.actor, {
      kind: 'outreach',
      requestId: a!.requestId,
      outreachSessionId: session!.id,
    });
    expect(booked).toMatchObject({
      kind: 'outreach',
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
    });
    await expect(
      placeVisit(t.db, kam.operator.actor, {
        kind: 'outreach',
        requestId: b!.requestId,
        outreachSessionId: session!.id,
      }),
    ).rejects.toMatchObject({ code: 'visit.session_full', params: { needed: 30, free: 20 } });
    const sms = await t.db
      .selectFrom('sms_outbox')
      .select('body')
      .where('visit_id', '=', booked.id)
      .executeTakeFirstOrThrow();
    expect(sms.body).toContain('Пункт');
  });

  it('releases the visit of a request that ends elsewhere, freeing the slot', async () => {
    const { kam, home } = await centre();
    const [a, b] = await Promise.all([1, 2].map(() => makeEligibleRequest(t.db, kam.centre)));
    const visit = await placeVisit(t.db, kam.operator.actor, home(a!.requestId, '10:00', '11:00'));
    await inTransaction(t.db, (tx) =>
      releaseVisitOfRequest(tx, kam.operator.actor, a!.requestId, 'Заявку скасовано'),
    );
    const [row] = await listCentreVisits(t.db, kam.head.actor, { from: day, to: day, status: 'cancelled' });
    expect(row).toMatchObject({ id: visit.id, cancelReason: 'Заявку скасовано' });
    await expect(
      placeVisit(t.db, kam.operator.actor, home(b!.requestId, '10:00', '11:00')),
    ).resolves.toBeTruthy();
  });

  it('frees the booked crew and kit when the office cancels a scheduled request', async () => {
    const { kam, home } = await centre();
    const [a, b] = await Promise.all([1, 2].map(() => makeEligibleRequest(t.db, kam.centre)));
    const visit = await placeVisit(t.db, kam.operator.actor, home(a!.requestId, '12:00', '13:00'));
    const { version } = await t.db
      .selectFrom('requests')
      .select('version')
      .where('id', '=', a!.requestId)
      .executeTakeFirstOrThrow();
    await transitionRequest(t.db, kam.operator.actor, a!.requestId, {
      version,
      to: 'cancelled',
      reason: 'Заявниця передумала',
      cancelledBy: 'applicant',
    });
    const [row] = await listCentreVisits(t.db, kam.head.actor, { from: day, to: day, status: 'cancelled' });
    expect(row).toMatchObject({ id: visit.id, status: 'cancelled' });
    await expect(
      placeVisit(t.db, kam.operator.actor, home(b!.requestId, '12:00', '13:00')),
    ).resolves.toBeTruthy();
  });

  it('refuses a second visit for a request already on a plan', async () => {
    const { kam, home } = await centre();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    await placeVisit(t.db, kam.operator.actor, home(requestId, '09:00', '10:00'));
    await expect(
      placeVisit(t.db, kam.operator.actor, home(requestId, '14:00', '15:00')),
    ).rejects.toMatchObject({
      code: 'visit.request_not_schedulable',
      params: { state: 'scheduled' },
    });
  });
});
