import { describe, expect, it } from 'vitest';
import { civilDateIn } from '@valiza/domain';
import { insertIncident } from '../applicants/incident.repository.js';
import { TEST_PASSWORD } from '../test/factories.js';
import { freshPhone, intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { signIn, testApp, type Client } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('work lists and risk signals', () => {
  const t = useTestDatabase();

  async function setup() {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    return { centre, operator };
  }

  const numbers = async (client: Client, query: string) =>
    (await client.get(`/api/v1/requests?${query}`)).json().items.map((i: { number: string }) => i.number);
  const signalCodes = (request: { riskSignals: { code: string }[] }) =>
    request.riskSignals.map((s) => s.code);

  it('gives the queue of new requests oldest first and filters by state, category, locality and service', async () => {
    const { centre, operator } = await setup();
    const a = (await operator.post('/api/v1/requests', intakeBody(centre))).json();
    const body = intakeBody(centre, {
      eligibility: { category: 'disability_group_1', evidence: 'seen' },
      services: [
        { serviceId: centre.paid.id, checklistReadOut: true, documentsAtHand: [], paymentMethod: 'fast_pay' },
      ],
    });
    const b = (
      await operator.post('/api/v1/requests', {
        ...body,
        place: { kind: 'home', address: { ...body.place.address, localityId: centre.centre.localityIds[1] } },
      })
    ).json();
    const c = (
      await operator.post('/api/v1/requests', intakeBody(centre, { decision: { outcome: 'eligible' } }))
    ).json();
    expect(await numbers(operator, 'state=new&order=oldest')).toEqual([a.number, b.number]);
    expect(await numbers(operator, 'order=newest')).toEqual([c.number, b.number, a.number]);
    expect(await numbers(operator, 'state=eligible')).toEqual([c.number]);
    expect(await numbers(operator, 'category=disability_group_1')).toEqual([b.number]);
    expect(await numbers(operator, `localityId=${centre.centre.localityIds[1]}`)).toEqual([b.number]);
    expect(await numbers(operator, `serviceId=${centre.paid.id}`)).toEqual([b.number]);
    const today = civilDateIn(new Date());
    expect(await numbers(operator, `from=2000-01-01&to=2000-12-31`)).toEqual([]);
    expect((await numbers(operator, `from=${today}&to=${today}`)).length).toBeGreaterThanOrEqual(2);
    const page = (await operator.get('/api/v1/requests?order=oldest&limit=2')).json();
    expect(page.items.map((i: { number: string }) => i.number)).toEqual([a.number, b.number]);
    expect(await numbers(operator, `order=oldest&limit=2&cursor=${page.nextCursor}`)).toEqual([c.number]);
  });

  it('finds requests by name, whole phone, the last digits of a phone, address and number', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    const callerPhone = body.requester.phone!;
    const created = (
      await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, fullName: 'Кам’янська Олена Петрівна' },
        place: { kind: 'home', address: { ...body.place.address, street: 'вул. Соборна' } },
      })
    ).json();
    await operator.post('/api/v1/requests', intakeBody(centre));
    for (const q of [
      "кам'янська",
      'ОЛЕНА петрівна',
      'Камянська Олена',
      callerPhone,
      `0${callerPhone.slice(4)}`,
      callerPhone.slice(-6),
      'соборна 12',
      created.number.toLowerCase(),
    ])
      expect(await numbers(operator, `q=${encodeURIComponent(q)}`), q).toEqual([created.number]);
    expect(await numbers(operator, `q=${encodeURIComponent('%')}`)).toEqual([]);
  });

  it('signals many requests from one phone, another open request of the person or phone', async () => {
    const { centre, operator } = await setup();
    const phone = freshPhone();
    const made = [];
    for (let i = 0; i < 3; i++) {
      const body = intakeBody(centre);
      made.push(
        (
          await operator.post('/api/v1/requests', {
            ...body,
            requester: { ...body.requester, phone },
            applicant: { ...body.applicant, fullName: `Особа ${i}` },
          })
        ).json(),
      );
    }
    expect(signalCodes(made[0])).toEqual([]);
    expect(signalCodes(made[2])).toEqual(['open_request_same_phone', 'phone_many_requests']);
    const third = made[2].riskSignals.find((s: { code: string }) => s.code === 'phone_many_requests');
    expect(third).toMatchObject({
      params: { count: 3, days: 30 },
      message: 'Заявок із цього номера за останні 30 днів: 3.',
    });
    const again = intakeBody(centre);
    const repeat = (
      await operator.post('/api/v1/requests', {
        ...again,
        applicant: { ...again.applicant, id: made[0].applicant.id, fullName: 'Особа 0' },
      })
    ).json();
    expect(signalCodes(repeat)).toContain('open_request_same_applicant');
    const list = (await operator.get('/api/v1/requests?state=new&order=oldest')).json().items;
    expect(signalCodes(list[0])).toEqual(
      expect.arrayContaining(['open_request_same_applicant', 'phone_many_requests']),
    );
  });

  it('signals an 80+ category that the birth date contradicts, an address outside the community, no registration', async () => {
    const { centre, operator } = await setup();
    const body = intakeBody(centre);
    const response = await operator.post('/api/v1/requests', {
      ...body,
      applicant: { ...body.applicant, birthDate: '1990-05-05', registeredInCommunity: false },
      place: { kind: 'home', address: { localityName: 'Дніпро', street: 'пр. Яворницького', building: '1' } },
    });
    const request = response.json();
    expect(signalCodes(request)).toEqual([
      'age_below_80',
      'address_outside_community',
      'not_registered_in_community',
    ]);
    expect(request.place.address).toMatchObject({ localityName: 'Дніпро', inCommunity: false });
    expect(request.state).toBe('new');
  });

  it('signals an earlier incident with the person or at the same door, written any way', async () => {
    const { centre, operator } = await setup();
    await insertIncident(t.db, {
      centreId: centre.centre.id,
      kind: 'aggression',
      occurredOn: '2026-03-01',
      applicantId: null,
      requestId: null,
      addressKey: `${centre.centre.localityIds[0]}|шевченка|12|5`,
      note: null,
      recordedBy: null,
    });
    const body = intakeBody(centre);
    const request = (
      await operator.post('/api/v1/requests', {
        ...body,
        place: { kind: 'home', address: { ...body.place.address, street: 'Шевченка', building: '12' } },
      })
    ).json();
    expect(request.riskSignals).toEqual([
      {
        code: 'incident_aggression',
        params: { date: '01.03.2026' },
        message: expect.stringContaining('агресія'),
      },
    ]);
    const preview = await operator.post('/api/v1/requests/risk-preview', {
      localityId: centre.centre.localityIds[0],
      street: 'вулиця Шевченка',
      building: '12',
      apartment: '5',
      category: 'aged_80_plus',
      birthDate: '2000-01-01',
    });
    expect(preview.json().riskSignals.map((s: { code: string }) => s.code)).toEqual([
      'age_below_80',
      'incident_aggression',
    ]);
  });

  it('previews the signals of a call still on the line', async () => {
    const { centre, operator } = await setup();
    const phone = freshPhone();
    for (let i = 0; i < 2; i++) {
      const body = intakeBody(centre);
      await operator.post('/api/v1/requests', { ...body, requester: { ...body.requester, phone } });
    }
    const preview = await operator.post('/api/v1/requests/risk-preview', { requesterPhone: phone });
    expect(preview.json().riskSignals.map((s: { code: string }) => s.code)).toEqual([
      'open_request_same_phone',
      'phone_many_requests',
    ]);
  });
});
