import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.js';
import { freshPhone, intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('applicants', () => {
  const t = useTestDatabase();

  async function setup() {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const head = await signIn(app, centre.head.login, TEST_PASSWORD);
    return { centre, app, operator, head };
  }

  it('finds applicants by name, phone and address, and keeps phones normalised', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    const created = (
      await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, fullName: 'Гончаренко Іван', phones: ['(067) 700 11 22'] },
      })
    ).json();
    await operator.post('/api/v1/requests', intakeBody(centre));
    for (const q of ['гончаренко', '+380677001122', '067-700-11-22', '1122', 'шевченка 12']) {
      const items = (await operator.get(`/api/v1/applicants?q=${encodeURIComponent(q)}`)).json().items;
      const ids = items.map((a: { id: string }) => a.id);
      expect(ids, q).toContain(created.applicant.id);
      if (q !== 'шевченка 12') expect(ids, q).toHaveLength(1);
    }
    const [item] = (await operator.get('/api/v1/applicants?q=гончаренко')).json().items;
    expect(item).toMatchObject({ phones: ['+380677001122'], openRequests: 1 });
    expect(item.lastAddress).toContain('вул. Шевченка, 12, кв. 5');
  });

  it('records every opening of a card in the audit trail, without personal data', async () => {
    const { centre, operator } = await setup();
    const request = (await operator.post('/api/v1/requests', intakeBody(centre))).json();
    const card = await operator.get(`/api/v1/applicants/${request.applicant.id}`);
    expect(card.statusCode).toBe(200);
    expect(card.json().requests).toEqual([
      expect.objectContaining({
        id: request.id,
        number: request.number,
        state: 'new',
        services: ['Реєстрація місця проживання'],
      }),
    ]);
    await operator.get(`/api/v1/requests/${request.id}`);
    const views = await t.db
      .selectFrom('audit_log')
      .select(['action', 'record_type', 'record_id', 'actor_id', 'details'])
      .where('action', '=', 'view')
      .where('centre_id', '=', centre.centre.id)
      .orderBy('id')
      .execute();
    expect(views).toEqual([
      {
        action: 'view',
        record_type: 'applicant',
        record_id: request.applicant.id,
        actor_id: centre.operator.actor.personId,
        details: null,
      },
      {
        action: 'view',
        record_type: 'request',
        record_id: request.id,
        actor_id: centre.operator.actor.personId,
        details: null,
      },
    ]);
    const all = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('centre_id', '=', centre.centre.id)
      .execute();
    expect(JSON.stringify(all)).not.toMatch(/Петренко|Шевченка|\+380/);
  });

  it('lists likely duplicates and lets the head merge them without losing history', async () => {
    const { centre, operator, head } = await setup();
    const shared = freshPhone();
    const body = intakeBody(centre);
    const first = (await operator.post('/api/v1/requests', body)).json();
    const second = (await operator.post('/api/v1/requests', intakeBody(centre))).json();
    const third = (
      await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, fullName: 'Інша Особа', birthDate: '1941-01-01', phones: [shared] },
      })
    ).json();
    const fourth = (
      await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, fullName: 'Ще Одна', birthDate: '1942-01-01', phones: [shared] },
      })
    ).json();
    expect((await operator.get('/api/v1/applicants/duplicates')).statusCode).toBe(403);
    const groups = (await head.get('/api/v1/applicants/duplicates')).json().items;
    const ids = (g: { applicants: { id: string }[] }) => g.applicants.map((a) => a.id).sort();
    expect(groups.map((g: { reason: string }) => g.reason)).toEqual(['name_and_birth_date', 'phone']);
    expect(ids(groups[0])).toEqual([first.applicant.id, second.applicant.id].sort());
    expect(ids(groups[1])).toEqual([third.applicant.id, fourth.applicant.id].sort());

    expect(
      (
        await operator.post(`/api/v1/applicants/${first.applicant.id}/merge`, {
          mergeIds: [second.applicant.id],
        })
      ).statusCode,
    ).toBe(403);
    const merged = await head.post(`/api/v1/applicants/${first.applicant.id}/merge`, {
      mergeIds: [second.applicant.id],
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(
      merged
        .json()
        .requests.map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    expect(merged.json().mergedFrom).toEqual([second.applicant.id]);
    expect(merged.json().applicant.phones).toHaveLength(2);
    const old = await t.db
      .selectFrom('applicants')
      .select(['merged_into', 'full_name'])
      .where('id', '=', second.applicant.id)
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ merged_into: first.applicant.id, full_name: 'Петренко Ганна Іванівна' });
    const again = await head.post(`/api/v1/applicants/${first.applicant.id}/merge`, {
      mergeIds: [second.applicant.id],
    });
    expect(again.json().error.code).toBe('applicants.merge_invalid');
    const self = await head.post(`/api/v1/applicants/${first.applicant.id}/merge`, {
      mergeIds: [first.applicant.id],
    });
    expect(self.json().error.code).toBe('applicants.merge_invalid');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'record_id'])
      .where('action', 'like', 'applicant.merged%')
      .where('centre_id', '=', centre.centre.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'applicant.merged_into', record_id: second.applicant.id },
      { action: 'applicant.merged', record_id: first.applicant.id },
    ]);
    const groupsAfter = (await head.get('/api/v1/applicants/duplicates')).json().items;
    expect(groupsAfter.map((g: { reason: string }) => g.reason)).toEqual(['phone']);
  });

  it('corrects an applicant with optimistic concurrency and refuses a merged one', async () => {
    const { centre, operator, head } = await setup();
    const a = (await operator.post('/api/v1/requests', intakeBody(centre))).json().applicant;
    const b = (await operator.post('/api/v1/requests', intakeBody(centre))).json().applicant;
    const card = (await operator.get(`/api/v1/applicants/${a.id}`)).json().applicant;
    const change = {
      version: card.version,
      fullName: 'Петренко Анна Іванівна',
      birthDate: '1938-04-12',
      phones: ['0501234567'],
      registeredInCommunity: true,
    };
    const ok = await operator.put(`/api/v1/applicants/${a.id}`, change);
    expect(ok.json()).toMatchObject({
      fullName: 'Петренко Анна Іванівна',
      phones: ['+380501234567'],
      version: card.version + 1,
    });
    expect((await operator.put(`/api/v1/applicants/${a.id}`, change)).json().error.code).toBe('conflict');
    await head.post(`/api/v1/applicants/${a.id}/merge`, { mergeIds: [b.id] });
    const bCard = (await operator.get(`/api/v1/applicants/${b.id}`)).json().applicant;
    const refused = await operator.put(`/api/v1/applicants/${b.id}`, { ...change, version: bCard.version });
    expect(refused.json().error.code).toBe('applicants.merged');
  });
});
