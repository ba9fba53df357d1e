import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import {
  insertReportApplication,
  insertReportRequest,
  insertReportService,
  insertReportVisit,
} from '../test/report-fixtures.js';
import { pdfText } from '../test/pdf-text.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

const Q1 = '/api/v1/reports?period=2026-Q1';

/**
 * A small history of one centre around the first quarter of 2026 (Kyiv time), with rows just inside
 * and just outside the quarter's edges, a cancelled visit and a corrected application.
 */
async function buildHistory(db: Parameters<typeof makeCentreWithStaff>[0], regionId?: string) {
  const staff = await makeCentreWithStaff(db, regionId ? { regionId } : {});
  const { centre, administrator, head } = staff;
  const admin = administrator.actor.personId;
  const s1 = await insertReportService(
    db,
    centre,
    'Реєстрація місця проживання',
    'Registration of residence',
  );
  const s2 = await insertReportService(db, centre, 'Довідка про склад сім’ї', 'Family certificate');
  const r1 = await insertReportRequest(db, centre, {
    category: 'aged_80_plus',
    channel: 'phone',
    locality: 0,
    createdAt: '2026-01-05 09:00',
  });
  const r2 = await insertReportRequest(db, centre, {
    category: 'aged_80_plus',
    channel: 'phone',
    locality: 0,
    createdAt: '2026-01-10 09:00',
  });
  const r3 = await insertReportRequest(db, centre, {
    category: 'disability_group_1',
    channel: 'email',
    locality: 1,
    createdAt: '2026-02-01 09:00',
  });
  // 23:30 in Kyiv on 31 March is still the first quarter; 00:30 on 1 April is not (though it is in UTC).
  const r4 = await insertReportRequest(db, centre, {
    category: 'inpatient',
    channel: 'phone',
    locality: 1,
    createdAt: '2026-03-31 23:30',
  });
  const r5 = await insertReportRequest(db, centre, {
    category: 'immobile',
    channel: 'phone',
    locality: 0,
    createdAt: '2025-12-31 23:30',
  });
  await insertReportRequest(db, centre, {
    category: 'immobile',
    channel: 'web',
    locality: 0,
    createdAt: '2026-04-01 00:30',
  });
  await insertReportVisit(db, centre, r1.requestId, {
    startsAt: '2026-01-07 10:00',
    report: { administratorId: admin, outcome: 'completed' },
  });
  await insertReportVisit(db, centre, r2.requestId, {
    startsAt: '2026-01-12 09:00',
    report: { administratorId: admin, outcome: 'cancelled' },
  });
  await insertReportVisit(db, centre, r3.requestId, {
    startsAt: '2026-02-11 09:00',
    report: { administratorId: admin, outcome: 'partly_completed' },
  });
  await insertReportVisit(db, centre, r5.requestId, { startsAt: '2026-01-03 23:30' });
  await insertReportVisit(db, centre, r4.requestId, { startsAt: '2026-03-31 10:00', status: 'cancelled' });
  const name1 = 'Реєстрація місця проживання';
  await insertReportApplication(db, centre, {
    serviceId: s1,
    serviceName: name1,
    administratorId: admin,
    registeredAt: '2026-01-07 10:30',
    request: r1,
  });
  await insertReportApplication(db, centre, {
    serviceId: s2,
    serviceName: 'Довідка про склад сім’ї',
    administratorId: admin,
    registeredAt: '2026-01-07 10:40',
    request: r1,
  });
  const a3 = await insertReportApplication(db, centre, {
    serviceId: s1,
    serviceName: name1,
    administratorId: admin,
    registeredAt: '2026-02-11 09:20',
    request: r3,
  });
  await insertReportApplication(db, centre, {
    serviceId: s1,
    serviceName: name1,
    administratorId: head.actor.personId,
    registeredAt: '2026-03-15 12:00',
  });
  await insertReportApplication(db, centre, {
    serviceId: s1,
    serviceName: name1,
    administratorId: admin,
    registeredAt: '2026-02-12 09:00',
    request: r3,
    correctsId: a3,
  });
  await insertReportApplication(db, centre, {
    serviceId: s1,
    serviceName: name1,
    administratorId: admin,
    registeredAt: '2026-04-01 00:10',
  });
  return { ...staff, s1, s2 };
}

