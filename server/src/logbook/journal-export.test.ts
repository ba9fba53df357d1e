import ExcelJS from 'exceljs';
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { formatDateTime, instantAt } from '@valiza/domain';
import { TEST_PASSWORD } from '../test/factories.js';
import { makeLogbookCentre, registerApplication, type LogbookCentre } from '../test/logbook-factories.js';
import { pdfText } from '../test/pdf-text.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import type { Db } from '../db/database.js';
import { journalClock, journalRows } from './journal.js';
import { journalText } from './journal.texts.js';
import {
  correctEvent,
  forwardEntry,
  recordDecision,
  recordDelivery,
  recordResult,
} from './logbook-events.service.js';
import { exportLogbook } from './logbook-export.service.js';
import { chainPending } from './logbook-ingest.js';

// Friday 20 November 2026 in the morning (Kyiv); the steps happen on Monday 23rd.
const friday = (time: string) => instantAt('2026-11-20', time);
const monday = (time: string) => instantAt('2026-11-23', time);
const now = monday('18:00');
const period = { from: '2026-11-20', to: '2026-11-23' } as const;

/** Three applications: the first walked to delivery (its forwarding corrected), the second forwarded. */
async function history(db: Db, c: LogbookCentre) {
  const actor = c.administrator.actor;
  const first = await registerApplication(db, c, { receivedAt: friday('10:00') });
  const second = await registerApplication(db, c, { receivedAt: friday('10:05') });
  const third = await registerApplication(db, c, { receivedAt: friday('10:10') });
  const at = (time: string) => monday(time).toISOString();
  const forwarded = await forwardEntry(
    db,
    actor,
    first.id,
    { occurredAt: at('09:00'), method: 'email' },
    now,
  );
  const wrong = forwarded.events.find((e) => e.kind === 'forwarded')!;
  await correctEvent(
    db,
    c.head.actor,
    first.id,
    wrong.id,
    { occurredAt: at('09:00'), content: { method: 'courier' }, reason: 'Передано кур’єром' },
    now,
  );
  await recordDecision(
    db,
    actor,
    first.id,
    { occurredAt: at('11:00'), decision: 'refused', reason: 'Неповний пакет документів' },
    now,
  );
  await recordResult(db, actor, first.id, { occurredAt: at('12:00') }, now);
  await recordDelivery(
    db,
    actor,
    first.id,
    { occurredAt: at('13:00'), method: 'post', trackingNumber: '0500012345678' },
    now,
  );
  await forwardEntry(db, actor, second.id, { occurredAt: at('09:30'), method: 'e_registry' }, now);
  return { first, second, third };
}

async function sheetOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push(Array.from({ length: 13 }, (_, c) => String(row.getCell(c + 1).value ?? ''))),
  );
  return { sheet, rows };
}

