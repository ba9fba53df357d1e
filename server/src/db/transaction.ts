import type { Db } from './database.js';

/**
 * Runs `fn` in a transaction, or inside the caller's transaction when `db` already is one, so that a
 * service can call another service and both commit or roll back together.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