type Row = { key: string; label: string | null; count: number };
type Breakdown = { measure: string; dimension: string; rows: Row[] };
const counts = (report: { breakdowns: Breakdown[] }, measure: string, dimension: string) =>
  Object.fromEntries(
    report.breakdowns
      .find((b) => b.measure === measure && b.dimension === dimension)!
      .rows.map((r) => [r.key, r.count]),
  );

describe('reports', () => {
  const t = useTestDatabase();

  it('counts requests, visits and services of the quarter exactly, by every dimension, in Kyiv time', async () => {
    const h = await buildHistory(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, h.head.login, TEST_PASSWORD);
    const response = await head.get(Q1);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.period).toEqual({ kind: 'quarter', code: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(report.totals).toEqual({ requests: 4, visits: 4, visitsCompleted: 2, applications: 4 });
    expect(counts(report, 'requests', 'category')).toEqual({
      aged_80_plus: 2,
      disability_group_1: 1,
      inpatient: 1,
    });
    expect(counts(report, 'requests', 'channel')).toEqual({ phone: 3, email: 1 });
    expect(counts(report, 'requests', 'locality')).toEqual({
      [h.centre.localityIds[0]!]: 2,
      [h.centre.localityIds[1]!]: 2,
    });
    expect(counts(report, 'visits', 'administrator')).toEqual({
      [h.administrator.actor.personId]: 3,
      none: 1,
    });
    expect(counts(report, 'visits', 'category')).toEqual({
      aged_80_plus: 2,
      disability_group_1: 1,
      immobile: 1,
    });
    expect(counts(report, 'applications', 'service')).toEqual({ [h.s1]: 3, [h.s2]: 1 });
    expect(counts(report, 'applications', 'category')).toEqual({
      aged_80_plus: 2,
      disability_group_1: 1,
      none: 1,
    });
    expect(counts(report, 'applications', 'channel')).toEqual({ phone: 2, email: 1, none: 1 });
    expect(counts(report, 'applications', 'administrator')).toEqual({
      [h.administrator.actor.personId]: 3,
      [h.head.actor.personId]: 1,
    });
    expect(counts(report, 'applications', 'locality')).toEqual({
      [h.centre.localityIds[0]!]: 2,
      [h.centre.localityIds[1]!]: 1,
      none: 1,
    });
    // Names are looked up after counting: staff, localities and services carry theirs.
    const rowOf = (measure: string, dimension: string, key: string) =>
      (report.breakdowns as Breakdown[])
        .find((b) => b.measure === measure && b.dimension === dimension)!
        .rows.find((r) => r.key === key)!;
    const admin = h.administrator.actor.personId;
    expect(rowOf('visits', 'administrator', admin).label).toBe(h.administrator.actor.name);
    expect(rowOf('applications', 'administrator', admin).label).toBe(h.administrator.actor.name);
    expect(rowOf('visits', 'administrator', 'none').label).toBeNull();
    expect(rowOf('requests', 'locality', h.centre.localityIds[0]!).label).toEqual(expect.any(String));
    expect(rowOf('applications', 'locality', 'none').label).toBeNull();
    expect(rowOf('requests', 'category', 'aged_80_plus').label).toBeNull();
    expect(report.topServices[0]).toMatchObject({
      key: h.s1,
      label: 'Реєстрація місця проживання',
      labelEn: 'Registration of residence',
      count: 3,
    });
    // Waits of 2, 2 + 1/24, 3 and 10 days: median and 90th percentile by percentile_cont.
    expect(report.waiting.visits).toBe(4);
    expect(report.waiting.medianDays).toBeCloseTo((2 + 1 / 24 + 3) / 2, 6);
    expect(report.waiting.p90Days).toBeCloseTo(3 + 0.7 * 7, 6);
    // A month and a range give their own figures.
    expect((await head.get('/api/v1/reports?period=2026-01')).json().totals).toEqual({
      requests: 2,
      visits: 3,
      visitsCompleted: 1,
      applications: 2,
    });
    expect((await head.get('/api/v1/reports?from=2026-03-31&to=2026-04-01')).json().totals.requests).toBe(2);
    await app.close();
  });

  it('refuses bad periods with a clear error', async () => {
    const h = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, h.head.login, TEST_PASSWORD);
    const reversed = await head.get('/api/v1/reports?from=2026-03-01&to=2026-02-01', {
      'accept-language': 'en',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('reports.period_reversed');
    expect(reversed.json().error.message).toMatch(/ends before it starts/);
    expect((await head.get('/api/v1/reports')).json().error.code).toBe('reports.period_required');
    expect((await head.get('/api/v1/reports?period=2026-Q5')).statusCode).toBe(400);
    expect((await head.get('/api/v1/reports?from=2020-01-01&to=2026-01-01')).json().error.code).toBe(
      'reports.period_too_long',
    );
    await app.close();
  });

  it("lets the head and quality read their centre only; another centre's id is not found", async () => {
    const h = await buildHistory(t.db);
    const other = await makeCentreWithStaff(t.db);
    const quality = await makePerson(t.db, { centreId: h.centre.id }, ['quality']);
    const app = await testApp(t.handle);
    expect((await (await signIn(app, quality.login, TEST_PASSWORD)).get(Q1)).json().totals.applications).toBe(
      4,
    );
    expect((await (await signIn(app, h.operator.login, TEST_PASSWORD)).get(Q1)).statusCode).toBe(403);
    const otherHead = await signIn(app, other.head.login, TEST_PASSWORD);
    expect((await otherHead.get(`${Q1}&centreId=${h.centre.id}`)).statusCode).toBe(404);
    expect((await otherHead.get(Q1)).json().totals).toEqual({
      requests: 0,
      visits: 0,
      visitsCompleted: 0,
      applications: 0,
    });
    await app.close();
  });

  it("shows a regional observer the region's centres side by side, without staff names, and nothing of other regions", async () => {
    const first = await buildHistory(t.db);
    const second = await buildHistory(t.db, first.centre.regionId);
    const elsewhere = await makeCentreWithStaff(t.db);
    const observer = await makePerson(t.db, { regionId: first.centre.regionId }, ['regional_observer']);
    const app = await testApp(t.handle);
    const client = await signIn(app, observer.login, TEST_PASSWORD);
    const region = (await client.get('/api/v1/reports/region?period=2026-Q1')).json();
    expect(region.centres.map((c: { centre: { id: string } }) => c.centre.id).sort()).toEqual(
      [first.centre.id, second.centre.id].sort(),
    );
    for (const report of region.centres) expect(report.totals.applications).toBe(4);
    // One statement counts every centre, grouped by centre: each column is that centre's own report.
    for (const report of region.centres)
      expect(report).toEqual((await client.get(`${Q1}&centreId=${report.centre.id}`)).json());
    expect(JSON.stringify(region)).not.toContain(first.administrator.actor.name);
    const one = await client.get(`${Q1}&centreId=${second.centre.id}`);
    expect(one.json().breakdowns.some((b: Breakdown) => b.dimension === 'administrator')).toBe(false);
    expect((await client.get(`${Q1}&centreId=${elsewhere.centre.id}`)).statusCode).toBe(404);
    expect((await client.post('/api/v1/reports/publications', { period: '2026-Q1' })).statusCode).toBe(403);
    // Centre staff have no region view.
    expect(
      (await (await signIn(app, first.head.login, TEST_PASSWORD)).get('/api/v1/reports/region?period=2026'))
        .statusCode,
    ).toBe(403);
    await app.close();
  });

  it('exports the report as XLSX and as a PDF with Cyrillic text', async () => {
    const h = await buildHistory(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, h.head.login, TEST_PASSWORD);
    const xlsx = await head.get('/api/v1/reports/export?period=2026-Q1&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await head.get('/api/v1/reports/export?period=2026-Q1&format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Звіт мобільного ЦНАП');
    expect(text).toContain('Реєстрація місця проживання: 3');
    await app.close();
  });

  it('publishes a finished quarter once the head clicks, audited, and shows it publicly with small counts withheld', async () => {
    const h = await buildHistory(t.db);
    const comms = await makePerson(t.db, { centreId: h.centre.id }, ['comms']);
    const app = await testApp(t.handle);
    const head = await signIn(app, h.head.login, TEST_PASSWORD);
    const commsClient = await signIn(app, comms.login, TEST_PASSWORD);
    expect((await commsClient.get('/api/v1/reports/publications/preview?period=2026-Q1')).statusCode).toBe(
      200,
    );
    expect((await commsClient.post('/api/v1/reports/publications', { period: '2026-Q1' })).statusCode).toBe(
      403,
    );
    expect((await head.post('/api/v1/reports/publications', { period: '2099-Q1' })).json().error.code).toBe(
      'reports.period_not_over',
    );
    const published = await head.post('/api/v1/reports/publications', { period: '2026-Q1' });
    expect(published.statusCode).toBe(201);
    const audit = (await head.get('/api/v1/audit')).json();
    expect(JSON.stringify(audit)).toContain('report.publish');

    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/public/indicators/${h.centre.slug}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['cache-control']).toContain('public');
    const body = anonymous.json();
    expect(body.publications).toHaveLength(1);
    const figures = body.publications[0].figures;
    // Four requests, four visits, four services: every total is under five.
    expect(figures.totals.requests).toEqual({ count: null, flag: 'small' });
    expect(figures.totals.applications).toEqual({ count: null, flag: 'small' });
    expect(figures.waiting).toBeNull();
    const text = anonymous.body;
    for (const secret of [h.administrator.actor.name, h.head.actor.name, 'Заявниця', 'Відвідувач'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"count":[1-4]\b/);

    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/public/indicators/no-such-centre',
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      code: 'reports.centre_unknown',
      message: 'There is no centre at this address. Check the link.',
    });
    await app.close();
  });

  it('keeps the public figures in memory with an ETag, and shows a new publication at once', async () => {
    const h = await buildHistory(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, h.head.login, TEST_PASSWORD);
    const url = `/api/v1/public/indicators/${h.centre.slug}`;
    const visit = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

    const empty = await visit();
    expect(empty.statusCode).toBe(200);
    expect(empty.headers['cache-control']).toBe('public, no-cache');
    expect(empty.headers['content-type']).toContain('application/json');
    expect(empty.json().publications).toEqual([]);
    const firstTag = String(empty.headers.etag);
    expect(firstTag).toMatch(/^"[A-Za-z0-9_-]+"$/);

    // The head publishes: the very next visitor sees the quarter, under a new ETag.
    expect((await head.post('/api/v1/reports/publications', { period: '2026-Q1' })).statusCode).toBe(201);
    const published = await visit({ 'if-none-match': firstTag });
    expect(published.statusCode).toBe(200);
    expect(published.json().publications.map((p: { period: { code: string } }) => p.period.code)).toEqual([
      '2026-Q1',
    ]);
    const tag = String(published.headers.etag);
    expect(tag).not.toBe(firstTag);
    const notModified = await visit({ 'if-none-match': `W/${tag}` });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(tag);

    // Served from memory: rows removed behind the server's back do not show until it publishes again.
    await sql`DELETE FROM report_publications WHERE centre_id = ${h.centre.id}`.execute(t.db);
    expect((await visit()).json().publications).toHaveLength(1);
    expect((await visit({ 'if-none-match': tag })).statusCode).toBe(304);
    expect((await head.post('/api/v1/reports/publications', { period: '2025-Q4' })).statusCode).toBe(201);
    const fresh = await visit({ 'if-none-match': tag });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().publications.map((p: { period: { code: string } }) => p.period.code)).toEqual([
      '2025-Q4',
    ]);
    // The OpenAPI document still describes the answer, and says how to revalidate it.
    const openapi = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const described = openapi.paths['/api/v1/public/indicators/{slug}'].get;
    expect(described.summary).toContain('If-None-Match');
    expect(described.responses['200']).toBeDefined();
    // An unknown address is refused every time, and is not remembered.
    for (let i = 0; i < 2; i++)
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/public/indicators/no-such-centre' })).statusCode,
      ).toBe(404);
    await app.close();
  });

  it('lets only the embeddable indicators page be framed by other sites', async () => {
    const app = await testApp(t.handle);
    const embed = await app.inject({ method: 'GET', url: '/embed/indicators/some-centre' });
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: '/indicators/some-centre' });
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    await app.close();
  });
});
