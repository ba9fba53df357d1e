import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb } from '../db/create-db.js';
import type { DatabaseHandle, Db } from '../db/database.js';
import { adminQuery, withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, a new PostgreSQL
 * database when `DATABASE_URL` is set. Tests inside the file share it and stay independent by
 * building their own centre with the factories.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `valiza_test_${randomBytes(6).toString('hex')}`;
    await createFromTemplate(url, name, inject('postgresTemplate'));
    const handle = await createDb({ kind: 'postgresql', url: withDatabase(url, name), poolSize: 5 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
      },
    };
  }
  const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return createDb({ kind: 'pglite', dataDir: null, loadDataDir: dump });
}

async function createFromTemplate(url: string, name: string, template: string): Promise<void> {
  // Two files copying the template at the same instant may collide; a short retry settles it.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 300));
    }
  }
}

/** Opens a test database before the file's tests and closes it after them. */
export function useTestDatabase(): { readonly handle: DatabaseHandle; readonly db: Db } {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get handle() {
      if (!handle) throw new Error('The test database is not open yet.');
      return handle;
    },
    get db() {
      return this.handle.db;
    },
  };
}
