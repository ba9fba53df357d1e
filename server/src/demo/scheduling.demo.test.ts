import { describe, expect, it } from 'vitest';
import { civilDateIn } from '@valiza/domain';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';
import { loadDemoOrg } from './org.demo.js';

describe('scheduling demo', () => {
  const t = useTestDatabase();

  it('plans and approves a week for both centres, today included, once', async () => {
    const now = new Date();
    await seedDemo(t.db, { today: now });
    await seedDemo(t.db, { today: now });
    const org = await loadDemoOrg(t.db);
    const today = civilDateIn(now);
    for (const [slug, field] of [
      ['kamianske', 'kam.field'],
      ['pyriatyn', 'pyr.field'],
    ] as const) {
      const centreId = org.centres[slug].id;
      const plan = await t.db
        .selectFrom('plan_approvals')
        .select(['snapshot'])
        .where('centre_id', '=', centreId)
        .where('day', '=', today)
        .executeTakeFirstOrThrow();
      const visits = (plan.snapshot as { visits: { staffIds: string[] }[] }).visits;
      // A few visits today, so the whole field day can be tried at once.
      expect(visits.length).toBeGreaterThanOrEqual(2);
      expect(visits.every((v) => v.staffIds.includes(org.persons[field]!))).toBe(true);
      const sessions = await t.db
        .selectFrom('outreach_sessions')
        .select('id')
        .where('centre_id', '=', centreId)
        .execute();
      expect(sessions.length).toBeGreaterThanOrEqual(8);
      const waiting = await t.db
        .selectFrom('requests')
        .select('id')
        .where('centre_id', '=', centreId)
        .where('state', '=', 'eligible')
        .execute();
      expect(waiting.length).toBeGreaterThan(0);
      const outbox = await t.db
        .selectFrom('sms_outbox')
        .select('id')
        .where('centre_id', '=', centreId)
        .execute();
      expect(outbox.length).toBeGreaterThan(0);
      const checks = await t.db
        .selectFrom('kit_checks')
        .select('ready')
        .where('centre_id', '=', centreId)
        .where('day', '=', today)
        .execute();
      expect(checks).toEqual([{ ready: true }]);
    }
    const promisedWithoutVisit = await t.db
      .selectFrom('requests as r')
      .select('r.id')
      .where('r.state', '=', 'scheduled')
      .where('r.planned_date', '>=', today)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('visits as v')
              .whereRef('v.request_id', '=', 'r.id')
              .where('v.status', '=', 'planned'),
          ),
        ),
      )
      .execute();
    expect(promisedWithoutVisit).toEqual([]);
    const plans = await t.db
      .selectFrom('plans')
      .select(['state'])
      .where('state', '!=', 'approved')
      .where('day', '=', today)
      .execute();
    expect(plans).toEqual([]);
    // The whole demo is seeded twice: on a busy machine this takes longer than a unit test.
  }, 90_000);
});
