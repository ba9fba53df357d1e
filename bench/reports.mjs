// Reports on ten years of data for 50 centres (about 2 million applications) on PostgreSQL.
// The rows are generated in SQL (generate_series) in a database of its own, `valiza_bench_reports`,
// created afresh on the server named by DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
// Prints p50/p95 of every report over HTTP, then loads the public indicators (API and page) with
// CONNECTIONS (50) concurrent keep-alive connections for DURATION (30) seconds on loopback.
// Smaller runs: APPLICATIONS=200000 npm run bench -- reports. KEEP=1 keeps the database; REUSE=1 then
// measures the kept database again without generating it anew (after a migration it is migrated).
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(join(root, path)).href);
const { buildApp } = isMainThread ? await load('server/dist/app.js') : {};
const { loadConfig } = isMainThread ? await load('server/dist/config.js') : {};
const { createDb } = isMainThread ? await load('server/dist/db/create-db.js') : {};
const { migrate } = isMainThread ? await load('server/dist/db/migrate.js') : {};
const { hashPassword } = isMainThread ? await load('server/dist/auth/password.js') : {};
// The load workers need none of these.
const pg = isMainThread ? (await load('node_modules/pg/lib/index.js')).default : null;

const APPLICATIONS = Number(process.env.APPLICATIONS ?? 2_000_000);
const CENTRES = 50;
const REGIONS = 5;
const YEARS = 10;
const ITERATIONS = Number(process.env.ITERATIONS ?? 20);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const DURATION = Number(process.env.DURATION ?? 30);
const NAME = 'valiza_bench_reports';
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// Nine in ten visits go ahead and each registers two applications.
const REQUESTS = Math.ceil(APPLICATIONS / 1.8);
const LAST_YEAR = 2025;
const FIRST_YEAR = LAST_YEAR - YEARS + 1;

async function admin(sql) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);

