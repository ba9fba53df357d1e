import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ServiceBody } from '@valiza/domain';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE, PAID_SERVICE } from '../test/intake-factories.js';
import { signIn, testApp, type Client } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';
import { CATALOGUE_COLUMNS } from './catalogue-sheet.js';
import { writeCsv } from './csv.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TRICKY: ServiceBody = {
  ...FREE_SERVICE,
  code: 'TRICKY',
  name: '<script>alert("каталог")</script> Довідка',
  provider: '=HYPERLINK("http://evil.example","натисніть")',
  documents: [
    { name: '+380 у примітці', form: 'copy', note: '@SUM(A1:A2); "лапки", кома | риска' },
    { name: '-1 документ', form: 'original', note: null },
  ],
  demonstration: true,
};

describe('catalogue import and export', () => {
  const t = useTestDatabase();

  async function centreWith(services: ServiceBody[]) {
    const staff = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, staff.head.login, TEST_PASSWORD);
    for (const s of services) expect((await head.post('/api/v1/services', s)).statusCode).toBe(201);
    return { staff, app, head };
  }

  const upload = (client: Client, bytes: Buffer | string, type: string) =>
    client.post('/api/v1/services/import', bytes, { 'content-type': type });
  const comparable = async (client: Client) =>
    (await client.get('/api/v1/services?active=all'))
      .json()
      .items.map(
        ({
          id: _id,
          version: _v,
          documents,
          ...rest
        }: {
          id: string;
          version: number;
          documents: { id: string }[];
        }) => ({
          ...rest,
          documents: documents.map(({ id: _d, ...doc }) => doc),
        }),
      );

  for (const format of ['xlsx', 'csv'] as const) {
    it(`gives back the same catalogue after an export and an import (${format})`, async () => {
      const source = await centreWith([FREE_SERVICE, PAID_SERVICE, { ...TRICKY, active: false }]);
      const exported = await source.head.get(`/api/v1/services/export?format=${format}`);
      expect(exported.statusCode).toBe(200);
      const target = await centreWith([]);
      const imported = await upload(target.head, exported.rawPayload, format === 'xlsx' ? XLSX : 'text/csv');
      expect(imported.json(), imported.body).toEqual({ created: 3, updated: 0 });
      expect(await comparable(target.head)).toEqual(await comparable(source.head));
      const before = (await source.head.get('/api/v1/services?active=all')).json().items;
      const again = await upload(source.head, exported.rawPayload, format === 'xlsx' ? XLSX : 'text/csv');
      expect(again.json()).toEqual({ created: 0, updated: 3 });
      const after = (await source.head.get('/api/v1/services?active=all')).json().items;
      expect(after.map((s: { documents: { id: string }[] }) => s.documents.map((d) => d.id))).toEqual(
        before.map((s: { documents: { id: string }[] }) => s.documents.map((d) => d.id)),
      );
    });
  }

  it('writes markup as text and puts an apostrophe before anything a spreadsheet would run', async () => {
    const { head } = await centreWith([TRICKY]);
    const csv = (await head.get('/api/v1/services/export?format=csv')).body;
    expect(csv).toContain('<script>alert(""каталог"")</script> Довідка');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""натисніть"")"`);
    const xlsx = await head.get('/api/v1/services/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2);
    const values = CATALOGUE_COLUMNS.map((_, i) => row.getCell(i + 1).value);
    expect(values).toContain(`'=HYPERLINK("http://evil.example","натисніть")`);
    expect(values.every((v) => typeof v === 'string')).toBe(true);
    expect(values.some((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toBe(false);
  });

  it('imports nothing when any row is wrong, and names each row and column', async () => {
    const { head } = await centreWith([]);
    const header = CATALOGUE_COLUMNS.map((c) => c.header);
    const good = [
      'A1',
      'Добра послуга',
      '',
      'ДМС',
      'так',
      '0',
      '',
      '',
      '',
      '',
      '',
      '',
      '20',
      'Паспорт | оригінал',
      'ні',
      'так',
    ];
    const badIban = [
      'A2',
      'Платна',
      '',
      'ДМС',
      'так',
      '34,00',
      'Отримувач',
      'UA00',
      '37988155',
      'Збір',
      '',
      '',
      '20',
      'Фото | копія',
      'ні',
      'так',
    ];
    const badCells = [
      'A1',
      '',
      '',
      'ДМС',
      'може',
      'abc',
      '',
      '',
      '',
      '',
      '10',
      'тижні',
      '',
      'Паспорт | ксерокопія',
      'ні',
      'так',
    ];
    const response = await upload(head, writeCsv([header, good, badIban, badCells]), 'text/csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('catalogue.import_invalid');
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rows.3.iban',
        'rows.4.fieldDeliverable',
        'rows.4.fee',
        'rows.4.termKind',
        'rows.4.documents',
        'rows.4.name',
        'rows.4.estimatedMinutes',
      ]),
    );
    expect(
      response.json().error.details.find((d: { path: string }) => d.path === 'rows.3.iban').message,
    ).toMatch(/^Рядок 3, «IBAN»/);
    expect((await head.get('/api/v1/services?active=all')).json().items).toEqual([]);
    const duplicateCodes = await upload(head, writeCsv([header, good, good]), 'text/csv');
    expect(duplicateCodes.json().error.details).toEqual([
      expect.objectContaining({ path: 'rows.3.code', code: 'duplicate' }),
    ]);
  });

  it('refuses a file it cannot read, a file without the headers, and an import by anyone but the head', async () => {
    const { head, staff, app } = await centreWith([]);
    expect((await upload(head, Buffer.from('not a workbook'), XLSX)).json().error.code).toBe(
      'catalogue.import_unreadable',
    );
    const noHeaders = await upload(head, 'Назва;Код\nx;y\n', 'text/csv');
    expect(noHeaders.json().error.code).toBe('catalogue.import_unreadable');
    expect(noHeaders.json().error.details.map((d: { path: string }) => d.path)).toContain('header.provider');
    expect((await upload(head, 'x', 'application/pdf')).statusCode).toBe(415);
    const operator = await signIn(app, staff.operator.login, TEST_PASSWORD);
    expect(
      (await upload(operator, writeCsv([CATALOGUE_COLUMNS.map((c) => c.header)]), 'text/csv')).statusCode,
    ).toBe(403);
  });
});