describe('the journal of a period', () => {
  const t = useTestDatabase();

  it('is read in one query for the whole period, whatever the number of rows', async () => {
    const c = await makeLogbookCentre(t.db);
    await history(t.db, c);
    await chainPending(t.db, c.centre.id);
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const rows = await journalRows(
      t.db.withPlugin(counting),
      c.centre.id,
      period,
      '2026-11-23',
      journalText('uk'),
    );
    expect(rows).toHaveLength(4);
    expect(queries).toBe(1);
  });

  it('formats instants exactly as the domain does, across the changes of summer time', () => {
    const at = journalClock();
    const instants = [
      '2026-03-29T00:59:59.999Z', // 02:59 winter time, the last minute before the change
      '2026-03-29T01:00:00.000Z', // 04:00 summer time
      '2026-10-25T00:30:00.000Z', // 03:30 summer time
      '2026-10-25T01:00:00.000Z', // 03:00 again, winter time
      '2026-12-31T22:00:00.000Z', // midnight of the new year in Kyiv
    ].map((iso) => new Date(iso));
    for (let i = 0; i < 500; i++) instants.push(new Date(Date.UTC(2024, 0, 1) + i * 79_199_931));
    for (const instant of instants) expect(at(instant)).toBe(formatDateTime(instant));
    expect(at(null)).toBe('');
  });

  it('exports XLSX in the paper layout that parses back row by row, in Ukrainian and English', async () => {
    const c = await makeLogbookCentre(t.db);
    const { first, second, third } = await history(t.db, c);
    const uk = await exportLogbook(t.db, c.operator.actor, { ...period, format: 'xlsx' }, 'uk', now);
    expect(uk.fileName).toBe(`logbook-${c.centre.code}-2026-11-20-2026-11-23.xlsx`);
    const { sheet, rows } = await sheetOf(uk.bytes);
    expect(sheet.name).toBe('Журнал');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(24);
    expect(sheet.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(rows[0]).toEqual(journalText('uk').columns);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[1]!.split('\n')[0])).toEqual([
      'Номер, дата і час прийому',
      first.number,
      second.number,
      third.number,
    ]);
    const [, delivered, forwarded, registered] = rows as [string[], string[], string[], string[]];
    expect(delivered[0]).toBe('1');
    expect(delivered[1]).toBe(`${first.number}\n20.11.2026 10:00`);
    expect(delivered[3]).toContain('Коваленко Петро Іванович');
    expect(delivered[6]).toBe('2 док., 3 арк.');
    expect(delivered[8]).toBe('23.11.2026 09:00\nкур’єром (папір)'); // the correction, not the mistake
    expect(delivered[10]).toBe('відмова: Неповний пакет документів\n23.11.2026 11:00');
    expect(delivered[12]).toBe('23.11.2026 13:00\nпоштою, трек 0500012345678');
    expect(forwarded[8]).toBe('23.11.2026 09:30\nелектронно');
    expect(registered[8]).toBe('');

    const en = await exportLogbook(t.db, c.operator.actor, { ...period, format: 'xlsx' }, 'en', now);
    const english = await sheetOf(en.bytes);
    expect(english.sheet.name).toBe('Logbook');
    expect(english.rows[0]).toEqual(journalText('en').columns);
    expect(english.rows[1]![6]).toBe('2 doc., 3 pages');
    expect(english.rows[1]![8]).toBe('23.11.2026 09:00\ncourier (paper)');
    expect(english.rows[1]![10]).toBe('refused: Неповний пакет документів\n23.11.2026 11:00');
    expect(english.rows[1]![12]).toBe('23.11.2026 13:00\nby post, tracking 0500012345678');
  });

  it('prints CSV, PDF and the receipt in the language asked for, Ukrainian by default', async () => {
    const c = await makeLogbookCentre(t.db);
    const { first } = await history(t.db, c);
    const app = await testApp(t.handle);
    const operator = await signIn(app, c.operator.login, TEST_PASSWORD);
    const url = (format: string, lang = '') =>
      `/api/v1/logbook/export?from=${period.from}&to=${period.to}&format=${format}${lang}`;

    const csvUk = (await operator.get(url('csv'))).rawPayload.toString('utf8');
    expect(csvUk.split('\r\n')[0]).toBe(`\ufeff${journalText('uk').columns.join(';')}`);
    const csvEn = (await operator.get(url('csv', '&lang=en'))).rawPayload.toString('utf8');
    expect(csvEn.split('\r\n')[0]).toBe(`\ufeff${journalText('en').columns.join(';')}`);
    expect(csvEn).toContain('courier (paper)');
    const byHeader = await operator.get(url('csv'), { 'accept-language': 'en-GB,en;q=0.9' });
    expect(byHeader.rawPayload.toString('utf8')).toContain('Where received, administrator');
    const ukOverHeader = await operator.get(url('csv', '&lang=uk'), { 'accept-language': 'en' });
    expect(ukOverHeader.rawPayload.toString('utf8')).toContain('Місце прийому, адміністратор');
    expect((await operator.get(url('csv', '&lang=de'))).statusCode).toBe(400);

    const pdfEn = pdfText((await operator.get(url('pdf', '&lang=en'))).rawPayload);
    expect(pdfEn).toContain('Logbook of applications received');
    expect(pdfEn).toContain('Sheet 1 of 1');
    expect(pdfEn).toContain('courier (paper)');
    const pdfUk = pdfText((await operator.get(url('pdf'))).rawPayload);
    expect(pdfUk).toContain('Журнал обліку прийому заяв');
    expect(pdfUk).toContain('Аркуш 1 з 1');

    const receipt = (lang: string, headers?: Record<string, string>) =>
      operator.get(`/api/v1/logbook/${first.id}/receipt.pdf${lang}`, headers);
    const receiptEn = pdfText((await receipt('?lang=en')).rawPayload);
    expect(receiptEn).toContain('Receipt for the result of an administrative service');
    expect(receiptEn).toContain('by post, tracking 0500012345678');
    expect(receiptEn).toContain('refused: Неповний пакет документів');
    const receiptUk = pdfText((await receipt('')).rawPayload);
    expect(receiptUk).toContain('Розписка про отримання результату');
    expect(receiptUk).toContain('поштою, трек 0500012345678');
    expect(pdfText((await receipt('', { 'accept-language': 'en' })).rawPayload)).toContain(
      'Receipt for the result',
    );
    await app.close();
  });
});
