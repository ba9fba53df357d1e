import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgresql';

/** The query builder every repository receives. Inside a transaction it is the transaction. */
export type Db = Kysely<Database>;

/**
 * An open database: the query builder plus what only the factory knows — which engine it is,
 * how to run a multi-statement SQL script (migrations, restore), and how to close it.
 */
export interface DatabaseHandle {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Runs a script of several statements inside one transaction. */
  runScript(sql: string): Promise<void>;
  /** A gzipped copy of the embedded database's files (PGlite only; null on PostgreSQL). */
  readonly dumpDataDir: (() => Promise<Blob>) | null;
  /** Answers whether the database responds. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
