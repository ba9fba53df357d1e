import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { DataDirBusyError } from '../db/data-dir-lock.js';
import { openDatabase } from '../db/open.js';
import { makeCentreWithStaff } from '../test/factories.js';
import { CliError } from './args.js';
import { backup, restore } from './backup.js';

/** Every row of every table, in a stable order: two databases with equal snapshots hold the same data. */
async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const result: Record<string, unknown[]> = {};
  for (const { table_name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table_name)}`.execute(db);
    result[table_name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}

describe('backup and restore of the embedded database', () => {
  const root = mkdtempSync(join(tmpdir(), 'valiza-backup-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const configFor = (name: string) => loadConfig({ VALIZA_DATA_DIR: join(root, name) });

  it('restores into an empty folder a database, secret and files equal to the original', async () => {
    const source = configFor('source');
    const database = await openDatabase(source);
    await makeCentreWithStaff(database.db);
    const before = await snapshot(database.db);
    await database.close();
    mkdirSync(join(source.dataDir, 'files', 'ab'), { recursive: true });
    writeFileSync(join(source.dataDir, 'files', 'ab', 'page.pdf'), 'PDF bytes');

    const file = join(root, 'valiza.tar.gz');
    const manifest = await backup(source, file);
    expect(manifest.schemaVersion).toBeGreaterThan(0);

    const target = configFor('target');
    rmSync(join(target.dataDir, 'secret'));
    await restore(target, file, false);
    expect(readFileSync(join(target.dataDir, 'secret'), 'utf8')).toBe(
      readFileSync(join(source.dataDir, 'secret'), 'utf8'),
    );
    expect(readFileSync(join(target.dataDir, 'files', 'ab', 'page.pdf'), 'utf8')).toBe('PDF bytes');
    const restored = await openDatabase(loadConfig({ VALIZA_DATA_DIR: target.dataDir }));
    try {
      expect(await snapshot(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }

    await expect(restore(target, file, false)).rejects.toThrow(CliError);
    await expect(restore(target, file, false)).rejects.toThrow(/already holds a database/);
    await restore(target, file, true);
    expect(existsSync(join(target.dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
  }, 120_000);

  it('refuses to run while a server holds the data folder', async () => {
    const config = configFor('busy');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(join(config.dataDir, 'valiza.lock'), String(holder.pid));
      await expect(backup(config, join(root, 'busy.tar.gz'))).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(restore(config, join(root, 'busy.tar.gz'), true)).rejects.toThrow(/No backup file|in use/);
      await expect(openDatabase(config)).rejects.toThrow(/in use by a running Valiza/);
    } finally {
      holder.kill();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const config = configFor('garbage');
    const file = join(root, 'not-a-backup.tar.gz');
    writeFileSync(file, 'plain text');
    await expect(restore(config, file, false)).rejects.toThrow();
  });

  it('points to pg_dump when the database is PostgreSQL', async () => {
    const config = { ...configFor('pg'), databaseUrl: 'postgresql://x@127.0.0.1/y' };
    await expect(backup(config, join(root, 'pg.tar.gz'))).rejects.toThrow(/pg_dump/);
  });
});
