import { describe, expect, it } from 'vitest';
import { createDb } from '../db/create-db.js';
import { testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('GET /api/health', () => {
  const t = useTestDatabase();

  it('answers ok with the kind of database and the version', async () => {
    const app = await testApp(t.handle);
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
      version: '0.0.0-test',
    });
  });

  it('answers 503 with status error when the database is unreachable', async () => {
    const handle = process.env.DATABASE_URL
      ? await createDb({ kind: 'postgresql', url: 'postgresql://nobody@127.0.0.1:1/none' })
      : await createDb({ kind: 'pglite', dataDir: null });
    if (!process.env.DATABASE_URL) await handle.close();
    const app = await testApp(handle);
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'error' });
  });
});
