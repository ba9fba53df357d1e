// Runs the server suite on PostgreSQL. DATABASE_URL names a database the tests may use to create
// and drop their own databases (each test file gets a fresh copy of a migrated template).
import { spawnSync } from 'node:child_process';

if (!process.env.DATABASE_URL) {
  console.error(
    'npm run test:pg needs DATABASE_URL, e.g.\n' +
      '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run test:pg\n' +
      'The role must be allowed to create databases.',
  );
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
