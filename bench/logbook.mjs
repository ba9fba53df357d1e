// The logbook at the scale of a large installation, on PostgreSQL: ENTRIES (default 1,000,000)
// applications over CENTRES (default 10) centres, generated in SQL. One centre's applications are
// chained by the application itself, and their steps (forwarded, decision, result, delivery) are
// generated in SQL and chained after them (EVENTS=0 leaves them out); the other centres get their
// state rows in SQL. Prints: the time to chain one centre, the p95 of a filtered logbook page, the
// time to export 10,000 rows to XLSX (and CSV), and the time to verify the chain of one centre.
// Run: npm run bench -- logbook   (DATABASE_URL names a server where a database may be created;
// default postgresql://postgres@127.0.0.1:5432/postgres). Smaller: ENTRIES=200000 npm run bench -- logbook
import pg from 'pg';
import { sql } from 'kysely';
import { addDays, civilDateIn, DEFAULT_WORKING_HOURS, uuidv7 } from '../domain/dist/index.js';
import { actorFor } from '../server/dist/auth/auth.service.js';
import { createDb } from '../server/dist/db/create-db.js';
import { migrate } from '../server/dist/db/migrate.js';
import { eventContentHash } from '../server/dist/logbook/chain.js';
import { appendLinks, lockHead } from '../server/dist/logbook/chain.repository.js';
import { journalRows } from '../server/dist/logbook/journal.js';
import { journalText } from '../server/dist/logbook/journal.texts.js';
import { chainPending } from '../server/dist/logbook/logbook-ingest.js';
import { exportLogbook } from '../server/dist/logbook/logbook-export.service.js';
import { listLogbook } from '../server/dist/logbook/logbook-read.service.js';
import { verifyCentreChain } from '../server/dist/logbook/logbook-verify.service.js';
import { insertCentre } from '../server/dist/org/centre.repository.js';
import { insertPerson } from '../server/dist/org/person.repository.js';
import { insertCommunity, insertRegion } from '../server/dist/org/region.repository.js';

const ENTRIES = Number(process.env.ENTRIES ?? 1_000_000);
const CENTRES = Number(process.env.CENTRES ?? 10);
const PAGES = Number(process.env.PAGES ?? 200);
const EVENTS = process.env.EVENTS !== '0';
const PER_CENTRE = Math.floor(ENTRIES / CENTRES);
const SECONDS_APART = 864; // 100 a day: 100,000 entries span about three years

