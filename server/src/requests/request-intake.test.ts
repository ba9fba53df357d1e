import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('intake by an operator', () => {
  const t = useTestDatabase();

  async function operatorClient() {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    return { centre, app, operator };
  }

  it('records a phone request with everything the visit needs and numbers it for the centre and year', async () => {
    const { centre, operator } = await operatorClient();
    const response = await operator.post('/api/v1/requests', intakeBody(centre));
    expect(response.statusCode, response.body).toBe(201);
    const request = response.json();
    expect(request.number).toMatch(new RegExp(`^${centre.centre.code}-\\d{4}-000001$`));
    expect(request).toMatchObject({
      state: 'new',
      channel: 'phone',
      requester: { kind: 'relative', name: 'Марія Петренко', relation: 'донька' },
      applicant: { fullName: 'Петренко Ганна Іванівна', birthDate: '1938-04-12' },
      place: {
        kind: 'home',
        address: { street: 'вул. Шевченка', building: '12', intercom: '5К', inCommunity: true },
      },
      eligibility: { category: 'aged_80_plus', evidence: 'promised' },
      callerIdentification: { method: 'personal_details' },
      missing: [],
      allowedTransitions: ['eligible', 'rejected', 'cancelled'],
      riskSignals: [],
    });
    expect(request.liabilityWarning.personId).toBe(centre.operator.actor.personId);
    expect(request.personalDataNotice.personId).toBe(centre.operator.actor.personId);
    expect(request.services[0].documents.map((d: { atHand: boolean }) => d.atHand)).toEqual([true, false]);
  });
});
