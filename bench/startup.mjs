// Measures the time from starting the built server to a healthy /api/health on PGlite with an
// existing database, and the resident memory when idle. Run: npm run bench -- startup
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 5);
const port = 3900 + Math.floor(Math.random() * 50);
const dataDir = mkdtempSync(join(tmpdir(), 'valiza-bench-startup-'));

async function healthy(deadline) {
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function startOnce() {
  const started = performance.now();
  const child = spawn(process.execPath, ['--liftoff-only', join(root, 'server/dist/valiza-server.mjs')], {
    env: {
      ...process.env,
      PORT: String(port),
      VALIZA_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  if (!(await healthy(Date.now() + 30_000))) throw new Error('the server did not become healthy');
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 3000));
  const rss = rssKb(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { ms, rssMb: rss / 1024 };
}

await startOnce(); // creates and migrates the database: not measured
const results = [];
for (let i = 0; i < runs; i += 1) results.push(await startOnce());
rmSync(dataDir, { recursive: true, force: true });
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
const rss = results.map((r) => r.rssMb).sort((a, b) => a - b);
console.log(
  `start to healthy (existing PGlite database), ${runs} runs: median ${ms[Math.floor(runs / 2)].toFixed(0)} ms, max ${ms.at(-1).toFixed(0)} ms (target < 2000 ms)`,
);
console.log(
  `idle resident memory: median ${rss[Math.floor(runs / 2)].toFixed(0)} MB, max ${rss.at(-1).toFixed(0)} MB (target < 200 MB)`,
);
