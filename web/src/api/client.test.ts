import { Me } from '@valiza/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../i18n/current-locale';
import { json, stubFetch } from '../test/fetch-stub';
import { api, onSessionEnded } from './client';
import { ApiError, NetworkError } from './errors';

const me = {
  person: { id: '0190a3f4-7c1e-7000-8000-000000000001', name: 'Олена Коваленко', login: 'kam.head' },
  roles: ['head'],
  centre: null,
  region: null,
  locale: 'uk',
};

beforeEach(() => {
  document.cookie = 'valiza_csrf=csrf-token-1; path=/';
  changeCurrentLocale('uk');
});

afterEach(() => {
  document.cookie = 'valiza_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends the CSRF token from the cookie on writes, and never on reads', async () => {
    const calls = stubFetch({
      'GET /api/v1/me': json(200, me),
      'POST /api/v1/kits': json(201, { ok: true }),
    });
    await api.get('/api/v1/me');
    await api.post('/api/v1/kits', { code: 'КАМ-2' });
    expect(calls[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(calls[1]?.headers.get('X-CSRF-Token')).toBe('csrf-token-1');
    expect(calls[1]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe(JSON.stringify({ code: 'КАМ-2' }));
    expect(calls[1]?.init.credentials).toBe('same-origin');
  });

  it('asks for answers in the interface language', async () => {
    const calls = stubFetch({ 'GET /api/v1/me': json(200, me) });
    await api.get('/api/v1/me');
    changeCurrentLocale('en');
    await api.get('/api/v1/me');
    expect(calls.map((c) => c.headers.get('Accept-Language'))).toEqual(['uk', 'en']);
  });

  it('checks an answer against its contract', async () => {
    stubFetch({ 'GET /api/v1/me': json(200, { ...me, roles: ['nobody'] }) });
    await expect(api.get('/api/v1/me', Me)).rejects.toMatchObject({ code: 'response.invalid' });
  });

  it('turns an error answer into an ApiError with its code, message and field details', async () => {
    stubFetch({
      'POST /api/v1/staff': json(400, {
        error: {
          code: 'validation.failed',
          message: 'Дані заповнено неправильно.',
          details: [{ path: 'login', code: 'invalid_format', message: 'Неправильний формат.' }],
        },
      }),
    });
    const failure = await api.post('/api/v1/staff', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'validation.failed',
      message: 'Дані заповнено неправильно.',
      details: [{ path: 'login', code: 'invalid_format', message: 'Неправильний формат.' }],
    });
  });

  it('reports an unreachable server as a network failure, not as an error of the data', async () => {
    stubFetch({
      'GET /api/v1/me': new TypeError('Failed to fetch'),
      'GET /api/v1/kits': new Response('Bad Gateway', { status: 502 }),
    });
    await expect(api.get('/api/v1/me')).rejects.toBeInstanceOf(NetworkError);
    await expect(api.get('/api/v1/kits')).rejects.toBeInstanceOf(NetworkError);
  });

  it('tells the listeners when the server says nobody is signed in, and only then', async () => {
    stubFetch({
      'GET /api/v1/me': json(401, { error: { code: 'auth.required', message: '', details: [] } }),
      'POST /api/v1/auth/login': json(401, {
        error: { code: 'auth.invalid_credentials', message: '', details: [] },
      }),
    });
    const ended = vi.fn();
    const stop = onSessionEnded(ended);
    await api.post('/api/v1/auth/login', { login: 'x', password: 'y' }).catch(() => undefined);
    expect(ended).not.toHaveBeenCalled();
    await api.get('/api/v1/me').catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
    await api.get('/api/v1/me').catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