/** Organisations, staff, services and a history of requests, visits and applications, all in SQL. */
async function generate(client, passwordHash) {
  const step = async (label, sql, params = []) => {
    const t = performance.now();
    const r = await client.query(sql, params);
    console.log(`  ${label}: ${r.rowCount ?? ''} rows in ${seconds(t)} s`);
  };
  // The rows are consistent by construction: skip the foreign-key triggers while loading (superuser).
  await client.query('SET session_replication_role = replica');
  // Ids from a hash of their meaning, shaped as version-4 UUIDs so that the API's contracts accept them.
  await client.query(`CREATE FUNCTION bench_id(text) RETURNS uuid IMMUTABLE LANGUAGE sql AS
    $$ SELECT (substr(md5($1), 1, 12) || '4' || substr(md5($1), 14, 3) || '8' || substr(md5($1), 18, 15))::uuid $$`);
  const id = (kind, ...parts) => `bench_id('${kind}' || ${parts.join(" || '-' || ")})`;
  await step(
    'regions',
    `INSERT INTO regions (id, name) SELECT ${id('region', 'r')}, 'Область ' || r FROM generate_series(1, ${REGIONS}) r`,
  );
  await step(
    'communities',
    `INSERT INTO communities (id, region_id, name)
    SELECT ${id('community', 'c')}, ${id('region', `(c % ${REGIONS} + 1)`)}, 'Громада ' || c FROM generate_series(1, ${CENTRES}) c`,
  );
  await step(
    'centres',
    `INSERT INTO centres (id, community_id, code, slug, name, working_hours)
    SELECT ${id('centre', 'c')}, ${id('community', 'c')}, 'B' || c, 'bench-' || c, 'ЦНАП ' || c, '{}'::jsonb FROM generate_series(1, ${CENTRES}) c`,
  );
  await step(
    'localities',
    `INSERT INTO localities (id, community_id, name)
    SELECT ${id('loc', 'c', 'l')}, ${id('community', 'c')}, 'Село ' || l FROM generate_series(1, ${CENTRES}) c, generate_series(0, 9) l`,
  );
  await step(
    'kits',
    `INSERT INTO kits (id, centre_id, code) SELECT ${id('kit', 'c')}, ${id('centre', 'c')}, 'K' || c FROM generate_series(1, ${CENTRES}) c`,
  );
  await step(
    'staff',
    `INSERT INTO persons (id, centre_id, name, login, password_hash, password_changed_at)
    SELECT ${id('person', 'c', 'p')}, ${id('centre', 'c')}, 'Адміністратор ' || c || '-' || p, 'b' || c || '.' || p, $1, now()
    FROM generate_series(1, ${CENTRES}) c, generate_series(0, 5) p`,
    [passwordHash],
  );
  await step(
    'roles',
    `INSERT INTO person_roles (person_id, role)
    SELECT ${id('person', 'c', 'p')}, CASE WHEN p = 0 THEN 'head' ELSE 'administrator' END FROM generate_series(1, ${CENTRES}) c, generate_series(0, 5) p`,
  );
  await step(
    'observer',
    `INSERT INTO persons (id, region_id, name, login, password_hash, password_changed_at)
    VALUES (${id('observer', "'1'")}, ${id('region', '1')}, 'Спостерігач', 'b.observer', $1, now())`,
    [passwordHash],
  );
  await client.query(
    `INSERT INTO person_roles (person_id, role) VALUES (${id('observer', "'1'")}, 'regional_observer')`,
  );
  await step(
    'services',
    `INSERT INTO services (id, centre_id, code, name, provider, estimated_minutes, documents)
    SELECT ${id('service', 'c', 's')}, ${id('centre', 'c')}, 'S' || s, 'Послуга ' || s, 'Надавач', 30, '[]'::jsonb
    FROM generate_series(1, ${CENTRES}) c, generate_series(0, 9) s`,
  );
  await step(
    'applicants',
    `INSERT INTO applicants (id, centre_id, full_name, name_key)
    SELECT ${id('applicant', 'c', 'a')}, ${id('centre', 'c')}, 'Особа ' || a, 'особа ' || a FROM generate_series(1, ${CENTRES}) c, generate_series(0, 999) a`,
  );
  // Request n belongs to centre n % 50 + 1 and comes in at an even pace over the ten years; m = n / 50
  // numbers a centre's own requests and spreads them over channels, localities, staff and services.
  await client.query(`CREATE TEMP TABLE gen AS
    SELECT n, n % ${CENTRES} + 1 AS c, n / ${CENTRES} AS m,
      timestamptz '${FIRST_YEAR}-01-01 06:00+00' + (n::float8 / ${REQUESTS}) * interval '${YEARS} years' AS at
    FROM generate_series(1, ${REQUESTS}) n`);
  await step(
    'requests',
    `INSERT INTO requests (id, centre_id, number, number_year, number_seq, applicant_id, channel, state,
      requester_kind, place_kind, locality_id, category, created_at, state_changed_at, updated_at)
    SELECT ${id('request', 'n')}, ${id('centre', 'c')}, 'B-' || n, extract(year FROM at)::int, n, ${id('applicant', 'c', '(m % 1000)')},
      (ARRAY['phone','in_person','email','social_worker','web'])[m % 5 + 1], 'completed', 'self', 'home',
      ${id('loc', 'c', '(m % 10)')},
      (ARRAY['disability_group_1','self_care_incapable','aged_80_plus','immobile','inpatient','remote_locality','everybody'])[(m * 7 / 3) % 7 + 1],
      at, at, at
    FROM gen`,
  );
  await step(
    'visits',
    `INSERT INTO visits (id, centre_id, request_id, kind, status, day, starts_at, ends_at, kit_id, service_minutes, cancel_reason)
    SELECT ${id('visit', 'n')}, ${id('centre', 'c')}, ${id('request', 'n')}, 'home',
      CASE WHEN m % 10 = 0 THEN 'cancelled' ELSE 'planned' END,
      ((at + (1 + n % 14) * interval '1 day' + (n % 97) * interval '1 hour') AT TIME ZONE 'Europe/Kyiv')::date,
      at + (1 + n % 14) * interval '1 day' + (n % 97) * interval '1 hour',
      at + (1 + n % 14) * interval '1 day' + (n % 97) * interval '1 hour' + interval '45 minutes',
      ${id('kit', 'c')}, 45, CASE WHEN m % 10 = 0 THEN 'applicant' END
    FROM gen`,
  );
  await step(
    'visit reports',
    `INSERT INTO visit_reports (visit_id, centre_id, request_id, administrator_id, outcome, cancel_reason)
    SELECT ${id('visit', 'n')}, ${id('centre', 'c')}, ${id('request', 'n')}, ${id('person', 'c', '(m % 5 + 1)')},
      CASE WHEN m % 23 = 0 THEN 'cancelled' WHEN m % 7 = 0 THEN 'partly_completed' ELSE 'completed' END,
      CASE WHEN m % 23 = 0 THEN 'absent' END
    FROM gen WHERE m % 10 <> 0`,
  );
  await step(
    'applications',
    `INSERT INTO applications (id, centre_id, year, number_value, number, place, visit_id, request_id,
      applicant_id, service_id, service_name, provider, identity, documents, administrator_id, registered_at)
    SELECT ${id('application', 'n', 'k')}, ${id('centre', 'c')}, extract(year FROM at)::int, (n / ${CENTRES}) * 2 + k + 1,
      'B/' || n || '/' || k, 'mobile_visit', ${id('visit', 'n')}, ${id('request', 'n')}, ${id('applicant', 'c', '(m % 1000)')},
      ${id('service', 'c', '((m * 3 + k * 5) % 10)')}, 'Послуга ' || ((m * 3 + k * 5) % 10), 'Надавач', '{}'::jsonb, '[]'::jsonb,
      ${id('person', 'c', '(m % 5 + 1)')}, at + (1 + n % 14) * interval '1 day' + (n % 97) * interval '1 hour' + interval '20 minutes'
    FROM gen, generate_series(0, 1) k WHERE m % 10 <> 0`,
  );
  await client.query('SET session_replication_role = DEFAULT');
  const t = performance.now();
  await client.query('VACUUM ANALYZE');
  console.log(`  vacuum analyze: ${seconds(t)} s`);
}

