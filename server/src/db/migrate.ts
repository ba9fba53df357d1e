import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from './database.js';
import { migrationsDir } from '../paths.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class DatabaseNewerThanCodeError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `The database is at schema version ${databaseVersion}, but this Valiza only knows up to ${codeVersion}. ` +
        'Start the newer Valiza that wrote it, or restore a backup made by this version.',
    );
  }
}

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** Reads `NNNN-name.sql` files in order. Forward-only: there are no down migrations. */
export function loadMigrations(dir: string = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((file) => FILE_PATTERN.test(file))
    .sort()
    .map((file) => {
      const [, version = '', name = ''] = FILE_PATTERN.exec(file) ?? [];
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(version),
        name,
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/**
 * Applies every migration not yet applied, each in its own transaction together with its line in
 * the history table. An advisory lock keeps two processes starting at once from racing.
 * Refuses when the database is newer than the code.
 */
export async function migrate(
  handle: DatabaseHandle,
  migrations: Migration[] = loadMigrations(),
): Promise<{ applied: number[]; current: number }> {
  await handle.runScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  await withMigrationLock(handle, async () => {
    const rows = await handle.db.selectFrom('schema_migrations').select(['version']).execute();
    const done = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...done);
    if (newest > latestKnown) throw new DatabaseNewerThanCodeError(newest, latestKnown);
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      const record =
        `INSERT INTO schema_migrations (version, name, checksum) VALUES ` +
        `(${migration.version}, '${migration.name}', '${migration.checksum}');`;
      await handle.runScript(`${migration.sql}\n;\n${record}`);
      applied.push(migration.version);
    }
  });
  return { applied, current: Math.max(latestKnown, 0) };
}

/** The schema version of a database, 0 when it has never been migrated. */
export async function schemaVersion(handle: DatabaseHandle): Promise<number> {
  const result = await sql<{ version: number | null }>`
    SELECT max(version) AS version FROM schema_migrations`
    .execute(handle.db)
    .catch(() => ({ rows: [{ version: 0 }] }));
  return result.rows[0]?.version ?? 0;
}

async function withMigrationLock(handle: DatabaseHandle, fn: () => Promise<void>): Promise<void> {
  // PGlite serves one process only, so it needs no lock; PostgreSQL may see two servers starting.
  if (handle.kind === 'pglite') return fn();
  await handle.db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(872301)`.execute(conn);
    try {
      await fn();
    } finally {
      await sql`SELECT pg_advisory_unlock(872301)`.execute(conn);
    }
  });
}
