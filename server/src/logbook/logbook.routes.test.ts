import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { civilDateIn, uuidv7 } from '@valiza/domain';
import { insertApplicant } from '../applicants/applicant.repository.js';
import { readTable } from '../catalogue/spreadsheet.js';
import { TEST_PASSWORD } from '../test/factories.js';
import { freshPhone } from '../test/intake-factories.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { pdfText } from '../test/pdf-text.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('the logbook over HTTP', () => {
  const t = useTestDatabase();

  async function setUp() {
    const c = await makeLogbookCentre(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, c.head.login, TEST_PASSWORD);
    const operator = await signIn(app, c.operator.login, TEST_PASSWORD);
    // Received an hour ago: every step below happens between then and now.
    const receivedAt = new Date(Date.now() - 3600_000);
    const entry = await registerApplication(t.db, c, { receivedAt });
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    return { c, app, head, operator, entry, ago };
  }

  it(
    'lists, opens and walks an application through its steps, with catalogued errors',
    { timeout: 120_000 },
    async () => {
      const { c, app, head, operator, entry, ago } = await setUp();
      const list = await operator.get('/api/v1/logbook?limit=10');
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0]).toMatchObject({ id: entry.id, status: 'registered' });

      const future = await operator.post(`/api/v1/logbook/${entry.id}/forward`, {
        occurredAt: new Date(Date.now() + 3600_000).toISOString(),
        method: 'email',
      });
      expect(future.statusCode).toBe(422);
      expect(future.json().error).toMatchObject({
        code: 'logbook.future_date',
        message: expect.stringContaining('Дата'),
      });
      const early = await operator.request({
        method: 'POST',
        url: `/api/v1/logbook/${entry.id}/forward`,
        payload: { occurredAt: ago(120), method: 'email' },
        headers: { 'accept-language': 'en' },
      });
      expect(early.json().error).toMatchObject({
        code: 'logbook.before_receipt',
        message: expect.stringContaining('before'),
      });
      const tooSoon = await operator.post(`/api/v1/logbook/${entry.id}/delivery`, {
        occurredAt: ago(10),
        method: 'pickup',
      });
      expect(tooSoon.statusCode).toBe(409);
      expect(tooSoon.json().error.code).toBe('logbook.delivery_before_decision');
      const noTracking = await operator.post(`/api/v1/logbook/${entry.id}/delivery`, {
        occurredAt: ago(10),
        method: 'post',
      });
      expect(noTracking.statusCode).toBe(400);
      expect(noTracking.json().error.details[0].path).toBe('trackingNumber');

      expect(
        (await operator.post(`/api/v1/logbook/${entry.id}/forward`, { occurredAt: ago(50), method: 'email' }))
          .statusCode,
      ).toBe(200);
      expect(
        (
          await operator.post(`/api/v1/logbook/${entry.id}/decision`, {
            occurredAt: ago(40),
            decision: 'refused',
          })
        ).json().error.details[0].path,
      ).toBe('reason');
      expect(
        (
          await operator.post(`/api/v1/logbook/${entry.id}/decision`, {
            occurredAt: ago(40),
            decision: 'refused',
            reason: '<img src=x onerror=alert(1)> =SUM(A1)',
          })
        ).statusCode,
      ).toBe(200);
      expect((await operator.get(`/api/v1/logbook/${entry.id}/receipt.pdf`)).json().error.code).toBe(
        'logbook.not_delivered',
      );
      const delivered = await operator.post(`/api/v1/logbook/${entry.id}/delivery`, {
        occurredAt: ago(5),
        method: 'post',
        trackingNumber: '0500099887766',
      });
      expect(delivered.statusCode).toBe(200);
      expect(delivered.json()).toMatchObject({ entry: { status: 'delivered' }, requestId: null });

      const receipt = await operator.get(`/api/v1/logbook/${entry.id}/receipt.pdf`);
      expect(receipt.headers['content-type']).toBe('application/pdf');
      const text = pdfText(receipt.rawPayload);
      expect(text).toContain('Розписка про отримання результату');
      expect(text).toContain('0500099887766');
      expect(text).toContain('<img src=x onerror=alert(1)>');

      const stranger = await makeLogbookCentre(t.db);
      const foreign = await signIn(app, stranger.head.login, TEST_PASSWORD);
      expect((await foreign.get(`/api/v1/logbook/${entry.id}`)).statusCode).toBe(404);
      const foreignDecision = await foreign.post(`/api/v1/logbook/${entry.id}/decision`, {
        occurredAt: ago(1),
        decision: 'granted',
      });
      expect(foreignDecision.statusCode).toBe(404);
      expect(foreignDecision.json().error.code).toBe('not_found');
      expect((await head.post('/api/v1/logbook/verify')).json()).toMatchObject({
        ok: true,
        centreCode: c.centre.code,
      });
      expect((await operator.post('/api/v1/logbook/verify')).statusCode).toBe(403);
      expect((await head.get('/api/v1/logbook/dashboard')).statusCode).toBe(200);
      const digest = (await head.get('/api/v1/logbook/digest')).json();
      expect(digest.subject).toContain('журнал');
      await app.close();
    },
  );

  it(
    'exports the journal as CSV, XLSX and a landscape PDF, safe against formulas and markup',
    { timeout: 120_000 },
    async () => {
      const { c, app, operator, entry, ago } = await setUp();
      const trickyId = uuidv7();
      await insertApplicant(t.db, {
        id: trickyId,
        centreId: c.centre.id,
        fullName: '=HYPERLINK("http://evil.example";"Іванов") <b>Жирний</b>',
        birthDate: '1941-01-01',
        phones: [freshPhone()],
        registeredInCommunity: true,
      });
      await registerApplication(t.db, c, {
        applicantId: trickyId,
        receivedAt: new Date(Date.now() - 1800_000),
      });
      await operator.post(`/api/v1/logbook/${entry.id}/forward`, { occurredAt: ago(50), method: 'courier' });
      const today = civilDateIn(new Date());
      const from = civilDateIn(new Date(Date.now() - 86_400_000));
      const url = (format: string) => `/api/v1/logbook/export?from=${from}&to=${today}&format=${format}`;

      const csv = await operator.get(url('csv'));
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const csvText = csv.rawPayload.toString('utf8');
      expect(csvText.split('\r\n')[0]).toContain('№ з/п;Номер, дата і час прийому;');
      expect(csvText).toContain(`"'=HYPERLINK(""http://evil.example"";""Іванов"") <b>Жирний</b>`);
      expect(csvText).toContain('кур’єром (папір)');

      const xlsx = await operator.get(url('xlsx'));
      const rows = await readTable(xlsx.rawPayload, 'xlsx');
      expect(rows).toHaveLength(3);
      expect(rows[2]![3]).toContain('=HYPERLINK("http://evil.example";"Іванов") <b>Жирний</b>');

      const pdf = await operator.get(url('pdf'));
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const doc = await PDFDocument.load(pdf.rawPayload);
      const { width, height } = doc.getPage(0).getSize();
      expect(width).toBeGreaterThan(height);
      const text = pdfText(pdf.rawPayload);
      expect(text).toContain('Журнал обліку прийому заяв');
      expect(text).toContain('<b>Жирний</b>');
      expect(text).toContain(entry.number);

      const reversed = await operator.get(`/api/v1/logbook/export?from=${today}&to=${from}&format=csv`);
      expect(reversed.statusCode).toBe(400);
      await app.close();
    },
  );

  it('is described in the OpenAPI document', async () => {
    const app = await testApp(t.handle);
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/logbook',
      '/api/v1/logbook/{id}',
      '/api/v1/logbook/{id}/forward',
      '/api/v1/logbook/{id}/decision',
      '/api/v1/logbook/{id}/delivery',
      '/api/v1/logbook/verify',
      '/api/v1/logbook/export',
    ])
      expect(doc.paths).toHaveProperty([path]);
    await app.close();
  });
});