function agentClient(base, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const request = (method, path, headers = {}, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}

async function signIn(client, login) {
  const body = JSON.stringify({ login, password: 'bench-password' });
  const r = await client.request('POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, body);
  if (r.status !== 200) throw new Error(`sign-in ${login}: ${r.status} ${r.body}`);
  const cookies = [r.headers['set-cookie']].flat().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('valiza_csrf='))?.split('=')[1];
  return { cookie: cookies.join('; '), csrf };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timeReport(client, session, label, path) {
  const times = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    const r = await client.request('GET', path, { cookie: session.cookie });
    times.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`${label}: ${r.status} ${r.body.toString().slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(44)} p50 ${pct(times, 50).toFixed(0).padStart(5)} ms   p95 ${pct(times, 95).toFixed(0).padStart(5)} ms`,
  );
  return pct(times, 95);
}

/**
 * CONNECTIONS loops, each sending the next request as soon as its answer arrived, for DURATION s.
 * They run in a worker thread, so that the client does not take the server's event loop.
 */
async function loadTest(base, path, headers = {}) {
  const worker = new Worker(fileURLToPath(import.meta.url), {
    workerData: { base, path, headers, connections: CONNECTIONS, duration: DURATION },
  });
  const { times, errors, statuses } = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  times.sort((a, b) => a - b);
  const label = `${path}${headers['if-none-match'] ? ' (If-None-Match)' : ''}`;
  console.log(
    `  ${label.padEnd(52)} ${(times.length / DURATION).toFixed(0).padStart(6)} req/s   p50 ${pct(times, 50).toFixed(0)} ms   ` +
      `p95 ${pct(times, 95).toFixed(0)} ms   p99 ${pct(times, 99).toFixed(0)} ms   status ${JSON.stringify(statuses)}   errors ${errors}`,
  );
}

/** The worker of `loadTest`. */
async function loadWorker({ base, path, headers, connections, duration }) {
  const client = agentClient(base, connections);
  const times = [];
  const statuses = {};
  let errors = 0;
  const until = performance.now() + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const r = await client.request('GET', path, headers);
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          if (r.status !== 200 && r.status !== 304) errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - t);
      }
    }),
  );
  client.close();
  parentPort.postMessage({ times, errors, statuses });
}

if (!isMainThread) {
  await loadWorker(workerData);
} else {
  await main();
}

