// Measures how field work reaches the server: VISITS (default 1000) visits of the approved plan, each
// sent as the field app sends it — its three 300 KB document PDFs by tus upload, then one push with
// `application.register` (the application, numbered from the device's block, declaring the three
// files) and `visit.finish` (completed, which completes the request) — over real HTTP, on PGlite and,
// when DATABASE_URL is set, on PostgreSQL. Prints throughput, p95 per visit, bytes on the wire against
// payload bytes, and the bytes sent again after a connection is cut in the middle of an upload.
// Run: npm run bench -- sync-ingest   (VISITS=200 for a shorter run)
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(pathToFileURL(join(root, path)).href);
const { buildApp } = await load('server/dist/app.js');
const { loadConfig } = await load('server/dist/config.js');
const { createDb } = await load('server/dist/db/create-db.js');
const { migrate } = await load('server/dist/db/migrate.js');
const { seedDemo } = await load('server/dist/demo/demo.js');
const { canonicalJson, civilDateIn, uuidv7 } = await load('domain/dist/index.js');
const { sql } = await load('node_modules/kysely/dist/esm/index.js');

const VISITS = Number(process.env.VISITS ?? process.env.COMMANDS ?? 1000);
const FILES_PER_VISIT = 3;
const FILE_BYTES = 300 * 1024;

/** An HTTP client that counts every byte its sockets send and receive. */
function countingClient(base) {
  const sockets = new Set();
  class CountingAgent extends http.Agent {
    createConnection(options, callback) {
      const socket = super.createConnection(options, callback);
      socket.setNoDelay(true); // as browsers do: no Nagle delay between a request's head and body
      sockets.add(socket);
      return socket;
    }
  }
  const agent = new CountingAgent({ keepAlive: true, maxSockets: 1 });
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
  const totals = () => {
    let sent = 0;
    let received = 0;
    for (const s of sockets) {
      sent += s.bytesWritten;
      received += s.bytesRead;
    }
    return { sent, received };
  };
  return { request, totals, close: () => agent.destroy() };
}

function pdfFile() {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(FILE_BYTES - 9)]);
  const declaration = {
    id: uuidv7(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mediaType: 'application/pdf',
  };
  return { bytes, declaration };
}

const b64 = (text) => Buffer.from(text).toString('base64');