const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const name = `valiza_bench_logbook_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const handle = await createDb({ kind: 'postgresql', url: url.toString(), poolSize: 4 });
const db = handle.db;
const ms = (start) => Math.round(performance.now() - start);

try {
  await migrate(handle);
  const regionId = uuidv7();
  const communityId = uuidv7();
  await insertRegion(db, { id: regionId, name: 'Bench', nameEn: null });
  await insertCommunity(db, { id: communityId, regionId, name: 'Bench', katotth: null });
  const centres = [];
  for (let c = 0; c < CENTRES; c++) {
    const id = uuidv7();
    await insertCentre(db, {
      id,
      communityId,
      code: `BN${c}`,
      slug: `bench-${c}`,
      name: `Bench ${c}`,
      workingHours: DEFAULT_WORKING_HOURS,
    });
    const personId = uuidv7();
    await insertPerson(
      db,
      {
        id: personId,
        centreId: id,
        regionId: null,
        name: `Head ${c}`,
        login: `bench.head.${c}`,
        passwordHash: 'x',
      },
      ['head', 'administrator'],
    );
    centres.push({ id, code: `BN${c}`, personId });
  }
  // Ids ordered by time, as the application's own uuidv7 (PostgreSQL 15 has no uuidv7()).
  await sql`CREATE FUNCTION bench_uuidv7(at timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT (lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7' || substr(r, 1, 3) || '8'
      || substr(r, 4, 15))::uuid FROM (SELECT md5(random()::text) AS r) x $$`.execute(db);
  await sql`INSERT INTO services (id, centre_id, code, name, provider, term_days, term_kind, estimated_minutes)
    SELECT gen_random_uuid(), c.id, 'S' || s, 'Послуга ' || s, 'Надавач ' || s, CASE WHEN s = 1 THEN 5 ELSE NULL END,
           CASE WHEN s = 1 THEN 'working' ELSE 'calendar' END, 30
    FROM centres c, generate_series(1, 3) s`.execute(db);
  await sql`INSERT INTO applicants (id, centre_id, full_name, name_key)
    SELECT gen_random_uuid(), c.id, 'Заявник ' || g, 'заявник ' || g FROM centres c, generate_series(1, 50) g`.execute(
    db,
  );

  // Instants to the millisecond, as the application stores them.
  let start = performance.now();
  await sql`INSERT INTO applications (id, centre_id, year, number_value, number, place, applicant_id, service_id, service_name,
      provider, identity, documents, administrator_id, registered_at, received_at)
    SELECT bench_uuidv7(ts), c.id, 2024, g, c.code || '/2024/' || lpad(g::text, 6, '0'), 'mobile_visit',
      (SELECT a.id FROM applicants a WHERE a.centre_id = c.id ORDER BY a.id OFFSET (g % 50) LIMIT 1),
      (SELECT s.id FROM services s WHERE s.centre_id = c.id ORDER BY s.code OFFSET (g % 3) LIMIT 1),
      'Послуга', 'Надавач', '{"kind":"id_card"}', '[{"name":"Заява","pages":1,"original":true,"certified":false}]',
      p.id, ts, ts
    FROM centres c JOIN persons p ON p.centre_id = c.id
    CROSS JOIN generate_series(1, ${PER_CENTRE}) g
    CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', now()) - (${PER_CENTRE} - g) * interval '${sql.raw(String(SECONDS_APART))} seconds' AS ts) t`.execute(
    db,
  );
  console.log(`generated ${PER_CENTRE * CENTRES} applications in ${ms(start)} ms`);

  // Every centre but the first: state rows in SQL, as if chained long ago (their chains are not verified).
  start = performance.now();
  const [first, ...others] = centres;
  await sql`INSERT INTO logbook_status (application_id, centre_id, received_at, service_id, administrator_id, status,
      forward_by, provider_due, forwarded_at, decision, decided_at)
    SELECT a.id, a.centre_id, a.received_at, a.service_id, a.administrator_id,
      CASE WHEN a.received_at > now() - interval '3 days' THEN 'registered'
           WHEN a.received_at > now() - interval '40 days' OR a.number_value % 17 = 0 THEN 'forwarded' ELSE 'decided' END,
      (a.received_at AT TIME ZONE 'Europe/Kyiv')::date + 1, (a.received_at AT TIME ZONE 'Europe/Kyiv')::date + 30,
      CASE WHEN a.received_at > now() - interval '3 days' THEN NULL ELSE a.received_at + interval '1 day' END,
      CASE WHEN a.received_at > now() - interval '40 days' OR a.number_value % 17 = 0 THEN NULL
           WHEN a.number_value % 9 = 0 THEN 'refused' ELSE 'granted' END,
      CASE WHEN a.received_at > now() - interval '40 days' OR a.number_value % 17 = 0 THEN NULL ELSE a.received_at + interval '10 days' END
    FROM applications a WHERE a.centre_id <> ${first.id}`.execute(db);
  await sql`DELETE FROM logbook_inbox WHERE centre_id <> ${first.id}`.execute(db);
  await sql`ANALYZE`.execute(db);
  console.log(`state rows of ${others.length} centres in SQL: ${ms(start)} ms`);

  start = performance.now();
  const chained = await chainPending(db, first.id);
  console.log(`chained ${chained} applications of one centre through the application: ${ms(start)} ms`);
  if (EVENTS) {
    // The first centre's steps, generated in SQL by the same rules as the others' state rows:
    // forwarded a day after receipt, decided ten days after (every ninth refused), result and
    // delivery 15 and 20 days after for what is older than two months.
    start = performance.now();
    await sql`INSERT INTO logbook_events (id, centre_id, application_id, kind, content, occurred_at, recorded_at, recorded_by)
      SELECT bench_uuidv7(s.at), a.centre_id, a.id, s.kind, s.content, s.at, s.at, a.administrator_id
      FROM applications a
      CROSS JOIN LATERAL (VALUES
        (1, 'forwarded', jsonb_build_object('method', (ARRAY['e_registry', 'courier', 'email'])[a.number_value % 3 + 1]),
          a.received_at + interval '1 day', a.received_at <= now() - interval '3 days'),
        (2, 'decision', CASE WHEN a.number_value % 9 = 0
            THEN '{"decision":"refused","reason":"Неповний пакет документів"}'::jsonb ELSE '{"decision":"granted"}'::jsonb END,
          a.received_at + interval '10 days', a.received_at <= now() - interval '40 days' AND a.number_value % 17 <> 0),
        (3, 'result_received', '{}'::jsonb, a.received_at + interval '15 days',
          a.received_at <= now() - interval '60 days' AND a.number_value % 17 <> 0),
        (4, 'delivered', CASE WHEN a.number_value % 2 = 0 THEN '{"method":"pickup"}'::jsonb
            ELSE jsonb_build_object('method', 'post', 'trackingNumber', '05000' || lpad(a.number_value::text, 8, '0')) END,
          a.received_at + interval '20 days', a.received_at <= now() - interval '60 days' AND a.number_value % 17 <> 0)
      ) AS s (step, kind, content, at, happened)
      WHERE a.centre_id = ${first.id} AND s.happened
      ORDER BY a.received_at, s.step`.execute(db);
    await sql`UPDATE logbook_status st SET
        status = CASE WHEN v.dl IS NOT NULL THEN 'delivered' WHEN v.r IS NOT NULL THEN 'result_ready'
                      WHEN v.d IS NOT NULL THEN 'decided' WHEN v.f IS NOT NULL THEN 'forwarded' ELSE 'registered' END,
        forwarded_at = v.f, decision = v.decision, decided_at = v.d, result_received_at = v.r,
        delivered_at = v.dl, delivery_method = v.m
      FROM (SELECT application_id,
          max(occurred_at) FILTER (WHERE kind = 'forwarded') AS f,
          max(content ->> 'decision') FILTER (WHERE kind = 'decision') AS decision,
          max(occurred_at) FILTER (WHERE kind = 'decision') AS d,
          max(occurred_at) FILTER (WHERE kind = 'result_received') AS r,
          max(occurred_at) FILTER (WHERE kind = 'delivered') AS dl,
          max(content ->> 'method') FILTER (WHERE kind = 'delivered') AS m
        FROM logbook_events WHERE centre_id = ${first.id} GROUP BY application_id) v
      WHERE st.application_id = v.application_id`.execute(db);
    console.log(`generated the first centre's events in SQL: ${ms(start)} ms`);
    // Chained by the application's own code, in the order stored, after the applications.
    start = performance.now();
    let linked = 0;
    for (let after = null; ;) {
      const batch =
        await sql`SELECT id, centre_id, application_id, kind, content, occurred_at, recorded_at, recorded_by, corrects_id
        FROM logbook_events WHERE centre_id = ${first.id}
          AND (${after === null} OR (recorded_at, id) > (${after?.recorded_at ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        ORDER BY recorded_at, id LIMIT 10000`.execute(db);
      if (batch.rows.length === 0) break;
      await db.transaction().execute(async (tx) =>
        appendLinks(
          tx,
          first.id,
          await lockHead(tx, first.id),
          batch.rows.map((row) => ({ kind: 'event', refId: row.id, contentHash: eventContentHash(row) })),
        ),
      );
      linked += batch.rows.length;
      after = batch.rows.at(-1);
    }
    console.log(`chained ${linked} events of that centre: ${ms(start)} ms`);
  }
  await sql`ANALYZE`.execute(db);

  const actor = await actorFor(db, centres[1].personId, null);
  const services = await db
    .selectFrom('services')
    .select('id')
    .where('centre_id', '=', centres[1].id)
    .execute();
  const today = civilDateIn(new Date());
  const filters = [
    () => ({}),
    () => ({ status: 'forwarded' }),
    () => ({ overdue: 'any' }),
    () => ({ overdue: 'provider' }),
    () => ({ serviceId: services[Math.floor(Math.random() * services.length)].id }),
    () => {
      const from = addDays(today, -Math.floor(Math.random() * 900) - 30);
      return { from, to: addDays(from, 30) };
    },
    () => ({ decision: 'refused', from: addDays(today, -365), to: today }),
    () => ({ administratorId: centres[1].personId, status: 'decided' }),
  ];
  const times = [];
  for (let i = 0; i < PAGES; i++) {
    const query = { limit: 50, ...filters[i % filters.length]() };
    const t0 = performance.now();
    const page = await listLogbook(db, actor, query);
    if (page.nextCursor && i % 4 === 0) await listLogbook(db, actor, { ...query, cursor: page.nextCursor });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  console.log(
    `filtered page (${PAGES} pages, 8 kinds of filter): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms (target p95 < 200 ms)`,
  );

  const headA = await actorFor(db, first.personId, null);
  const days = Math.ceil((10_000 * SECONDS_APART) / 86_400);
  const from = addDays(today, -days - 5);
  const period = { from, to: addDays(from, days - 1) };
  start = performance.now();
  const journal = await journalRows(db, first.id, period, today, journalText('uk'));
  console.log(`the period's journal rows (one query): ${journal.length - 1} rows in ${ms(start)} ms`);
  start = performance.now();
  const csv = await exportLogbook(db, headA, { ...period, format: 'csv' });
  console.log(`export to CSV: ${ms(start)} ms, ${Math.round(csv.bytes.length / 1024)} KB`);
  start = performance.now();
  const file = await exportLogbook(db, headA, { ...period, format: 'xlsx' });
  const took = ms(start);
  console.log(
    `export of ${journal.length - 1} rows to XLSX: ${took} ms, ${Math.round(file.bytes.length / 1024)} KB (target < 5000 ms)`,
  );

  start = performance.now();
  const verified = await verifyCentreChain(db, { id: first.id, code: first.code });
  console.log(
    `verify of one centre's chain: ${verified.entries} entries and ${verified.events} events, ${verified.links} links, ok=${verified.ok}, ${ms(start)} ms`,
  );
} finally {
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}