async function main() {
  const load1 = () =>
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`;
  const target = new URL(url);
  target.pathname = `/${NAME}`;
  console.log(
    `Reports bench: ${APPLICATIONS.toLocaleString('en')} applications target, ${REQUESTS.toLocaleString('en')} requests, ${CENTRES} centres, ${YEARS} years (${FIRST_YEAR}–${LAST_YEAR}).`,
  );
  const reuse = Boolean(process.env.REUSE);
  if (!reuse) {
    await admin(`DROP DATABASE IF EXISTS ${NAME}`);
    await admin(`CREATE DATABASE ${NAME}`);
  }
  console.log(`At the start: ${load1()}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'valiza-bench-reports-'));
  try {
    const database = await createDb({ kind: 'postgresql', url: target.toString(), poolSize: 10 });
    try {
      await migrate(database);
      const gen = new pg.Client({ connectionString: target.toString() });
      await gen.connect();
      const t = performance.now();
      if (!reuse) {
        console.log('Generating rows in SQL:');
        await generate(gen, await hashPassword('bench-password'));
      }
      const counted = await gen.query('SELECT count(*)::int AS n FROM applications');
      console.log(`  ${counted.rows[0].n.toLocaleString('en')} applications in ${seconds(t)} s`);
      await gen.end();

      const config = loadConfig({
        VALIZA_DATA_DIR: dataDir,
        VALIZA_SECRET: 'bench-secret-bench-secret-bench-secret-00',
        // One address (loopback) stands in for many visitors here.
        VALIZA_RATE_LIMIT: '100000000',
        PORT: '0',
      });
      const app = await buildApp({ config, database, logger: false, webRoot: join(root, 'web', 'dist') });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${app.server.address().port}`;
      const client = agentClient(base, 4);
      const head = await signIn(client, 'b1.0');
      const observer = await signIn(client, 'b.observer');
      const year = LAST_YEAR;
      console.log(
        `\nReports over HTTP (${ITERATIONS} runs each, one centre has ~${Math.round(APPLICATIONS / CENTRES / YEARS)} applications a year):`,
      );
      const p95s = [
        await timeReport(client, head, 'centre, month', `/api/v1/reports?period=${year}-06`),
        await timeReport(client, head, 'centre, quarter', `/api/v1/reports?period=${year}-Q2`),
        await timeReport(client, head, 'centre, year', `/api/v1/reports?period=${year}`),
        await timeReport(
          client,
          head,
          'centre, three years (longest allowed)',
          `/api/v1/reports?from=${year - 2}-01-01&to=${year}-12-31`,
        ),
        await timeReport(
          client,
          head,
          'centre, quarter, XLSX',
          `/api/v1/reports/export?period=${year}-Q2&format=xlsx`,
        ),
        await timeReport(
          client,
          head,
          'centre, quarter, PDF',
          `/api/v1/reports/export?period=${year}-Q2&format=pdf`,
        ),
        await timeReport(
          client,
          head,
          'publication preview, quarter',
          `/api/v1/reports/publications/preview?period=${year}-Q2`,
        ),
        await timeReport(
          client,
          observer,
          'region (10 centres), quarter',
          `/api/v1/reports/region?period=${year}-Q2`,
        ),
        await timeReport(
          client,
          observer,
          'region (10 centres), year',
          `/api/v1/reports/region?period=${year}`,
        ),
      ];
      console.log(`  worst p95: ${Math.max(...p95s).toFixed(0)} ms (target < 1000 ms)`);
      const published = await client.request(
        'POST',
        '/api/v1/reports/publications',
        { cookie: head.cookie, 'x-csrf-token': head.csrf, 'content-type': 'application/json' },
        JSON.stringify({ period: `${year}-Q4` }),
      );
      if (published.status !== 201) throw new Error(`publish: ${published.status} ${published.body}`);
      client.close();
      console.log(`\nPublic indicators, ${CONNECTIONS} connections for ${DURATION} s each on loopback:`);
      const api = '/api/v1/public/indicators/bench-1';
      await loadTest(base, api);
      // Browsers and proxies that keep the answer ask again with its ETag (Cache-Control: no-cache).
      const once = agentClient(base, 1);
      const etag = (await once.request('GET', api)).headers.etag;
      once.close();
      await loadTest(base, api, { 'if-none-match': etag });
      await loadTest(base, '/indicators/bench-1');
      console.log(`\nAt the end: ${load1()}`);
      await app.close();
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (!process.env.KEEP && !reuse) await admin(`DROP DATABASE IF EXISTS ${NAME}`);
  }
}
