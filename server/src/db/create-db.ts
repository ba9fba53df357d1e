import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { PostgresDialect } from 'kysely';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Where the database lives: PostgreSQL when a URL is given, else PGlite in a folder
 * (or in memory, optionally loaded from a dump — the test suite's template).
 */
export type DatabaseTarget =
  | { kind: 'postgresql'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

/**
 * The one factory for both engines. Civil dates come back as `YYYY-MM-DD` strings and 64-bit
 * integers as numbers on both, so that repositories never see engine differences.
 */
export async function createDb(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgresql' ? createPostgres(target.url, target.poolSize) : createPglite(target);
}

async function createPglite(target: { dataDir: string | null; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = new PGlite({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { btree_gist, pg_trgm },
    // PGlite lives inside the server's own memory: modest buffers keep an idle field-office server
    // small, and the operating system's file cache still serves the reads.
    postgresqlconf: 'shared_buffers=16MB',
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
  });
  await client.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    kind: 'pglite',
    db,
    async runScript(script) {
      await client.transaction(async (tx) => {
        await tx.exec(script);
      });
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    ping: () => pingWith(db),
    async close() {
      // Kysely closes the driver only if it ever ran a query; close PGlite itself in any case.
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

async function createPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID) return (value: string) => value;
      if (oid === INT8_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgresql',
    db,
    async runScript(script) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    dumpDataDir: null,
    ping: () => pingWith(db),
    async close() {
      await db.destroy();
    },
  };
}

async function pingWith(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
