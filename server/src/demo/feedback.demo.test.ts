import { describe, expect, it } from 'vitest';
import { actorFor } from '../auth/auth.service.js';
import { alerts } from '../feedback/alert.service.js';
import { checkFeedbackToken } from '../feedback/public-feedback.service.js';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';
import { DEMO_FEEDBACK_TOKENS } from './feedback.demo.js';
import { loadDemoOrg } from './org.demo.js';

describe('feedback demo', () => {
  const t = useTestDatabase();

  it('leaves surveys, a register and one bribe signal for the head of Kamianske, once', async () => {
    const now = new Date();
    await seedDemo(t.db, { today: now });
    await seedDemo(t.db, { today: now });
    const org = await loadDemoOrg(t.db);
    const head = (await actorFor(t.db, org.persons['kam.head']!, null))!;
    const open = await alerts(t.db, head, 'open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'bribe_signal', source: 'survey' });
    for (const slug of ['kamianske', 'pyriatyn'] as const) {
      const centreId = org.centres[slug].id;
      const tasks = await t.db
        .selectFrom('survey_tasks')
        .select('status')
        .where('centre_id', '=', centreId)
        .execute();
      expect(tasks.some((task) => task.status === 'reached')).toBe(true);
      const items = await t.db
        .selectFrom('feedback_items')
        .select('channel')
        .where('centre_id', '=', centreId)
        .execute();
      expect(items.some((item) => item.channel === 'questionnaire')).toBe(true);
    }
    const published = await t.db
      .selectFrom('feedback_items')
      .select('status')
      .where('centre_id', '=', org.centres.kamianske.id)
      .where('kind', '=', 'proposal')
      .executeTakeFirstOrThrow();
    expect(published.status).toBe('published');
    await expect(checkFeedbackToken(t.db, DEMO_FEEDBACK_TOKENS.kamianske[0])).resolves.toMatchObject({
      centreName: expect.any(String),
    });
    await expect(checkFeedbackToken(t.db, DEMO_FEEDBACK_TOKENS.kamianske[2])).rejects.toMatchObject({
      code: 'feedback.token_invalid',
    });
  }, 120_000);
});
