// `npm run dev`: the API server (demo data, restarted on change) and the Vite dev server of the web
// app, which passes `/api` through to it. The domain is compiled first and then kept compiled in
// watch mode, because the server imports it from `domain/dist`. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const apiPort = process.env.PORT ?? '3000';

const built = spawnSync(bin('tsc'), ['-b', 'domain'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const children = [];
let stopping = false;

function run(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`Valiza dev: ${name} stopped (${signal ?? code}); stopping the rest.`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('domain compiler', bin('tsc'), ['-b', 'domain', '--watch', '--preserveWatchOutput']);
run('API server', bin('tsx'), ['watch', '--clear-screen=false', 'server/src/main.ts', '--demo'], {
  // A data folder that outlives restarts, so a change of code does not sign everybody out.
  env: { ...process.env, PORT: apiPort, VALIZA_DATA_DIR: process.env.VALIZA_DATA_DIR ?? 'data/dev' },
});
run('web dev server', bin('vite'), [], {
  cwd: join(root, 'web'),
  env: { ...process.env, VALIZA_API_URL: `http://127.0.0.1:${apiPort}` },
});
