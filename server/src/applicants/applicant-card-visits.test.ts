import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createOutreachSchedule, listOutreachSessions } from '../scheduling/outreach.service.js';
import { placeVisit } from '../scheduling/visit.service.js';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe("the applicant's card: visits", () => {
  const t = useTestDatabase();

  /** A centre, one applicant with two requests, each placed at home on its own day. */
  async function applicantWithVisits() {
    const kam = await makeCentreWithStaff(t.db);
    const first = await makeEligibleRequest(t.db, kam.centre);
    const { applicantId } = await t.db
      .selectFrom('requests')
      .select('applicant_id as applicantId')
      .where('id', '=', first.requestId)
      .executeTakeFirstOrThrow();
    const second = await makeEligibleRequest(t.db, kam.centre);
    await t.db
      .updateTable('requests')
      .set({ applicant_id: applicantId })
      .where('id', '=', second.requestId)
      .execute();
    const home = (requestId: string, day: string) => ({
      kind: 'home' as const,
      requestId,
      day,
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      companions: [],
    });
    const done = await placeVisit(t.db, kam.operator.actor, home(first.requestId, '2027-03-02'));
    const later = await placeVisit(t.db, kam.operator.actor, home(second.requestId, '2027-03-09'));
    const app = await testApp(t.handle);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    return { kam, app, operator, applicantId, first, second, done, later };
  }

  it('lists every visit with its window, administrators, cancellation and outcome', async () => {
    const { kam, operator, applicantId, first, second, done, later } = await applicantWithVisits();
    const cancelled = await operator.post(`/api/v1/visits/${later.id}/cancel`, {
      version: later.version,
      reason: 'Заявниця в лікарні',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await sql`INSERT INTO visit_reports (visit_id, centre_id, request_id, administrator_id, outcome, finished_at)
      VALUES (${done.id}, ${kam.centre.id}, ${first.requestId}, ${kam.administrator.actor.personId},
        'cancelled', now())`.execute(t.db);
    await sql`UPDATE visit_reports SET cancel_reason = 'absent' WHERE visit_id = ${done.id}`.execute(t.db);

    const card = await operator.get(`/api/v1/applicants/${applicantId}`);
    expect(card.statusCode, card.body).toBe(200);
    const administrator = {
      id: kam.administrator.actor.personId,
      name: expect.stringContaining('Особа'),
    };
    expect(card.json().visits).toEqual([
      {
        id: later.id,
        requestId: second.requestId,
        requestNumber: second.number,
        kind: 'home',
        status: 'cancelled',
        day: '2027-03-09',
        startTime: '10:00',
        endTime: '11:00',
        administrators: [administrator],
        cancelReason: 'Заявниця в лікарні',
        outcome: null,
        outcomeReason: null,
      },
      {
        id: done.id,
        requestId: first.requestId,
        requestNumber: first.number,
        kind: 'home',
        status: 'planned',
        day: '2027-03-02',
        startTime: '10:00',
        endTime: '11:00',
        administrators: [administrator],
        cancelReason: null,
        outcome: 'cancelled',
        outcomeReason: 'absent',
      },
    ]);
  });

  it("names an outreach visit's administrators from its session's crew", async () => {
    const { kam, operator, applicantId } = await applicantWithVisits();
    const sessionAdmin = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    await createOutreachSchedule(
      t.db,
      kam.head.actor,
      {
        outreachPointId: kam.centre.outreachPointId,
        rule: { frequency: 'weekly', weekday: 4 },
        startTime: '12:00',
        endTime: '14:00',
        validFrom: '2027-03-01',
        validUntil: '2027-03-31',
        exceptions: [],
        staffIds: [sessionAdmin.actor.personId],
        kitId: kam.centre.kitId,
        active: true,
      },
      '2027-03-01',
    );
    const [session] = await listOutreachSessions(t.db, kam.operator.actor, {
      from: '2027-03-04',
      to: '2027-03-04',
    });
    const third = await makeEligibleRequest(t.db, kam.centre);
    await t.db
      .updateTable('requests')
      .set({ applicant_id: applicantId })
      .where('id', '=', third.requestId)
      .execute();
    const booked = await placeVisit(t.db, kam.operator.actor, {
      kind: 'outreach',
      requestId: third.requestId,
      outreachSessionId: session!.id,
    });
    const visits = (await operator.get(`/api/v1/applicants/${applicantId}`)).json().visits;
    expect(visits.map((v: { id: string }) => v.id)).toEqual([
      expect.any(String),
      booked.id,
      expect.any(String),
    ]);
    expect(visits[1]).toMatchObject({
      kind: 'outreach',
      status: 'planned',
      day: '2027-03-04',
      startTime: '12:00',
      endTime: '14:00',
      requestNumber: third.number,
      administrators: [{ id: sessionAdmin.actor.personId, name: expect.any(String) }],
    });
  });

  it('describes the visits of the card in the OpenAPI document', async () => {
    const app = await testApp(t.handle);
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const card = doc.paths['/api/v1/applicants/{id}'].get.responses['200'].content['application/json'].schema;
    const visit = card.properties.visits.items;
    expect(card.required).toContain('visits');
    expect(Object.keys(visit.properties)).toEqual(
      expect.arrayContaining(['day', 'startTime', 'endTime', 'status', 'administrators', 'outcome']),
    );
  });

  it("answers another centre's applicant with a plain 404 and shows none of its visits", async () => {
    const { app, applicantId } = await applicantWithVisits();
    const pyr = await makeCentreWithStaff(t.db);
    const own = await makeEligibleRequest(t.db, pyr.centre);
    const pyrOperator = await signIn(app, pyr.operator.login, TEST_PASSWORD);
    const foreign = await pyrOperator.get(`/api/v1/applicants/${applicantId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('not_found');
    expect(foreign.body).not.toMatch(/2027-03-0|Особа/);
    const { applicantId: ownId } = await t.db
      .selectFrom('requests')
      .select('applicant_id as applicantId')
      .where('id', '=', own.requestId)
      .executeTakeFirstOrThrow();
    const ownCard = await pyrOperator.get(`/api/v1/applicants/${ownId}`);
    expect(ownCard.statusCode).toBe(200);
    expect(ownCard.json().visits).toEqual([]);
  });
});
