import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE, intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
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

describe('intake refuses bad input, naming the field', () => {
  const t = useTestDatabase();

  async function setup() {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    return { centre, operator };
  }

  const detailsOf = (body: { error: { details: { path: string; code: string }[] } }) =>
    body.error.details.map((d) => `${d.path}:${d.code}`);

  it('requires the liability warning and the personal-data notice', async () => {
    const { centre, operator } = await setup();
    const noWarning = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, { liabilityWarning: false }),
    );
    expect(noWarning.statusCode).toBe(400);
    expect(noWarning.json().error).toMatchObject({
      code: 'requests.liability_warning_required',
      details: [{ path: 'liabilityWarning', code: 'required' }],
    });
    const noNotice = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, { personalDataNotice: false }),
    );
    expect(noNotice.json().error.code).toBe('requests.personal_data_notice_required');
    const missing = await operator.post('/api/v1/requests', {
      ...intakeBody(centre),
      liabilityWarning: undefined,
    });
    expect(detailsOf(missing.json())).toContain('liabilityWarning:invalid_type');
    const count = await t.db
      .selectFrom('requests')
      .select('id')
      .where('centre_id', '=', centre.centre.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('requires how a phone caller was identified, but not for a visit in person', async () => {
    const { centre, operator } = await setup();
    const phone = await operator.post('/api/v1/requests', intakeBody(centre, { callerIdentification: null }));
    expect(phone.json().error.code).toBe('requests.caller_identification_required');
    const inPerson = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, { channel: 'in_person', callerIdentification: null }),
    );
    expect(inPerson.statusCode).toBe(201);
  });

  it('normalises phone numbers and refuses one that cannot be, naming the field', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    const ok = await operator.post('/api/v1/requests', {
      ...body,
      requester: { ...body.requester, phone: '(050) 111-22-33' },
      applicant: { ...body.applicant, phones: ['8 067 765 43 21'] },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().requester.phone).toBe('+380501112233');
    expect(ok.json().applicant.phones).toEqual(['+380677654321']);
    const bad = await operator.post('/api/v1/requests', {
      ...body,
      requester: { ...body.requester, phone: '067 123' },
      applicant: { ...body.applicant, phones: ['+48 601 234 567'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { path: 'requester.phone', code: 'phone.length', message: expect.stringContaining('10 цифр') },
      { path: 'applicant.phones.0', code: 'phone.country', message: expect.stringContaining('+380') },
    ]);
  });

  it('refuses a birth date in the future or one that does not exist', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    for (const [birthDate, code] of [
      ['2999-01-01', 'birth_date.future'],
      ['1941-02-30', 'birth_date.not_a_date'],
      ['01.02.1941', 'birth_date.format'],
    ]) {
      const response = await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, birthDate },
      });
      expect(response.statusCode).toBe(400);
      expect(detailsOf(response.json())).toEqual([`applicant.birthDate:${code}`]);
    }
  });

  it('names every missing required field and refuses over-long text and unknown fields', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    const response = await operator.post('/api/v1/requests', {
      ...body,
      requester: { kind: 'neighbour' },
      place: { kind: 'home', address: { localityId: centre.centre.localityIds[0] } },
      notes: 'x'.repeat(2001),
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    expect(detailsOf(response.json()).sort()).toEqual(
      [
        'extra:unrecognized_keys',
        'notes:too_big',
        'place.address.building:invalid_type',
        'place.address.street:invalid_type',
        'requester.name:invalid_type',
        'requester.phone:invalid_type',
      ].sort(),
    );
    expect(
      response.json().error.details.find((d: { path: string }) => d.path === 'requester.name').message,
    ).toBe('Обов’язкове поле.');
  });

  it('asks a service with a fee for its payment method and refuses a service not delivered in the field', async () => {
    const { centre, operator } = await setup();
    const noMethod = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, {
        services: [{ serviceId: centre.paid.id, checklistReadOut: true, documentsAtHand: [] }],
      }),
    );
    expect(noMethod.json().error).toMatchObject({
      code: 'requests.payment_method_required',
      details: [{ path: 'services.0.paymentMethod', code: 'required' }],
    });
    const paid = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, {
        services: [
          {
            serviceId: centre.paid.id,
            checklistReadOut: true,
            documentsAtHand: [],
            paymentMethod: 'pos_terminal',
          },
        ],
      }),
    );
    expect(paid.json().services[0]).toMatchObject({
      paymentMethod: 'pos_terminal',
      fee: { amountKopiyky: 3400 },
    });
    const head = await signIn(await testApp(t.handle), centre.head.login, TEST_PASSWORD);
    const biometric = await head.post('/api/v1/services', {
      ...FREE_SERVICE,
      code: 'BIO',
      fieldDeliverable: false,
    });
    const refused = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, {
        services: [{ serviceId: biometric.json().id, checklistReadOut: true, documentsAtHand: [] }],
      }),
    );
    expect(refused.json().error.code).toBe('requests.service_unavailable');
  });

  it('refuses a category the centre does not serve and a document not on the service’s list', async () => {
    const { centre, operator } = await setup();
    const head = await signIn(await testApp(t.handle), centre.head.login, TEST_PASSWORD);
    await head.put('/api/v1/eligibility-categories', {
      categories: [{ code: 'everybody', enabled: false, evidence: '—' }],
    });
    const body = intakeBody(centre, { eligibility: { category: 'everybody', evidence: 'none' } });
    expect((await operator.post('/api/v1/requests', body)).json().error.code).toBe(
      'requests.category_not_offered',
    );
    const wrongDocument = await operator.post(
      '/api/v1/requests',
      intakeBody(centre, {
        services: [
          {
            serviceId: centre.free.id,
            checklistReadOut: true,
            documentsAtHand: [centre.paid.documents[0]!.id],
          },
        ],
      }),
    );
    expect(wrongDocument.json().error).toMatchObject({
      code: 'requests.unknown_document',
      details: [{ path: 'services.0.documentsAtHand.0' }],
    });
  });

  it('stores text with markup as it was typed and answers it as text', async () => {
    const { centre, operator } = await setup();
    const script = '<script>alert("x")</script> & <b>жирний</b>';
    const body = intakeBody(centre, { notes: script });
    const created = await operator.post('/api/v1/requests', {
      ...body,
      applicant: { ...body.applicant, fullName: `Іваненко <img src=x onerror=alert(1)>` },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toContain('application/json');
    expect(created.json().notes).toBe(script);
    expect(created.json().applicant.fullName).toBe('Іваненко <img src=x onerror=alert(1)>');
  });

  it('answers the stored request again when the same client id is sent twice', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre, { id: '01900000-0000-7000-8000-000000000001' });
    const first = await operator.post('/api/v1/requests', body);
    const second = await operator.post('/api/v1/requests', body);
    expect(second.statusCode).toBe(201);
    expect(second.json().number).toBe(first.json().number);
    const rows = await t.db
      .selectFrom('requests')
      .select('id')
      .where('centre_id', '=', centre.centre.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
