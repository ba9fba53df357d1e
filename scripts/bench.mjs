// Runs one benchmark from bench/ by name (`npm run bench -- startup`), or lists them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''));
const name = process.argv[2];
if (!name || !names.includes(name)) {
  console.log(`Benchmarks: ${names.join(', ')}\nRun one with: npm run bench -- <name>`);
  process.exit(name ? 2 : 0);
}
const build = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('./build-if-needed.mjs', import.meta.url))],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(process.execPath, [`${dir}${name}.mjs`, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
