import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

const day = '2027-03-02';
const allDone = {
  charged: true,
  internet_balance: true,
  paper: true,
  cartridge: true,
  scanner_batteries: true,
  camera: true,
};

describe('day plans and their approval', () => {
  const t = useTestDatabase();

  async function setup(needs = {}) {
    const kam = await makeCentreWithStaff(t.db);
    const tech = await makePerson(t.db, { centreId: kam.centre.id }, ['technician']);
    const app = await testApp(t.handle);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const technician = await signIn(app, tech.login, TEST_PASSWORD);
    const place = async (startTime: string, endTime: string, extra: Record<string, unknown> = {}) => {
      const { requestId } = await makeEligibleRequest(t.db, kam.centre, { needs });
      const response = await operator.post('/api/v1/visits', {
        kind: 'home',
        requestId,
        day,
        startTime,
        endTime,
        staffIds: [kam.administrator.actor.personId],
        kitId: kam.centre.kitId,
        ...extra,
      });
      expect(response.statusCode).toBe(201);
      return response.json();
    };
    const plan = async () => (await head.get(`/api/v1/plans/${day}`)).json();
    const approve = (version: number, extra = {}) =>
      head.post('/api/v1/plans/approve', { from: day, to: day, versions: { [day]: version }, ...extra });
    return { kam, app, head, operator, technician, place, plan, approve };
  }

  it('approves a day once its kit is ready, storing the snapshot the field receives', async () => {
    const { kam, head, operator, technician, place, plan, approve } = await setup();
    const first = await place('10:00', '11:00');
    await place('12:00', '13:00');
    const draft = await plan();
    expect(draft).toMatchObject({ state: 'draft', visitCount: 2, working: true, issues: [] });
    expect(draft.kits).toEqual([
      { kitId: kam.centre.kitId, kitCode: expect.any(String), ready: null, missing: [] },
    ]);

    expect((await approve(draft.version - 1)).json().error.code).toBe('plan.stale');
    const notReady = await approve(draft.version);
    expect(notReady.statusCode).toBe(422);
    expect(notReady.json().error).toMatchObject({
      code: 'plan.kit_not_ready',
      details: [{ code: 'unchecked' }],
    });
    expect(
      (
        await operator.post('/api/v1/plans/approve', {
          from: day,
          to: day,
          versions: { [day]: draft.version },
        })
      ).statusCode,
    ).toBe(403);

    const check = await technician.post('/api/v1/kit-checks', {
      kitId: kam.centre.kitId,
      day,
      items: allDone,
    });
    expect(check.json()).toMatchObject({ ready: true, missing: [] });
    const approved = await approve(draft.version);
    expect(approved.json().items).toEqual([
      expect.objectContaining({ day, state: 'approved', approvals: 1 }),
    ]);

    const approvals = (await head.get(`/api/v1/plans/${day}/approvals`)).json().items;
    expect(approvals).toHaveLength(1);
    expect(approvals[0].snapshot.visits.map((v: { id: string }) => v.id)[0]).toBe(first.id);
    expect(approvals[0].snapshot.visits[0]).toMatchObject({
      applicant: { name: expect.stringContaining('Заявник'), phone: '+380671234567' },
      intercom: '12',
      accessNotes: 'Собака у дворі',
      services: [{ name: 'Реєстрація місця проживання', documents: ['Паспорт'] }],
    });
    expect((await approve(draft.version)).json().error.code).toBe('plan.nothing_to_approve');
  });

  it('needs a reason to send a kit that is not ready, and records it', async () => {
    const { kam, head, technician, place, plan, approve } = await setup();
    await place('10:00', '11:00');
    await technician.post('/api/v1/kit-checks', {
      kitId: kam.centre.kitId,
      day,
      items: { ...allDone, paper: false },
    });
    const { version, kits } = await plan();
    expect(kits[0]).toMatchObject({ ready: false, missing: ['paper'] });
    const refused = await approve(version);
    expect(refused.json().error.message).toContain('paper');
    expect((await approve(version, { kitNotReadyReason: 'Папір куплять дорогою' })).statusCode).toBe(200);
    const [approval] = (await head.get(`/api/v1/plans/${day}/approvals`)).json().items;
    expect(approval.kitReasons).toEqual([{ kitId: kam.centre.kitId, reason: 'Папір куплять дорогою' }]);
  });

  it('refuses approval while a needed escort or witness is not assigned', async () => {
    const { kam, operator, place, plan, approve } = await setup({ witness: true, security: true });
    const visit = await place('10:00', '11:00');
    const draft = await plan();
    expect(draft.issues).toEqual([
      { visitId: visit.id, kind: 'needs_unassigned', needs: ['escort', 'witness'] },
    ]);
    const refused = await approve(draft.version, { kitNotReadyReason: 'x' });
    expect(refused.json().error).toMatchObject({ code: 'plan.needs_unassigned' });
    expect(refused.json().error.message).toContain(visit.requestNumber);
    const witness = await makePerson(t.db, { centreId: kam.centre.id }, ['operator']);
    const changed = await operator.patch(`/api/v1/visits/${visit.id}`, {
      version: visit.version,
      companions: [
        { kind: 'escort', name: 'Охоронна служба «Щит»', organisation: 'ТОВ «Щит»' },
        { kind: 'witness', personId: witness.actor.personId },
      ],
    });
    expect(changed.statusCode).toBe(200);
    const ready = await plan();
    expect(ready.issues).toEqual([]);
    expect((await approve(ready.version, { kitNotReadyReason: 'x' })).statusCode).toBe(200);
  });

  it('marks a change after approval, audits it, keeps the snapshot, and approves again', async () => {
    const { kam, head, operator, place, plan, approve } = await setup();
    const visit = await place('10:00', '11:00');
    await approve((await plan()).version, { kitNotReadyReason: 'x' });
    const moved = await operator.patch(`/api/v1/visits/${visit.id}`, {
      version: visit.version,
      startTime: '14:00',
      endTime: '15:00',
    });
    expect(moved.statusCode).toBe(200);
    const changed = await plan();
    expect(changed).toMatchObject({ state: 'changed', approvals: 1 });
    const trail = (await head.get('/api/v1/audit?recordType=plan'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(trail).toEqual(expect.arrayContaining(['plan.approved', 'plan.changed_after_approval']));

    const [kept] = (await head.get(`/api/v1/plans/${day}/approvals`)).json().items;
    expect(kept.snapshot.visits[0].startTime).toBe('10:00');
    await expect(
      sql`UPDATE plan_approvals SET day = day WHERE id = ${kept.id}`.execute(t.db),
    ).rejects.toThrow(/append-only/);

    await approve(changed.version, { kitNotReadyReason: 'x' });
    const approvals = (await head.get(`/api/v1/plans/${day}/approvals`)).json().items;
    expect(approvals.map((a: { number: number }) => a.number)).toEqual([2, 1]);
    expect(approvals[0].snapshot.visits[0].startTime).toBe('14:00');
    expect(approvals[1].snapshot.visits[0].startTime).toBe('10:00');
    expect(kam.centre.id).toBeTruthy();
  });

  it('approves a whole week in one go', async () => {
    const { kam, operator, head, place } = await setup();
    await place('10:00', '11:00');
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    await operator.post('/api/v1/visits', {
      kind: 'home',
      requestId,
      day: '2027-03-04',
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
    });
    const week = (await head.get('/api/v1/plans?from=2027-03-01&to=2027-03-07')).json().items;
    expect(week).toHaveLength(7);
    const versions = Object.fromEntries(
      week
        .filter((d: { version: number }) => d.version > 0)
        .map((d: { day: string; version: number }) => [d.day, d.version]),
    );
    const approved = await head.post('/api/v1/plans/approve', {
      from: '2027-03-01',
      to: '2027-03-07',
      versions,
      kitNotReadyReason: 'x',
    });
    expect(approved.json().items.map((d: { day: string }) => d.day)).toEqual([day, '2027-03-04']);
  });

  it('keeps plans, kit checks and routes apart between centres', async () => {
    const { kam, place, technician } = await setup();
    await place('10:00', '11:00');
    const pyr = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const pyrHead = await signIn(app, pyr.head.login, TEST_PASSWORD);
    expect((await pyrHead.get(`/api/v1/plans/${day}`)).json()).toMatchObject({ visitCount: 0, visits: [] });
    expect((await pyrHead.get(`/api/v1/plans/${day}/approvals`)).json().items).toEqual([]);
    await technician.post('/api/v1/kit-checks', { kitId: kam.centre.kitId, day, items: allDone });
    for (const response of [
      await pyrHead.post('/api/v1/kit-checks', { kitId: kam.centre.kitId, day, items: allDone }),
      await pyrHead.get(`/api/v1/kit-checks?day=${day}&kitId=${kam.centre.kitId}`),
      await pyrHead.post(`/api/v1/plans/${day}/route`, { kitId: kam.centre.kitId }),
    ])
      expect(response.json().error.code).toBe('not_found');
    expect((await pyrHead.get(`/api/v1/kit-checks?day=${day}`)).json().items).toEqual([]);
  });

  it('suggests a route and applies it at the plan version', async () => {
    const { kam, operator, place, plan } = await setup();
    const late = await place('15:00', '16:00');
    const early = await place('09:00', '10:00');
    const suggestion = await operator.post(`/api/v1/plans/${day}/route`, { kitId: kam.centre.kitId });
    expect(suggestion.statusCode).toBe(200);
    const route = suggestion.json();
    expect(route).toMatchObject({ source: 'estimate', applied: false, unplaced: [] });
    expect(route.stops.map((s: { visitId: string }) => s.visitId).sort()).toEqual([late.id, early.id].sort());
    expect(route.totalMinutes).toBeLessThanOrEqual(route.naive.totalMinutes);
    const stale = await operator.post(`/api/v1/plans/${day}/route`, {
      kitId: kam.centre.kitId,
      apply: true,
      version: 1,
    });
    expect(stale.json().error.code).toBe('plan.stale');
    const applied = await operator.post(`/api/v1/plans/${day}/route`, {
      kitId: kam.centre.kitId,
      apply: true,
      version: (await plan()).version,
    });
    expect(applied.json().applied).toBe(true);
    const visits = (await plan()).visits;
    expect(visits.map((v: { sequence: number }) => v.sequence)).toEqual([1, 2]);
    expect(visits[0].startTime).toBe(route.stops[0].startTime);
  });

  it('shows an administrator only their own visits, and the technician the day', async () => {
    const { kam, app, place, technician } = await setup();
    const own = await place('10:00', '11:00');
    const colleague = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    const head = await signIn(app, kam.head.login, TEST_PASSWORD);
    const other = (
      await head.post('/api/v1/visits', {
        kind: 'home',
        requestId,
        day,
        startTime: '12:00',
        endTime: '13:00',
        staffIds: [colleague.actor.personId],
        kitId: kam.centre.kitId,
      })
    ).json();
    const field = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    const mine = (
      await field.get(`/api/v1/visits?from=${day}&to=${day}&personId=${colleague.actor.personId}`)
    ).json().items;
    expect(mine.map((v: { id: string }) => v.id)).toEqual([own.id]);
    expect((await field.get(`/api/v1/visits/${other.id}`)).statusCode).toBe(404);
    expect((await field.get(`/api/v1/plans/${day}`)).statusCode).toBe(403);
    const board = (await technician.get(`/api/v1/plans/${day}`)).json();
    expect(board.visits).toHaveLength(2);
  });

  it('leaves exactly one of two overlapping visits posted by two planners at once', async () => {
    const { kam, head, operator } = await setup();
    const [a, b] = await Promise.all([1, 2].map(() => makeEligibleRequest(t.db, kam.centre)));
    const body = (requestId: string, startTime: string, endTime: string) => ({
      kind: 'home',
      requestId,
      day,
      startTime,
      endTime,
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
    });
    const answers = await Promise.all([
      operator.post('/api/v1/visits', body(a!.requestId, '14:00', '15:00')),
      head.post('/api/v1/visits', body(b!.requestId, '14:30', '15:30')),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((r) => r.statusCode === 409)!.json().error;
    expect(refused.code).toBe('visit.overlap_person');
    expect(refused.message).toMatch(/зайнят.*\d\d\.\d\d\.\d{4} з 14:\d\d до 15:\d\d/);
    expect((await head.get(`/api/v1/visits?from=${day}&to=${day}`)).json().items).toHaveLength(1);
  });
});
