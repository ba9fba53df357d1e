import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { SetupState } from '../setup/setup-state.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    secret: 'test-secret-test-secret-test-secret-0000',
    publicUrl: 'http://localhost:3000',
    tls: null,
    logLevel: 'silent',
    rateLimitPerMinute: 100_000,
    loginRateLimitPerMinute: 100_000,
    publicRequestsPerHour: 100_000,
    publicRequestsPerPhonePerDay: 100_000,
    publicStatusChecksPerHour: 100_000,
    lockoutThreshold: 10,
    lockoutMinutes: 15,
    sessionHours: 12,
    secureCookies: false,
    version: '0.0.0-test',
    deviceDays: 14,
    numberBlockSize: 50,
    numberReserve: 60,
    changeLogDays: 90,
    filesDir: '/nonexistent/files',
    uploadsDir: '/nonexistent/uploads',
    importMaxBytes: 64 * 1024 * 1024,
    mapTilesUrl: null,
    ...overrides,
  };
}

/** The whole HTTP app on a test database, answered in-process with `inject`. */
export async function testApp(
  database: DatabaseHandle,
  options: { config?: Partial<Config>; setupState?: SetupState } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(options.config),
    database,
    logger: false,
    webRoot: '/nonexistent',
    ...(options.setupState ? { setupState: options.setupState } : {}),
  });
  await app.ready();
  return app;
}

/** A signed-in client: sends the session cookie and echoes the CSRF token on writes, like the web app. */
export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  readonly cookies: Record<string, string>;
}

export async function signIn(app: FastifyInstance, login: string, password: string): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
  });
  if (response.statusCode !== 200) throw new Error(`Sign-in failed: ${response.statusCode} ${response.body}`);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const cookieHeader = () =>
    Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: {
        cookie: cookieHeader(),
        ...(options.method && options.method !== 'GET' ? { 'x-csrf-token': cookies.valiza_csrf ?? '' } : {}),
        ...(options.headers ?? {}),
      },
    });
  return {
    cookies,
    request,
    get: (url, headers) => request({ method: 'GET', url, ...(headers ? { headers } : {}) }),
    post: (url, payload, headers) =>
      request({
        method: 'POST',
        url,
        payload: payload as InjectOptions['payload'],
        ...(headers ? { headers } : {}),
      }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
