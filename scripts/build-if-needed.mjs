// Builds the project when the compiled output is missing or older than the sources.
// `npm start` runs compiled code; this keeps a fresh clone and a pulled update working
// without a separate build step. `--force` always builds (used by the `prepare` script).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'server', 'dist', '.build-stamp');
const sources = ['domain/src', 'server/src', 'server/migrations', 'web/src', 'web/public', 'web/index.html'];
const outputs = [
  'domain/dist/index.js',
  'server/dist/valiza-server.mjs',
  'server/dist/valiza-cli.mjs',
  'web/dist/index.html',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (process.argv.includes('--force')) return true;
  if (outputs.some((out) => !existsSync(join(root, out))) || !existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((src) => newestMtime(join(root, src)) > built);
}

if (needsBuild()) {
  // The TypeScript compiler and Vite are development dependencies; an install without them
  // cannot build, so say so plainly instead of failing deep inside a tool.
  if (
    !existsSync(join(root, 'node_modules', 'typescript')) ||
    !existsSync(join(root, 'node_modules', 'vite'))
  ) {
    console.error('Valiza: the build tools are not installed. Run `npm install` first.');
    process.exit(1);
  }
  console.log('Valiza: building…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, new Date().toISOString() + '\n');
}
