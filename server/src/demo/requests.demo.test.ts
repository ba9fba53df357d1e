import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import { listDuplicates } from '../applicants/applicant.service.js';
import { listCentreRequests } from '../requests/request-list.service.js';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';

describe('demo catalogue and requests', () => {
  const t = useTestDatabase();

  it('fills both centres with requests in every state, some with risk signals, once', async () => {
    const today = new Date();
    await seedDemo(t.db, { today });
    await seedDemo(t.db, { today });
    const rows = await t.db
      .selectFrom('requests as r')
      .innerJoin('centres as c', 'c.id', 'r.centre_id')
      .select(['c.slug', 'r.state', 'r.number'])
      .execute();
    expect(rows.length).toBe(40);
    for (const slug of ['kamianske', 'pyriatyn'])
      expect(new Set(rows.filter((r) => r.slug === slug).map((r) => r.state))).toEqual(
        new Set(REQUEST_STATES),
      );
    expect(rows.filter((r) => r.slug === 'kamianske').every((r) => r.number.startsWith('КАМ-'))).toBe(true);
    const services = await t.db
      .selectFrom('services')
      .select(['demonstration', 'field_deliverable'])
      .execute();
    expect(services.length).toBe(22);
    expect(services.every((s) => s.demonstration)).toBe(true);

    const persons = await t.db.selectFrom('persons').select(['id', 'login']).execute();
    const actor = async (login: string) =>
      (await actorFor(t.db, persons.find((p) => p.login === login)!.id, null))!;
    const kam = await listCentreRequests(t.db, await actor('kam.operator'), { order: 'oldest', limit: 100 });
    const codes = new Set(kam.items.flatMap((i) => i.riskSignals.map((s) => s.code)));
    for (const code of [
      'phone_many_requests',
      'age_below_80',
      'address_outside_community',
      'not_registered_in_community',
      'incident_aggression',
      'incident_doubtful_capacity',
      'open_request_same_applicant',
    ])
      expect(codes, code).toContain(code);
    const pyr = await listCentreRequests(t.db, await actor('pyr.operator'), { order: 'oldest', limit: 100 });
    expect(pyr.items).toHaveLength(16);
    expect(pyr.items.every((i) => i.number.startsWith('ПИР-'))).toBe(true);
    expect(new Set(pyr.items.flatMap((i) => i.riskSignals.map((s) => s.code)))).toContain(
      'incident_false_call',
    );
    const duplicates = await listDuplicates(t.db, await actor('kam.head'));
    expect(duplicates.map((g) => g.applicants[0]!.fullName)).toContain('Литвиненко Марія Іванівна');
  });
});
