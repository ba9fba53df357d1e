// The logbook at the scale of a large installation, on PostgreSQL: ENTRIES (default 1,000,000)
// applications over CENTRES (default 10) centres, generated in SQL. One centre's applications are
// chained by the application itself (its chain is then verified); the others get their state rows
// in SQL. Prints: the time to chain one centre, the p95 of a filtered logbook page, the time to
// export 10,000 rows to XLSX, and the time to verify the chain of one centre.
// Run: npm run bench -- logbook   (DATABASE_URL names a server where a database may be created;
// default postgresql://postgres@127.0.0.1:5432/postgres). Smaller: ENTRIES=200000 npm run bench -- logbook
import pg from 'pg';
import { sql } from 'kysely';
import { addDays, civilDateIn, DEFAULT_WORKING_HOURS, uuidv7 } from '../domain/dist/index.js';
import { actorFor } from '../server/dist/auth/auth.service.js';
import { createDb } from '../server/dist/db/create-db.js';
import { migrate } from '../server/dist/db/migrate.js';
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
  await sql`INSERT INTO services (id, centre_id, code, name, provider, term_days, term_kind, estimated_minutes)
    SELECT gen_random_uuid(), c.id, 'S' || s, 'Послуга ' || s, 'Надавач ' || s, CASE WHEN s = 1 THEN 5 ELSE NULL END,
           CASE WHEN s = 1 THEN 'working' ELSE 'calendar' END, 30
    FROM centres c, generate_series(1, 3) s`.execute(db);
  await sql`INSERT INTO applicants (id, centre_id, full_name, name_key)
    SELECT gen_random_uuid(), c.id, 'Заявник ' || g, 'заявник ' || g FROM centres c, generate_series(1, 50) g`.execute(
    db,
  );

  let start = performance.now();
  await sql`INSERT INTO applications (id, centre_id, year, number_value, number, place, applicant_id, service_id, service_name,
      provider, identity, documents, administrator_id, registered_at, received_at)
    SELECT gen_random_uuid(), c.id, 2024, g, c.code || '/2024/' || lpad(g::text, 6, '0'), 'mobile_visit',
      (SELECT a.id FROM applicants a WHERE a.centre_id = c.id ORDER BY a.id OFFSET (g % 50) LIMIT 1),
      (SELECT s.id FROM services s WHERE s.centre_id = c.id ORDER BY s.code OFFSET (g % 3) LIMIT 1),
      'Послуга', 'Надавач', '{"kind":"id_card"}', '[{"name":"Заява","pages":1,"original":true,"certified":false}]',
      p.id, ts, ts
    FROM centres c JOIN persons p ON p.centre_id = c.id
    CROSS JOIN generate_series(1, ${PER_CENTRE}) g
    CROSS JOIN LATERAL (SELECT now() - (${PER_CENTRE} - g) * interval '${sql.raw(String(SECONDS_APART))} seconds' AS ts) t`.execute(
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
  await sql`ANALYZE`.execute(db);

  const { journalRows } = await import('../server/dist/logbook/journal.js');
  const { writeTable } = await import('../server/dist/catalogue/spreadsheet.js');
  const today = civilDateIn(new Date());
  const from = addDays(today, -200);
  let t = performance.now();
  const rows = await journalRows(db, first.id, { from, to: today }, today);
  console.log('journalRows', rows.length, ms(t));
  t = performance.now();
  const b = await writeTable(rows, 'xlsx', 'J');
  console.log('writeTable', b.length, ms(t));
} finally {
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}
