import { describe, expect, it } from 'vitest';
import { instantAt } from '@valiza/domain';
import { forwardEntry, recordDecision } from '../logbook/logbook-events.service.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { qualityDashboard } from './quality.service.js';

describe('quality figures from the logbook', () => {
  const t = useTestDatabase();

  it('counts forwarding by the next working day and refusals by provider', async () => {
    const c = await makeLogbookCentre(t.db);
    const actor = c.administrator.actor;
    // Received on Thursday 5 March 2026: due at the provider by Friday 6 March.
    const receivedAt = instantAt('2026-03-05', '11:00');
    const onTime = await registerApplication(t.db, c, { receivedAt });
    const late = await registerApplication(t.db, c, { receivedAt });
    const never = await registerApplication(t.db, c, { receivedAt });
    const now = instantAt('2026-03-20', '12:00');
    await forwardEntry(
      t.db,
      actor,
      onTime.id,
      { occurredAt: instantAt('2026-03-06', '09:00').toISOString(), method: 'e_registry' },
      now,
    );
    await forwardEntry(
      t.db,
      actor,
      late.id,
      { occurredAt: instantAt('2026-03-10', '09:00').toISOString(), method: 'e_registry' },
      now,
    );
    await recordDecision(
      t.db,
      actor,
      onTime.id,
      {
        occurredAt: instantAt('2026-03-12', '10:00').toISOString(),
        decision: 'refused',
        reason: 'Неповний пакет документів',
      },
      now,
    );
    const dashboard = await qualityDashboard(t.db, c.head.actor, { from: '2026-03-01', to: '2026-03-31' });
    expect(dashboard.centres[0]).toMatchObject({
      forwardingOnTime: { count: 1, of: 3 },
      providerRefusals: [{ provider: c.free.provider, count: 1 }],
    });
    expect(never.id).toBeTruthy();
  });
});
