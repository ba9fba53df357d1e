import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DatabaseNewerThanCodeError, loadMigrations, migrate, schemaVersion } from './migrate.js';
import { useTestDatabase } from '../test/test-db.js';

describe('migrations', () => {
  const t = useTestDatabase();

  it('are numbered uniquely and in order', () => {
    const versions = loadMigrations().map((m) => m.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions).size).toBe(versions.length);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('record each applied migration once, and apply nothing twice', async () => {
    const latest = loadMigrations().at(-1)!.version;
    expect(await schemaVersion(t.handle)).toBe(latest);
    const again = await migrate(t.handle);
    expect(again.applied).toEqual([]);
    const rows = await t.db.selectFrom('schema_migrations').select(['version', 'checksum']).execute();
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it('refuse a database newer than the code', async () => {
    const latest = loadMigrations().at(-1)!.version;
    await t.handle.runScript(
      `INSERT INTO schema_migrations (version, name, checksum) VALUES (${latest + 1000}, 'from-the-future', 'x')`,
    );
    try {
      await expect(migrate(t.handle)).rejects.toBeInstanceOf(DatabaseNewerThanCodeError);
      await expect(migrate(t.handle)).rejects.toThrow(/newer|only knows/);
    } finally {
      await sql`DELETE FROM schema_migrations WHERE version = ${latest + 1000}`.execute(t.db);
    }
  });

  it('roll back a failing migration together with its history line', async () => {
    const broken = [
      ...loadMigrations(),
      {
        version: 9999,
        name: 'broken',
        sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
        checksum: 'x',
      },
    ];
    await expect(migrate(t.handle, broken)).rejects.toThrow();
    const tables = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`.execute(t.db);
    expect(tables.rows[0]?.n).toBe(0);
    expect(await schemaVersion(t.handle)).toBe(loadMigrations().at(-1)!.version);
  });
});
