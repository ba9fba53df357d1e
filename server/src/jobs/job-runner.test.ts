import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { useTestDatabase } from '../test/test-db.js';
import { placeVisit } from '../scheduling/visit.service.js';
import { outboxProvider } from '../notifications/sms-provider.js';
import { isQuietHour, startJobs } from './job-runner.js';

describe('background jobs', () => {
  const t = useTestDatabase();

  it('sends queued messages and queues tomorrow’s reminders until stopped', async () => {
    const kam = await makeCentreWithStaff(t.db);
    const { requestId } = await makeEligibleRequest(t.db, kam.centre);
    const visit = await placeVisit(t.db, kam.operator.actor, {
      kind: 'home',
      requestId,
      day: '2027-03-02',
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      companions: [],
    });
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const noonBefore = new Date('2027-03-01T10:00:00Z');
    const jobs = startJobs(t.db, {
      provider: outboxProvider(log),
      log,
      smsEveryMs: 20,
      dailyEveryMs: 20,
      firstRunAfterMs: 0,
      now: () => noonBefore,
    });
    const kinds = () =>
      t.db
        .selectFrom('sms_outbox')
        .select(['kind', 'status'])
        .where('visit_id', '=', visit.id)
        .orderBy('kind')
        .execute();
    for (let i = 0; i < 100; i++) {
      const rows = await kinds();
      if (rows.length === 2 && rows.every((r) => r.status === 'sent')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await jobs.stop();
    expect(await kinds()).toEqual([
      { kind: 'reminder', status: 'sent' },
      { kind: 'scheduled', status: 'sent' },
    ]);
  });

  it('keeps text messages for the morning', () => {
    expect(isQuietHour(new Date('2027-03-01T20:30:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2027-03-01T05:30:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2027-03-01T07:00:00Z'))).toBe(false);
  });
});