async function upload(client, auth, { bytes, declaration }) {
  const created = await client.request('POST', '/api/v1/uploads', {
    ...auth,
    'Tus-Resumable': '1.0.0',
    'Upload-Length': String(declaration.size),
    'Upload-Metadata': `attachmentId ${b64(declaration.id)},sha256 ${b64(declaration.sha256)},mediaType ${b64(declaration.mediaType)}`,
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
  const patched = await client.request(
    'PATCH',
    `/api/v1/uploads/${declaration.id}`,
    {
      ...auth,
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
    },
    bytes,
  );
  if (patched.status !== 204) throw new Error(`patch: ${patched.status} ${patched.body}`);
}

/** Sends `settled` bytes of an upload, then `inFlight` more, and cuts the connection at once. */
function cutUpload(base, auth, { bytes, declaration }, settled, inFlight) {
  return new Promise((resolve) => {
    const req = http.request(`${base}/api/v1/uploads/${declaration.id}`, {
      method: 'PATCH',
      headers: {
        ...auth,
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(bytes.length),
      },
    });
    req.on('error', () => resolve(settled + inFlight));
    req.on('close', () => resolve(settled + inFlight));
    req.write(bytes.subarray(0, settled), () =>
      setTimeout(() => {
        req.write(bytes.subarray(settled, settled + inFlight));
        req.destroy();
      }, 200),
    );
  });
}

async function signInDevice(client) {
  const login = await client.request(
    'POST',
    '/api/v1/auth/login',
    { 'content-type': 'application/json' },
    JSON.stringify({ login: 'kam.field', password: 'valiza-demo' }),
  );
  const cookies = Object.fromEntries(
    (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0].split('=')),
  );
  const registered = await client.request(
    'POST',
    '/api/v1/devices',
    {
      'content-type': 'application/json',
      cookie: `valiza_session=${cookies.valiza_session}`,
      'x-csrf-token': cookies.valiza_csrf,
    },
    JSON.stringify({ id: uuidv7(), label: 'bench' }),
  );
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${registered.body}`);
  const answer = JSON.parse(registered.body);
  return { auth: { Authorization: `Device ${answer.credential}` }, personId: answer.device.person.id };
}

/**
 * VISITS scheduled requests of the Kamianske demo centre, each with a home visit today for kam.field,
 * written in SQL (generate_series) so that setting up does not dominate the run.
 */
async function planVisits(db) {
  const today = civilDateIn(new Date());
  const { rows } = await sql`
    SELECT c.id AS centre_id, k.id AS kit_id, a.id AS applicant_id, s.id AS service_id
    FROM centres c
    JOIN kits k ON k.centre_id = c.id
    JOIN applicants a ON a.centre_id = c.id
    JOIN services s ON s.centre_id = c.id AND s.active
    WHERE c.slug = 'kamianske' ORDER BY k.code, a.id, s.code LIMIT 1`.execute(db);
  const base = rows[0];
  await sql`
    INSERT INTO requests (id, centre_id, number, number_year, number_seq, applicant_id, channel, state,
      requester_kind, place_kind, address_search, planned_date)
    SELECT gen_random_uuid(), ${base.centre_id}, 'BENCH-' || n, 2000, n, ${base.applicant_id}, 'phone',
      'scheduled', 'self', 'home', '', ${today}::date
    FROM generate_series(1, ${VISITS}) AS n`.execute(db);
  await sql`
    INSERT INTO visits (id, centre_id, request_id, kind, day, starts_at, ends_at, kit_id, service_minutes)
    SELECT gen_random_uuid(), r.centre_id, r.id, 'home', r.planned_date,
      now(), now() + interval '30 minutes', ${base.kit_id}, 30
    FROM requests r WHERE r.number LIKE 'BENCH-%'`.execute(db);
  const visits = await sql`
    SELECT v.id FROM visits v JOIN requests r ON r.id = v.request_id
    WHERE r.number LIKE 'BENCH-%' ORDER BY r.number_seq`.execute(db);
  return {
    visitIds: visits.rows.map((v) => v.id),
    applicantId: base.applicant_id,
    serviceId: base.service_id,
  };
}

/** The two commands of one visit, as the field app writes them. */
function visitCommands(plan, visitId, number, files) {
  const now = new Date().toISOString();
  const register = {
    id: uuidv7(),
    type: 'application.register',
    formatVersion: 1,
    deviceTime: now,
    payload: {
      applicationId: uuidv7(),
      visitId,
      applicantId: plan.applicantId,
      serviceId: plan.serviceId,
      identity: { kind: 'id_card', number: '000123456', unzr: '20000101-00019', rnokpp: '3652504575' },
      documents: files.map((f, i) => ({
        name: `Документ ${i + 1}`,
        pages: 2,
        original: false,
        certified: true,
        certifiedBy: plan.administratorId,
        attachmentId: f.declaration.id,
      })),
      payment: { method: 'pos_terminal', amountKop: 8500 },
      number,
      registeredAt: now,
      feedbackTokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
    },
    attachments: files.map((f) => f.declaration),
  };
  const finish = {
    id: uuidv7(),
    type: 'visit.finish',
    formatVersion: 1,
    deviceTime: now,
    payload: { visitId, outcome: 'completed', finishedAt: now },
  };
  return [register, finish];
}

async function measure(label, database, dataDir) {
  await migrate(database);
  await seedDemo(database.db, { today: new Date() });
  const plan = await planVisits(database.db);
  const config = loadConfig({
    VALIZA_DATA_DIR: dataDir,
    VALIZA_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    VALIZA_RATE_LIMIT: '10000000',
    // The device holds numbers for the whole run: one pull before it, none during it.
    VALIZA_NUMBER_RESERVE: String(Math.min(5000, VISITS + 10)),
    PORT: '0',
  });
  const app = await buildApp({ config, database, logger: false, webRoot: '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  const client = countingClient(base);
  const { auth, personId } = await signInDevice(client);
  plan.administratorId = personId;
  const blocks = JSON.parse((await client.request('GET', '/api/v1/sync/pull', auth)).body).numberBlocks;
  const numbers = blocks.flatMap((b) =>
    Array.from({ length: b.last - b.first + 1 }, (_, i) => ({ year: b.year, value: b.first + i })),
  );
  const before = client.totals();
  let payload = 0;
  const latencies = [];
  const started = performance.now();
  for (let i = 0; i < VISITS; i += 1) {
    const t0 = performance.now();
    const files = Array.from({ length: FILES_PER_VISIT }, pdfFile);
    for (const file of files) await upload(client, auth, file);
    const commands = visitCommands(plan, plan.visitIds[i], numbers[i], files);
    const body = JSON.stringify({ commands });
    const pushed = await client.request(
      'POST',
      '/api/v1/sync/push',
      { ...auth, 'content-type': 'application/json' },
      body,
    );
    const statuses = (JSON.parse(pushed.body).results ?? []).map((r) => r.status);
    if (statuses.join() !== 'applied,applied') throw new Error(`push: ${pushed.status} ${pushed.body}`);
    payload +=
      FILES_PER_VISIT * FILE_BYTES + commands.reduce((n, c) => n + Buffer.byteLength(canonicalJson(c)), 0);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = client.totals();
  const pulled = JSON.parse((await client.request('GET', '/api/v1/sync/pull', auth)).body);
  if (pulled.missingAttachments.length !== 0) throw new Error('some declared files did not arrive');
  const { rows: check } = await sql`
    SELECT count(*) FILTER (WHERE r.state = 'completed') AS completed, count(a.id) AS applications
    FROM requests r JOIN visits v ON v.request_id = r.id LEFT JOIN applications a ON a.visit_id = v.id
    WHERE r.number LIKE 'BENCH-%'`.execute(database.db);
  if (Number(check[0].completed) !== VISITS || Number(check[0].applications) !== VISITS)
    throw new Error(`not every visit arrived: ${JSON.stringify(check[0])}`);

  const cut = pdfFile();
  const created = await client.request('POST', '/api/v1/uploads', {
    ...auth,
    'Tus-Resumable': '1.0.0',
    'Upload-Length': String(cut.declaration.size),
    'Upload-Metadata': `attachmentId ${b64(cut.declaration.id)},sha256 ${b64(cut.declaration.sha256)},mediaType ${b64('application/pdf')}`,
  });
  if (created.status !== 201) throw new Error('cut upload: create failed');
  const firstTry = await cutUpload(base, auth, cut, 150 * 1024, 64 * 1024);
  const head = await client.request('HEAD', `/api/v1/uploads/${cut.declaration.id}`, {
    ...auth,
    'Tus-Resumable': '1.0.0',
  });
  const offset = Number(head.headers['upload-offset']);
  const rest = cut.bytes.subarray(offset);
  const resumed = await client.request(
    'PATCH',
    `/api/v1/uploads/${cut.declaration.id}`,
    {
      ...auth,
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': String(offset),
      'Content-Type': 'application/offset+octet-stream',
    },
    rest,
  );
  if (resumed.status !== 204) throw new Error(`cut upload: resume failed ${resumed.status}`);
  const resent = firstTry + rest.length - cut.bytes.length;

  client.close();
  await app.close();
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  const sent = after.sent - before.sent;
  const received = after.received - before.received;
  console.log(
    `${label}: ${VISITS} visits (application.register + visit.finish) with ${VISITS * FILES_PER_VISIT} files of 300 KB, one device`,
  );
  console.log(
    `  ${seconds.toFixed(1)} s, ${(VISITS / seconds).toFixed(1)} visits/s, ${mb((VISITS * FILES_PER_VISIT * FILE_BYTES) / seconds)} MB/s of files; per visit (3 uploads + push of 2 commands): median ${p(0.5)} ms, p95 ${p(0.95)} ms`,
  );
  console.log(
    `  on the wire: ${mb(sent)} MB sent + ${mb(received)} MB received for ${mb(payload)} MB of payload: ${((sent + received) / payload).toFixed(4)} (target ≤ 1.05)`,
  );
  console.log(
    `  cut after ${firstTry / 1024} KB of a 300 KB upload: the server kept ${offset / 1024} KB, ${resent / 1024} KB sent again (target ≤ one upload chunk, 300 KB)`,
  );
}

const pgliteDir = mkdtempSync(join(tmpdir(), 'valiza-bench-sync-'));
try {
  const database = await createDb({ kind: 'pglite', dataDir: join(pgliteDir, 'pglite') });
  try {
    await measure('PGlite', database, pgliteDir);
  } finally {
    await database.close();
  }
} finally {
  rmSync(pgliteDir, { recursive: true, force: true });
}

const url = process.env.DATABASE_URL;
if (url) {
  const pg = (await load('node_modules/pg/lib/index.js')).default;
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  const name = `valiza_bench_${process.pid}`;
  const target = new URL(url);
  target.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'valiza-bench-sync-pg-'));
  await admin(`CREATE DATABASE ${name}`);
  try {
    const database = await createDb({ kind: 'postgresql', url: target.toString() });
    try {
      await measure('PostgreSQL', database, dataDir);
    } finally {
      await database.close();
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
} else {
  console.log('PostgreSQL: set DATABASE_URL to measure it too.');
}
