import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now, chosen by the operating system. */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (!address || typeof address === 'string') throw new Error('No free port was given.');
  return address.port;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The server did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the built server (`server/dist/main.js --demo`) on a free port with a fresh data folder,
 * and returns once `/api/health` answers. `stop()` sends SIGTERM, waits for the exit and removes the
 * folder.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'valiza-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    VALIZA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Every browser of the run comes from one address; the per-address limits are meant for people.
    VALIZA_RATE_LIMIT: '100000',
    VALIZA_LOGIN_RATE_LIMIT: '10000',
    // A tile host that never answers: tests block it to prove the planning board works without tiles.
    VALIZA_MAP_TILES_URL: 'https://tiles.valiza.test/{z}/{x}/{y}.png',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(repositoryRoot, 'server', 'dist', 'main.js'), '--demo'], {
    cwd: repositoryRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // 127.0.0.1 is a secure context for the service worker, like localhost, without name resolution.
  const url = `http://127.0.0.1:${port}`;
  try {
    // A fresh demo database is seeded at start; on a busy two-core machine that took 93 s.
    await waitForHealth(url, child, () => log, 180_000);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
