import { describe, expect, it } from 'vitest';
import { ApplicationCorrectionBody, instantAt } from '@valiza/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { makePerson, TEST_PASSWORD } from '../test/factories.js';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { correctApplication } from './application-correction.service.js';
import { forwardEntry } from './logbook-events.service.js';
import { journalRows } from './journal.js';
import { journalText } from './journal.texts.js';
import { listLogbook, logbookDashboard, logbookEntry } from './logbook-read.service.js';
import { verifyCentreChain } from './logbook-verify.service.js';

// Friday 20 November 2026, 10:00 Kyiv: forward by Monday 23rd.
const friday = instantAt('2026-11-20', '10:00');
const monday = (time: string) => instantAt('2026-11-23', time);

const documents = [
  { name: 'Паспорт', pages: 4, original: false, certified: true },
  { name: 'Заява', pages: 1, original: true, certified: false },
];

describe('correcting a registered logbook entry', () => {
  const t = useTestDatabase();

  it('adds a new entry pointing to the corrected one, which stays as it was and leaves the work lists', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('09:00');
    const fixed = await correctApplication(
      t.db,
      c.administrator.actor,
      app.id,
      ApplicationCorrectionBody.parse({
        reason: 'Помилка в кількості сторінок паспорта',
        documents,
        representative: { name: 'Коваленко Ірина', relation: 'дочка', phone: '067 123 45 67' },
      }),
      now,
    );
    expect(fixed.id).not.toBe(app.id);
    expect(fixed.number).not.toBe(app.number);
    expect(fixed).toMatchObject({
      status: 'registered',
      receivedAt: friday.toISOString(),
      registeredAt: now.toISOString(),
      forwardBy: '2026-11-23',
      correctsId: app.id,
      corrects: { id: app.id, number: app.number, reason: 'Помилка в кількості сторінок паспорта' },
      documents,
      representative: { name: 'Коваленко Ірина', relation: 'дочка', phone: '+380671234567' },
    });

    const original = await logbookEntry(t.db, c.head.actor, app.id, now);
    expect(original).toMatchObject({ status: 'corrected', overdue: null, corrects: null });
    expect(original.correctedBy).toEqual([{ id: fixed.id, number: fixed.number }]);
    expect(original.documents.map((d) => d.pages)).toEqual([2, 1]);
    expect(original.representative).toBeNull();

    const dashboard = await logbookDashboard(t.db, c.head.actor, now);
    expect(dashboard.dueToday.map((l) => l.id)).toEqual([fixed.id]);
    const journal = await listLogbook(t.db, c.head.actor, { limit: 50 }, now);
    expect(journal.items.map((l) => l.id).sort()).toEqual([app.id, fixed.id].sort());

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('record_id', '=', app.id)
      .where('action', '=', 'logbook.entry_corrected')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Помилка');

    const printed = await journalRows(
      t.db,
      c.centre.id,
      { from: '2026-11-20', to: '2026-11-20' },
      '2026-11-23',
      journalText('uk'),
    );
    expect(printed.slice(1).map((row) => row[1]!.split('\n')[2])).toEqual([
      `виправлено записом № ${fixed.number}`,
      `виправляє № ${app.number}`,
    ]);
    expect(printed[1]![7]).not.toContain('ПРОСТРОЧЕНО');
    const chain = await verifyCentreChain(t.db, { id: c.centre.id, code: c.centre.code });
    expect(chain).toMatchObject({ ok: true, entries: 2 });
    await sql`UPDATE applications SET correction_reason = 'Інше' WHERE id = ${fixed.id}`.execute(t.db);
    const tampered = await verifyCentreChain(t.db, { id: c.centre.id, code: c.centre.code });
    expect(tampered.firstBroken).toMatchObject({ kind: 'entry', refId: fixed.id });
  });

  it('keeps what is not corrected, and the files of the documents at the same place', async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, {
      receivedAt: friday,
      payment: { method: 'prepaid_receipt', amountKop: 5600, receiptNumber: '1' },
    });
    await sql`UPDATE applications SET documents = jsonb_set(documents, '{0,attachmentId}', '"01937a3e-0000-7000-8000-000000000001"') WHERE id = ${app.id}`.execute(
      t.db,
    );
    const fixed = await correctApplication(
      t.db,
      c.operator.actor,
      app.id,
      {
        reason: 'Номер квитанції',
        payment: { method: 'prepaid_receipt', amountKop: 5600, receiptNumber: 'КВ-0042' },
      },
      monday('09:00'),
    );
    expect(fixed.payment).toEqual({ method: 'prepaid_receipt', amountKop: 5600, receiptNumber: 'КВ-0042' });
    expect(fixed.documents.map((d) => d.name)).toEqual(['Паспорт', 'Заява']);
    const again = await correctApplication(
      t.db,
      c.operator.actor,
      fixed.id,
      { reason: 'Сторінки', documents },
      monday('09:30'),
    );
    const stored = await t.db
      .selectFrom('applications')
      .select('documents')
      .where('id', '=', again.id)
      .executeTakeFirstOrThrow();
    expect((stored.documents as { attachmentId?: string; pages: number }[])[0]).toMatchObject({
      attachmentId: '01937a3e-0000-7000-8000-000000000001',
      pages: 4,
    });
    expect(again.payment?.receiptNumber).toBe('КВ-0042');
  });

  it('refuses a second correction, a correction after forwarding, steps on a corrected entry, and other centres', async () => {
    const c = await makeLogbookCentre(t.db);
    const other = await makeLogbookCentre(t.db);
    const app = await registerApplication(t.db, c, { receivedAt: friday });
    const now = monday('10:00');
    const body = { reason: 'Сторінки', documents };
    const fixed = await correctApplication(t.db, c.head.actor, app.id, body, now);

    await expect(correctApplication(t.db, c.head.actor, app.id, body, now)).rejects.toMatchObject({
      code: 'logbook.entry_corrected',
      params: { number: fixed.number },
    });
    await expect(
      forwardEntry(
        t.db,
        c.head.actor,
        app.id,
        { occurredAt: monday('09:00').toISOString(), method: 'email' },
        now,
      ),
    ).rejects.toMatchObject({ code: 'logbook.entry_corrected' });

    await forwardEntry(
      t.db,
      c.head.actor,
      fixed.id,
      { occurredAt: monday('09:00').toISOString(), method: 'email' },
      now,
    );
    await expect(correctApplication(t.db, c.head.actor, fixed.id, body, now)).rejects.toMatchObject({
      code: 'logbook.correction_after_forwarding',
    });
    const another = await registerApplication(t.db, c, { receivedAt: friday });
    await expect(correctApplication(t.db, other.head.actor, another.id, body, now)).rejects.toMatchObject({
      code: 'not_found',
    });
    const technician = await makePerson(t.db, { centreId: c.centre.id }, ['technician']);
    await expect(correctApplication(t.db, technician.actor, another.id, body, now)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const count = await countApplications(t.db, c.centre.id);
    expect(count).toBe(3);
  });

  it('answers over HTTP, with localised errors for bad input', { timeout: 120_000 }, async () => {
    const c = await makeLogbookCentre(t.db);
    const app = await testApp(t.handle);
    const operator = await signIn(app, c.operator.login, TEST_PASSWORD);
    const entry = await registerApplication(t.db, c, { receivedAt: new Date(Date.now() - 3600_000) });
    const url = `/api/v1/logbook/${entry.id}/correction`;

    const nothing = await operator.post(url, { reason: 'Помилка' });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.details[0].path).toBe('documents');
    const badPhone = await operator.request({
      method: 'POST',
      url,
      payload: { reason: 'Помилка', representative: { name: 'Син', phone: '12' } },
      headers: { 'accept-language': 'en' },
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.details[0].path).toBe('representative.phone');

    const done = await operator.post(url, { reason: 'Сторінки', documents });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ corrects: { id: entry.id, number: entry.number } });
    const twice = await operator.request({
      method: 'POST',
      url,
      payload: { reason: 'Сторінки', documents },
      headers: { 'accept-language': 'en' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'logbook.entry_corrected',
      message: `This entry has been corrected by entry No. ${done.json().number as string}. Work with the correction.`,
    });
  });
});

async function countApplications(db: Db, centreId: string): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('centre_id', '=', centreId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
