import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { useTestDatabase } from '../test/test-db.js';
import { changeOutreachSchedule, createOutreachSchedule, listOutreachSessions } from './outreach.service.js';
import { getVisit } from './visit-queries.js';
import { placeVisit } from './visit.service.js';

const today = '2027-03-01';
const thursday = '2027-03-04';

describe('changing an outreach schedule with people booked', () => {
  const t = useTestDatabase();

  /** Thursdays 10:00–12:00 in March 2027, and one request of `minutes` booked into the first one. */
  async function bookedThursday(minutes = 30) {
    const kam = await makeCentreWithStaff(t.db);
    const body = {
      outreachPointId: kam.centre.outreachPointId,
      rule: { frequency: 'weekly' as const, weekday: 4 },
      startTime: '10:00',
      endTime: '12:00',
      validFrom: today,
      validUntil: '2027-03-31',
      exceptions: [],
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      active: true,
    };
    const schedule = await createOutreachSchedule(t.db, kam.head.actor, body, today);
    const [session] = await listOutreachSessions(t.db, kam.operator.actor, { from: thursday, to: thursday });
    const { requestId } = await makeEligibleRequest(t.db, kam.centre, { minutes });
    const visit = await placeVisit(t.db, kam.operator.actor, {
      kind: 'outreach',
      requestId,
      outreachSessionId: session!.id,
    });
    return { kam, body, schedule, session: session!, visit };
  }

  const notices = (visitId: string) =>
    t.db
      .selectFrom('sms_outbox')
      .select(['kind', 'body'])
      .where('visit_id', '=', visitId)
      .orderBy('id')
      .execute();

  it('moves the booked visits with their session and tells the applicants the new time', async () => {
    const { kam, body, schedule, visit } = await bookedThursday();
    await changeOutreachSchedule(
      t.db,
      kam.head.actor,
      schedule.id,
      { ...body, startTime: '13:00', endTime: '15:00', version: 1 },
      today,
    );
    const moved = await getVisit(t.db, kam.operator.actor, visit.id);
    expect(moved).toMatchObject({
      status: 'planned',
      day: thursday,
      startTime: '13:00',
      endTime: '15:00',
      version: visit.version + 1,
    });
    const sent = await notices(visit.id);
    expect(sent.map((n) => n.kind)).toEqual(['scheduled', 'changed']);
    expect(sent[1]!.body).toContain('з 13:00 до 15:00');
  });

  it('refuses a window too short for the minutes already booked, and changes nothing', async () => {
    const { kam, body, schedule, visit } = await bookedThursday(90);
    await expect(
      changeOutreachSchedule(
        t.db,
        kam.head.actor,
        schedule.id,
        { ...body, endTime: '11:00', version: 1 },
        today,
      ),
    ).rejects.toMatchObject({
      code: 'outreach.session_too_short',
      params: { date: '04.03.2027', booked: 90, capacity: 60 },
    });
    expect(await getVisit(t.db, kam.operator.actor, visit.id)).toMatchObject({
      endTime: '12:00',
      version: visit.version,
    });
    const [session] = await listOutreachSessions(t.db, kam.operator.actor, { from: thursday, to: thursday });
    expect(session).toMatchObject({ endTime: '12:00' });
  });

  it('gives the booked visits a new crew without telling anybody', async () => {
    const { kam, body, schedule, visit } = await bookedThursday();
    const other = await makePerson(t.db, { centreId: kam.centre.id }, ['administrator']);
    const changed = await changeOutreachSchedule(
      t.db,
      kam.head.actor,
      schedule.id,
      { ...body, staffIds: [other.actor.personId], version: 1 },
      today,
    );
    expect(changed).toMatchObject({ staffIds: [other.actor.personId], version: 2 });
    expect(await getVisit(t.db, kam.operator.actor, visit.id)).toMatchObject({
      startTime: '10:00',
      staffIds: [other.actor.personId],
    });
    expect((await notices(visit.id)).map((n) => n.kind)).toEqual(['scheduled']);
  });
});
