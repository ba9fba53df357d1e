import { describe, expect, it } from 'vitest';
import { testApp } from '../test/test-app.js';
import { openTestDatabase } from '../test/test-db.js';

const body = (token: string) => ({
  token,
  region: { name: 'Полтавська область' },
  community: { name: 'Пирятинська громада', katotth: null },
  centre: { name: 'ЦНАП Пирятин', code: 'ПИР', slug: 'pyriatyn' },
  head: { name: 'Віктор Гончаренко', login: 'pyr.head', password: 'first-head-pass' },
});

describe('first-run setup', () => {
  it('creates the first centre and its head once, only with the console code', async () => {
    const handle = await openTestDatabase();
    try {
      const state = { token: 'console-code-123' };
      const app = await testApp(handle, { setupState: state });
      expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });

      const wrong = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body('guess') });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('setup.invalid_token');

      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: body('console-code-123'),
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ roles: ['head'], centre: { code: 'ПИР', slug: 'pyriatyn' } });
      expect(ok.cookies.map((c) => c.name)).toContain('valiza_session');

      expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
      const again = await app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: body('console-code-123'),
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('setup.closed');
      expect(state.token).toBeNull();
    } finally {
      await handle.close();
    }
  });

  it('refuses setup on an installation that already has a centre, whatever the code', async () => {
    const handle = await openTestDatabase();
    try {
      const state = { token: 'code' };
      const app = await testApp(handle, { setupState: state });
      await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body('code') });
      const other = await testApp(handle, { setupState: { token: 'another' } });
      const response = await other.inject({ method: 'POST', url: '/api/v1/setup', payload: body('another') });
      expect(response.json().error.code).toBe('setup.closed');
    } finally {
      await handle.close();
    }
  });
});
