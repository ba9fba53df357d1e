import { describe, expect, it } from 'vitest';
import { markScheduled } from './request-lifecycle.js';
import { TEST_PASSWORD } from '../test/factories.js';
import { intakeBody, makeIntakeCentre } from '../test/intake-factories.js';
import { pdfText } from '../test/pdf-text.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('the printed request summary', () => {
  const t = useTestDatabase();

  it('lists where and when, each service with its documents and payment details, and what to prepare', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const body = intakeBody(centre, {
      decision: { outcome: 'eligible' },
      notes: 'не друкується',
      services: [
        {
          serviceId: centre.free.id,
          checklistReadOut: true,
          documentsAtHand: [centre.free.documents[0]!.id],
        },
        {
          serviceId: centre.paid.id,
          checklistReadOut: true,
          documentsAtHand: [],
          paymentMethod: 'prepaid_receipt',
        },
      ],
    });
    const request = (
      await operator.post('/api/v1/requests', {
        ...body,
        applicant: { ...body.applicant, fullName: 'Петренко <b>Ганна</b> & <script>x()</script>' },
      })
    ).json();
    await markScheduled(t.db, centre.operator.actor, request.id, '2026-12-10');
    const response = await operator.get(`/api/v1/requests/${request.id}/summary.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'Заявка на виїзне обслуговування',
      request.number,
      'Петренко <b>Ганна</b> & <script>x()</script>',
      '12.04.1938',
      'Вдома',
      'вул. Шевченка, 12, кв. 5',
      'під’їзд 2, поверх 3, домофон 5К',
      'Дата візиту: 10.12.2026',
      'вт, чт; 10:00–13:00',
      'Реєстрація місця проживання',
      'Паспорт громадянина України (оригінал) — або ID-картка: є',
      'Заява (оригінал): підготуйте',
      '34,00 грн',
      'UA213223130000026007233566001',
      '37988155',
      'оплата заздалегідь, квитанцію передати адміністратору',
      'Строк надання 30 календарних днів',
      'Строк надання 1 робочий день',
      'Що підготувати до візиту',
      'Квитанція про оплату',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('не друкується');
    const views = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', request.id)
      .where('action', '=', 'view')
      .execute();
    expect(views).toHaveLength(1);
  });

  it('prints in English when asked', async () => {
    const centre = await makeIntakeCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, centre.operator.login, TEST_PASSWORD);
    const body = intakeBody(centre);
    const created = await operator.post('/api/v1/requests', {
      ...body,
      place: {
        kind: 'hospital',
        hospitalName: 'Міська лікарня № 1',
        ward: '12',
        address: body.place.address,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const response = await operator.get(`/api/v1/requests/${created.json().id}/summary.pdf?lang=en`);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Request for a visit of the mobile office');
    expect(text).toContain('In hospital');
    expect(text).toContain('Міська лікарня № 1, ward 12');
    expect(text).toContain('The visit date is not set yet');
  });
});
