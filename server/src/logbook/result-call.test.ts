import { describe, expect, it } from 'vitest';
import { instantAt, uuidv7 } from '@valiza/domain';
import { insertApplicant } from '../applicants/applicant.repository.js';
import { callList, markCall } from '../notifications/call-list.service.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { forwardEntry, recordDecision, recordResult } from './logbook-events.service.js';

// Received on Friday 20 November 2026; the result comes on Monday 23rd.
const friday = instantAt('2026-11-20', '10:00');
const monday = (time: string) => instantAt('2026-11-23', time);

describe('telling an applicant without a mobile phone that the result is ready', () => {
  const t = useTestDatabase();

  async function resultReady(phones: string[]) {
    const c = await makeLogbookCentre(t.db);
    const applicantId = uuidv7();
    await insertApplicant(t.db, {
      id: applicantId,
      centreId: c.centre.id,
      fullName: 'Шевченко Марія Петрівна',
      birthDate: '1938-05-01',
      phones,
      registeredInCommunity: true,
    });
    const app = await registerApplication(t.db, c, { receivedAt: friday, applicantId });
    const now = monday('16:00');
    const a = c.operator.actor;
    await forwardEntry(t.db, a, app.id, { occurredAt: monday('09:00').toISOString(), method: 'email' }, now);
    await recordDecision(
      t.db,
      a,
      app.id,
      { occurredAt: monday('12:00').toISOString(), decision: 'granted' },
      now,
    );
    await recordResult(t.db, a, app.id, { occurredAt: monday('15:00').toISOString() }, now);
    return { c, app };
  }

  it('puts a call on the operators’ list for the day, with the words a text would have said', async () => {
    const { c, app } = await resultReady(['+380532123456']);
    const sms = await t.db
      .selectFrom('sms_outbox')
      .select('id')
      .where('centre_id', '=', c.centre.id)
      .execute();
    expect(sms).toEqual([]);

    const calls = await callList(t.db, c.operator.actor, '2026-11-23');
    expect(calls).toEqual([
      expect.objectContaining({
        kind: 'result_ready',
        visitId: null,
        applicationId: app.id,
        requestNumber: app.number,
        day: null,
        startTime: null,
        applicantName: 'Шевченко Марія Петрівна',
        phone: '+380532123456',
        message: expect.stringContaining(app.number),
        status: 'pending',
      }),
    ]);
    await markCall(t.db, c.operator.actor, calls[0]!.id, { status: 'called' });
    expect((await callList(t.db, c.head.actor, '2026-11-23'))[0]).toMatchObject({ status: 'called' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['record_type', 'record_id'])
      .where('action', '=', 'call.marked')
      .execute();
    expect(audit).toContainEqual({ record_type: 'application', record_id: app.id });
  });

  it('lists the call with no number when the applicant has no phone at all', async () => {
    const { c, app } = await resultReady([]);
    const calls = await callList(t.db, c.operator.actor, '2026-11-23');
    expect(calls).toEqual([expect.objectContaining({ applicationId: app.id, phone: null })]);
  });
});
