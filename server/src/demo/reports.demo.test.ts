import { describe, expect, it } from 'vitest';
import { civilDateIn, previousQuarter } from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import { nextInSeries } from '../numbering/numbering.js';
import { publicIndicators } from '../reports/publication.service.js';
import { centreReport } from '../reports/report.service.js';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';
import { loadDemoOrg } from './org.demo.js';

describe('demo history for the reports', () => {
  const t = useTestDatabase();

  // Seeding the whole demo takes a while on a busy machine.
  it(
    'gives both centres a year of services, visits for completed requests, and one published quarter',
    { timeout: 90_000 },
    async () => {
      const today = new Date();
      await seedDemo(t.db, { today });
      await seedDemo(t.db, { today });
      const org = await loadDemoOrg(t.db);
      const head = (await actorFor(t.db, org.persons['kam.head']!, null))!;
      const last = previousQuarter(civilDateIn(today));
      const report = await centreReport(t.db, head, { period: last });
      expect(report.totals.applications).toBeGreaterThan(20);
      expect(report.topServices.length).toBeGreaterThan(1);
      const pyr = (await actorFor(t.db, org.persons['pyr.head']!, null))!;
      expect((await centreReport(t.db, pyr, { period: last })).totals.applications).toBeGreaterThan(20);
      const indicators = await publicIndicators(t.db, 'kamianske');
      expect(indicators.publications).toHaveLength(1);
      expect(indicators.publications[0]!.figures.totals.applications.count).toBeGreaterThan(4);
      // The logbook counter moved past the demo's numbers, so the field never draws one of them again.
      const year = Number(civilDateIn(today).slice(0, 4));
      const used = await t.db
        .selectFrom('applications')
        .select((eb) => eb.fn.max('number_value').as('max'))
        .where('centre_id', '=', org.centres.kamianske.id)
        .where('year', '=', year)
        .executeTakeFirstOrThrow();
      expect(
        await nextInSeries(t.db, { centreId: org.centres.kamianske.id, series: 'application', year }),
      ).toBeGreaterThan(Number(used.max));
    },
  );
});
