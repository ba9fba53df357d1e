import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, makePerson, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('sign-in', () => {
  const t = useTestDatabase();

  it('answers like GET /api/v1/me and sets an HttpOnly session and a readable CSRF cookie', async () => {
    const { centre, head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: head.login.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      person: { id: head.actor.personId, name: head.actor.name, login: head.login },
      roles: ['head'],
      centre: { id: centre.id, code: centre.code, slug: centre.slug, name: expect.any(String) },
      region: { id: centre.regionId, name: expect.any(String) },
      locale: 'uk',
    });
    const session = response.cookies.find((c) => c.name === 'valiza_session');
    const csrf = response.cookies.find((c) => c.name === 'valiza_csrf');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(csrf?.httpOnly).toBeFalsy();

    const client = await signIn(app, head.login, TEST_PASSWORD);
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ ...body, person: { ...body.person } });
  });

  it('refuses a wrong password and an unknown login with the same 401 answer', async () => {
    const { head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: head.login, password: 'nope-nope-nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'nobody.here', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('auth.invalid_credentials');
    expect(wrong.json().error.message).toBe('Неправильний логін або пароль.');
  });

  it('lets nobody in after twenty-five wrong passwords, locks only that account, and crashes nothing', async () => {
    const { head, operator } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: head.login, password: `wrong-${i}` },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);

    const correctWhileLocked = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: head.login, password: TEST_PASSWORD },
    });
    expect(correctWhileLocked.statusCode).toBe(429);
    expect(correctWhileLocked.json().error.code).toBe('auth.locked');
    expect(correctWhileLocked.headers['retry-after']).toMatch(/^\d+$/);

    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: operator.login, password: TEST_PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });

  it('locks an unknown login exactly like a real one', async () => {
    const app = await testApp(t.handle);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: 'ghost.account', password: `wrong-${i}` },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('limits sign-in attempts per address', async () => {
    const app = await testApp(t.handle, { config: { loginRateLimitPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: `x${i}.y`, password: 'whatever-1' },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes[4]).toBe(429);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const { head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const client = await signIn(app, head.login, TEST_PASSWORD);
    const without = await client.request({
      method: 'PUT',
      url: '/api/v1/me/locale',
      payload: { locale: 'en' },
      headers: { 'x-csrf-token': '' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf.invalid');
    const forged = await client.request({
      method: 'PUT',
      url: '/api/v1/me/locale',
      payload: { locale: 'en' },
      headers: { 'x-csrf-token': 'forged-token' },
    });
    expect(forged.statusCode).toBe(403);
    const good = await client.put('/api/v1/me/locale', { locale: 'en' });
    expect(good.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().locale).toBe('en');
  });

  it('ends the session on logout', async () => {
    const { head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const client = await signIn(app, head.login, TEST_PASSWORD);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/v1/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.required');
  });

  it('changes the password and signs out the other sessions', async () => {
    const person = await makePerson(t.db, {}, ['platform_admin']);
    const app = await testApp(t.handle);
    const first = await signIn(app, person.login, TEST_PASSWORD);
    const second = await signIn(app, person.login, TEST_PASSWORD);
    const wrong = await first.post('/api/v1/me/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-new-password-1',
    });
    expect(wrong.json().error.code).toBe('auth.wrong_password');
    const ok = await first.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-password-1',
    });
    expect(ok.statusCode).toBe(200);
    expect((await first.get('/api/v1/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/me')).statusCode).toBe(401);
    await expect(signIn(app, person.login, 'a-new-password-1')).resolves.toBeDefined();
  });

  it('refuses a short new password with a field-level message', async () => {
    const person = await makePerson(t.db, {}, ['platform_admin']);
    const app = await testApp(t.handle);
    const client = await signIn(app, person.login, TEST_PASSWORD);
    const response = await client.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'newPassword', code: 'too_small', message: 'Щонайменше 10 символів.' },
    ]);
  });
});
