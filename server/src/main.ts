import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirBusyError } from './db/data-dir-lock.js';
import { DatabaseNewerThanCodeError } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { seedDemo } from './demo/demo.js';
import { startJobs } from './jobs/job-runner.js';
import { smsProviderFromEnv } from './notifications/sms-provider.js';
import { mailerFromEnv } from './logbook/mailer.js';
import { newSetupToken, type SetupState } from './setup/setup-state.js';
import { setupNeeded } from './setup/setup.service.js';

/**
 * Starts Valiza: configuration, database (migrated), the demo data with `--demo`, the one-time setup
 * code on an empty installation, then the HTTP server. SIGTERM and SIGINT stop it gracefully.
 */
async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const env = { ...process.env };
  let throwaway: string | null = null;
  if (demo) {
    if (env.DATABASE_URL)
      console.warn('Valiza demo: DATABASE_URL is ignored; the demo runs on the embedded database.');
    delete env.DATABASE_URL;
    if (!env.VALIZA_DATA_DIR) env.VALIZA_DATA_DIR = throwaway = mkdtempSync(join(tmpdir(), 'valiza-demo-'));
  }
  const config = loadConfig(env);
  const database = await openDatabase(config);
  if (demo) await seedDemo(database.db, { today: new Date() });

  const setupState: SetupState = { token: null };
  if (await setupNeeded(database.db)) setupState.token = newSetupToken();

  const app = await buildApp({ config, database, setupState });
  const jobs = startJobs(database.db, {
    provider: smsProviderFromEnv(env, app.log),
    mailer: mailerFromEnv(env),
    log: app.log,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // Stop accepting, let requests in flight finish, then close the database.
    await app.close();
    await jobs.stop();
    await database.close();
    if (throwaway) rmSync(throwaway, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `${config.tls ? 'https' : 'http'}://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
  console.log(`\nValiza ${config.version} is running at ${url} (database: ${database.kind}).`);
  if (demo)
    console.log(
      'Demo logins (password valiza-demo): kam.head, kam.operator, kam.field, kam.tech, kam.quality, pyr.head, pyr.operator, pyr.field, dnipro.observer, platform.admin',
    );
  if (setupState.token) {
    console.log(`First run: open ${url}/setup and enter this one-time setup code: ${setupState.token}\n`);
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DataDirBusyError ||
    error instanceof DatabaseNewerThanCodeError
  ) {
    console.error(error.message);
  } else {
    console.error('Valiza could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
