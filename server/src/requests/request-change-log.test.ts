import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

/**
 * A correction of a request or its applicant is logged for field devices in the same transaction:
 * the `field_visit` they hold follows both (see `applications/field-visit.entity.ts`).
 */
describe('corrections logged for the field', () => {
  const t = useTestDatabase();

  const logged = (entity: string, id: string) =>
    t.db
      .selectFrom('change_log')
      .select(['centre_id', 'op'])
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .execute();

  it('records a change of the request and of the applicant when the office corrects them', async () => {
    const kam = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const body = intakeBody(kam);
    const request = (await operator.post('/api/v1/requests', body)).json();
    expect(await logged('request', request.id)).toEqual([]);

    const place = { ...body.place, address: { ...body.place.address!, routeNotes: 'Хвіртка з боку саду' } };
    const changed = await operator.put(`/api/v1/requests/${request.id}`, {
      ...body,
      place,
      version: request.version,
      channel: undefined,
      decision: undefined,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await logged('request', request.id)).toEqual([{ centre_id: kam.centre.id, op: 'upsert' }]);

    const applicantId = changed.json().applicant.id as string;
    const card = (await operator.get(`/api/v1/applicants/${applicantId}`)).json();
    const corrected = await operator.put(`/api/v1/applicants/${applicantId}`, {
      version: card.applicant.version,
      fullName: card.applicant.fullName,
      birthDate: card.applicant.birthDate,
      phones: ['+380501112233'],
      registeredInCommunity: card.applicant.registeredInCommunity,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(await logged('applicant', applicantId)).toEqual([{ centre_id: kam.centre.id, op: 'upsert' }]);
  });
});
