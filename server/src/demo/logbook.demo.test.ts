import { describe, expect, it } from 'vitest';
import { dashboardOf } from '../logbook/logbook-read.service.js';
import { verifyCentreChain } from '../logbook/logbook-verify.service.js';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';
import { loadDemoOrg } from './org.demo.js';

describe('logbook demo', () => {
  const t = useTestDatabase();

  it(
    'gives both centres months of history with refusals and overdue entries, chained intact, once',
    { timeout: 180_000 },
    async () => {
      const now = new Date();
      await seedDemo(t.db, { today: now });
      await seedDemo(t.db, { today: now });
      const org = await loadDemoOrg(t.db);
      for (const slug of ['kamianske', 'pyriatyn'] as const) {
        const centreId = org.centres[slug].id;
        const statuses = await t.db
          .selectFrom('logbook_status')
          .select(['status', 'decision', 'received_at'])
          .where('centre_id', '=', centreId)
          .execute();
        expect(statuses.length).toBeGreaterThan(50);
        expect(statuses.some((s) => s.decision === 'refused')).toBe(true);
        expect(statuses.some((s) => s.status === 'delivered')).toBe(true);
        const oldest = Math.min(...statuses.map((s) => s.received_at.getTime()));
        expect(now.getTime() - oldest).toBeGreaterThan(60 * 86_400_000);
        const board = await dashboardOf(t.db, centreId, now);
        expect(board.overdueForward.length + board.overdueProvider.length).toBeGreaterThan(0);
        const centre = await t.db
          .selectFrom('centres')
          .select(['id', 'code'])
          .where('id', '=', centreId)
          .executeTakeFirstOrThrow();
        expect((await verifyCentreChain(t.db, centre)).ok).toBe(true);
      }
    },
  );
});
