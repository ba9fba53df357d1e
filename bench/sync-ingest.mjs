// Measures how field work reaches the server: COMMANDS (default 1000) device.report commands, each
// with three 300 KB attachments, sent as the field app sends them — every file by a tus upload, then
// the command by push — over real HTTP, on PGlite and, when DATABASE_URL is set, on PostgreSQL.
// Prints throughput, p95 per command, bytes on the wire against payload bytes, and the bytes sent
// again after a connection is cut in the middle of an upload. Run: npm run bench -- sync-ingest
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
const { canonicalJson, uuidv7 } = await load('domain/dist/index.js');

const COMMANDS = Number(process.env.COMMANDS ?? 1000);
const FILES_PER_COMMAND = 3;
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

function jpegFile() {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(FILE_BYTES - 4)]);
  const declaration = {
    id: uuidv7(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mediaType: 'image/jpeg',
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
  return { Authorization: `Device ${JSON.parse(registered.body).credential}` };
}

async function measure(label, database, dataDir) {
  await migrate(database);
  await seedDemo(database.db, { today: new Date() });
  const config = loadConfig({
    VALIZA_DATA_DIR: dataDir,
    VALIZA_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    VALIZA_RATE_LIMIT: '10000000',
    PORT: '0',
  });
  const app = await buildApp({ config, database, logger: false, webRoot: '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  const client = countingClient(base);
  const auth = await signInDevice(client);
  const before = client.totals();
  let payload = 0;
  const latencies = [];
  const started = performance.now();
  for (let i = 0; i < COMMANDS; i += 1) {
    const t0 = performance.now();
    const files = Array.from({ length: FILES_PER_COMMAND }, jpegFile);
    for (const file of files) await upload(client, auth, file);
    const command = {
      id: uuidv7(),
      type: 'device.report',
      formatVersion: 2,
      deviceTime: new Date().toISOString(),
      payload: {
        appVersion: '1.0.0',
        storageUsedBytes: 10_000_000 + i,
        storageQuotaBytes: 2_000_000_000,
        storagePersisted: true,
        unsentCommands: COMMANDS - i,
        unsentAttachments: FILES_PER_COMMAND,
      },
      attachments: files.map((f) => f.declaration),
    };
    const body = JSON.stringify({ commands: [command] });
    const pushed = await client.request(
      'POST',
      '/api/v1/sync/push',
      { ...auth, 'content-type': 'application/json' },
      body,
    );
    const status = JSON.parse(pushed.body).results?.[0]?.status;
    if (status !== 'applied') throw new Error(`push: ${pushed.status} ${pushed.body}`);
    payload += FILES_PER_COMMAND * FILE_BYTES + Buffer.byteLength(canonicalJson(command));
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = client.totals();
  const pulled = JSON.parse((await client.request('GET', '/api/v1/sync/pull', auth)).body);
  if (pulled.missingAttachments.length !== 0) throw new Error('some declared files did not arrive');

  const cut = jpegFile();
  const created = await client.request('POST', '/api/v1/uploads', {
    ...auth,
    'Tus-Resumable': '1.0.0',
    'Upload-Length': String(cut.declaration.size),
    'Upload-Metadata': `attachmentId ${b64(cut.declaration.id)},sha256 ${b64(cut.declaration.sha256)},mediaType ${b64('image/jpeg')}`,
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
    `${label}: ${COMMANDS} commands with ${COMMANDS * FILES_PER_COMMAND} files of 300 KB, one device`,
  );
  console.log(
    `  ${seconds.toFixed(1)} s, ${(COMMANDS / seconds).toFixed(1)} commands/s, ${mb((COMMANDS * FILES_PER_COMMAND * FILE_BYTES) / seconds)} MB/s of files; per command (3 uploads + push): median ${p(0.5)} ms, p95 ${p(0.95)} ms`,
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
