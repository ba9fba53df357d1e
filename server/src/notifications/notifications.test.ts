import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { makeEligibleRequest } from '../test/scheduling-fixtures.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { placeVisit } from '../scheduling/visit.service.js';
import { queueReminders } from './reminders.js';
import { retryDelayMs, sendDueSms, SMS_MAX_ATTEMPTS } from './sms-sender.js';
import { httpProvider, outboxProvider, smsProviderFromEnv, type NoticeLogger } from './sms-provider.js';

const day = '2027-03-02';

function memoryLog() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const log: NoticeLogger = {
    info: (fields, message) => lines.push({ fields, message }),
    warn: (fields, message) => lines.push({ fields, message }),
  };
  return { lines, log };
}

describe('telling applicants', () => {
  const t = useTestDatabase();
  let gateway: Server;
  let gatewayUrl = '';
  const received: { auth: string | undefined; body: Record<string, unknown> }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.statusCode = 503;
          return res.end();
        }
        received.push({ auth: req.headers.authorization, body: JSON.parse(text) });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `gw-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  });
  afterAll(() => new Promise((resolve) => gateway.close(resolve)));

  async function scheduled(phones = ['+380671234567']) {
    const kam = await makeCentreWithStaff(t.db);
    await t.db
      .updateTable('centres')
      .set({ phone: '+380569000001' })
      .where('id', '=', kam.centre.id)
      .execute();
    const { requestId } = await makeEligibleRequest(t.db, kam.centre, { phones });
    const visit = await placeVisit(t.db, kam.operator.actor, {
      kind: 'home',
      requestId,
      day,
      startTime: '10:00',
      endTime: '11:00',
      staffIds: [kam.administrator.actor.personId],
      kitId: kam.centre.kitId,
      companions: [],
    });
    return { kam, visit };
  }

  it('sends through the HTTP gateway with the token, and keeps the gateway’s id', async () => {
    const { visit } = await scheduled();
    const { log, lines } = memoryLog();
    const provider = httpProvider({ url: gatewayUrl, token: 'secret-token', sender: 'CNAP' });
    const result = await sendDueSms(t.db, provider, log, new Date(), 500);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const mine = received.find((r) => (r.body.text as string).includes('02.03.2027'))!;
    expect(mine).toMatchObject({
      auth: 'Bearer secret-token',
      body: { to: '+380671234567', sender: 'CNAP' },
    });
    expect(mine.body.text).toContain('Тел. +380569000001');
    const row = await t.db
      .selectFrom('sms_outbox')
      .selectAll()
      .where('visit_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, provider: 'http' });
    expect(row.provider_message_id).toMatch(/^gw-/);
    expect(lines).toEqual([]);
  });

  it('retries a refused message with growing pauses, then gives up', async () => {
    const { visit } = await scheduled();
    await t.db.updateTable('sms_outbox').set({ status: 'sent' }).where('visit_id', '!=', visit.id).execute();
    const { log, lines } = memoryLog();
    const provider = httpProvider({ url: gatewayUrl, token: null, sender: null });
    failNext = 1;
    const now = new Date();
    expect(await sendDueSms(t.db, provider, log, now)).toEqual({ sent: 0, failed: 1 });
    expect(await sendDueSms(t.db, provider, log, now)).toEqual({ sent: 0, failed: 0 });
    expect(await sendDueSms(t.db, provider, log, new Date(now.getTime() + retryDelayMs(1)))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(lines[0]!.fields).toEqual({ smsId: expect.any(String), attempt: 1, gaveUp: false });
    expect(JSON.stringify(lines)).not.toContain('+380');

    await t.db
      .updateTable('sms_outbox')
      .set({ status: 'queued', attempts: SMS_MAX_ATTEMPTS - 1 })
      .where('visit_id', '=', visit.id)
      .execute();
    failNext = 1;
    await sendDueSms(t.db, provider, log, new Date(now.getTime() + 3_600_000));
    const row = await t.db
      .selectFrom('sms_outbox')
      .select(['status', 'last_error'])
      .where('visit_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', last_error: 'SMS gateway answered 503' });
  });

  it('keeps messages in the outbox with the built-in provider and logs no phone or text', async () => {
    const { visit } = await scheduled();
    const { log, lines } = memoryLog();
    await sendDueSms(t.db, outboxProvider(log), log, new Date(), 500);
    const row = await t.db
      .selectFrom('sms_outbox')
      .select(['status', 'provider'])
      .where('visit_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', provider: 'outbox' });
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/\+380|ЦНАП/);
  });

  it('reads the provider from the environment', () => {
    const { log } = memoryLog();
    expect(smsProviderFromEnv({}, log).name).toBe('outbox');
    expect(smsProviderFromEnv({ VALIZA_SMS_PROVIDER: 'http', VALIZA_SMS_URL: gatewayUrl }, log).name).toBe(
      'http',
    );
    expect(() => smsProviderFromEnv({ VALIZA_SMS_PROVIDER: 'http' }, log)).toThrow(/VALIZA_SMS_URL/);
    expect(() => smsProviderFromEnv({ VALIZA_SMS_PROVIDER: 'pigeon' }, log)).toThrow(/VALIZA_SMS_PROVIDER/);
  });

  it('reminds the day before, once, however often the job runs', async () => {
    const { visit } = await scheduled();
    const first = await queueReminders(t.db, '2027-03-01');
    expect(first.skipped).toBe(false);
    expect(await queueReminders(t.db, '2027-03-01')).toEqual({ queued: 0, skipped: true });
    await t.db.deleteFrom('job_runs').execute();
    await queueReminders(t.db, '2027-03-01');
    const reminders = await t.db
      .selectFrom('sms_outbox')
      .select(['body'])
      .where('visit_id', '=', visit.id)
      .where('kind', '=', 'reminder')
      .execute();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.body).toContain('завтра 02.03.2027 з 10:00 до 11:00');
  });

  it('lists people without a mobile for the operators, who mark each call', async () => {
    const { kam, visit } = await scheduled(['+380569123456']);
    await t.db.deleteFrom('job_runs').execute();
    await queueReminders(t.db, '2027-03-01');
    const app = await testApp(t.handle);
    const operator = await signIn(app, kam.operator.login, TEST_PASSWORD);
    const today = (
      await operator.get(`/api/v1/call-list?day=${new Date().toISOString().slice(0, 10)}`)
    ).json().items;
    expect(
      today.some((c: { visitId: string; kind: string }) => c.visitId === visit.id && c.kind === 'scheduled'),
    ).toBe(true);
    const eve = (await operator.get('/api/v1/call-list?day=2027-03-01')).json().items;
    expect(eve).toEqual([
      expect.objectContaining({
        visitId: visit.id,
        kind: 'reminder',
        phone: '+380569123456',
        status: 'pending',
        startTime: '10:00',
      }),
    ]);
    expect(
      (await operator.post(`/api/v1/call-list/${eve[0].id}/mark`, { status: 'not_reached' })).statusCode,
    ).toBe(200);
    expect((await operator.get('/api/v1/call-list?day=2027-03-01')).json().items[0].status).toBe(
      'not_reached',
    );

    const pyr = await makeCentreWithStaff(t.db);
    const pyrOperator = await signIn(app, pyr.operator.login, TEST_PASSWORD);
    expect(
      (await pyrOperator.post(`/api/v1/call-list/${eve[0].id}/mark`, { status: 'called' })).json().error.code,
    ).toBe('not_found');
    expect((await pyrOperator.get('/api/v1/call-list?day=2027-03-01')).json().items).toEqual([]);
    const administrator = await signIn(app, kam.administrator.login, TEST_PASSWORD);
    expect((await administrator.get('/api/v1/call-list?day=2027-03-01')).statusCode).toBe(403);
  });
});
