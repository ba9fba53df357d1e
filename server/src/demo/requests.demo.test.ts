import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import { listDuplicates } from '../applicants/applicant.service.js';
import { listCentreRequests } from '../requests/request-list.service.js';
import { useTestDatabase } from '../test/test-db.js';
import { seedDemo } from './demo.js';
import { KAMIANSKE_REQUESTS } from './requests.demo.kamianske.js';
import { PYRIATYN_REQUESTS } from './requests.demo.pyriatyn.js';

/**
 * The requests this seeder made: those of its own invented people. Other areas' seeders (planning,
 * visits) may add requests or move these on, so the test never counts the whole table.
 */
const OWN = [...KAMIANSKE_REQUESTS, ...PYRIATYN_REQUESTS];
const ownKey = (slug: string, name: string) => `${slug}|${name}`;
const OWN_KEYS = new Set(OWN.map((r) => ownKey(r.centre, r.applicant)));

describe('demo catalogue and requests', () => {
  const t = useTestDatabase();

  it('fills both centres with requests in every state, some with risk signals, once', async () => {
    const today = new Date();
    await seedDemo(t.db, { today });
    await seedDemo(t.db, { today });
    const all = await t.db
      .selectFrom('requests as r')
      .innerJoin('centres as c', 'c.id', 'r.centre_id')
      .innerJoin('applicants as a', 'a.id', 'r.applicant_id')
      .select(['r.id', 'c.slug', 'r.number', 'a.full_name'])
      .execute();
    const rows = all.filter((r) => OWN_KEYS.has(ownKey(r.slug, r.full_name)));
    // Seeded twice, yet each demo request exists once.
    expect(OWN.length).toBe(40);
    expect(rows.length).toBe(OWN.length);
    // Every state was reached in each centre; the history keeps it even when planning or visits
    // move a demo request on later.
    const reached = await t.db
      .selectFrom('request_state_changes')
      .select(['request_id', 'to_state'])
      .where(
        'request_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    for (const slug of ['kamianske', 'pyriatyn'] as const) {
      const ids = new Set(rows.filter((r) => r.slug === slug).map((r) => r.id));
      expect(new Set(reached.filter((c) => ids.has(c.request_id)).map((c) => c.to_state)), slug).toEqual(
        new Set(REQUEST_STATES),
      );
    }
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
    const pyrOwn = pyr.items.filter((i) => OWN_KEYS.has(ownKey('pyriatyn', i.applicantName)));
    expect(pyrOwn).toHaveLength(PYRIATYN_REQUESTS.length);
    expect(pyr.items.every((i) => i.number.startsWith('ПИР-'))).toBe(true);
    expect(new Set(pyr.items.flatMap((i) => i.riskSignals.map((s) => s.code)))).toContain(
      'incident_false_call',
    );
    const duplicates = await listDuplicates(t.db, await actor('kam.head'));
    expect(duplicates.map((g) => g.applicants[0]!.fullName)).toContain('Литвиненко Марія Іванівна');
  });
});
