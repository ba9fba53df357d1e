import type { z } from 'zod';
import { currentLocale } from '../i18n/current-locale';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
import { ApiError, NetworkError } from './errors';
import { toFailure } from './parse-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  body?: unknown;
  /** The domain contract of the answer; the answer is checked against it when given. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

const sessionEndedListeners = new Set<() => void>();

/**
 * Calls `listener` whenever the server says nobody is signed in (`auth.required`), e.g. because the
 * session expired or the person was deactivated. Returns the way to stop listening.
 */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * One request to the API: JSON both ways, the session cookie of this origin, the interface language,
 * and on every write the CSRF token read from the `valiza_csrf` cookie. Resolves with the answer;
 * rejects with an `ApiError` for an error answer and a `NetworkError` when nothing answered.
 */
export async function request<T = unknown>(
  method: Method,
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const failure = toFailure(response.status, payload);
    if (failure instanceof ApiError && failure.code === 'auth.required') {
      for (const listener of sessionEndedListeners) listener();
    }
    throw failure;
  }
  if (!options.schema) return payload as T;
  const parsed = options.schema.safeParse(payload);
  // An answer that breaks its contract is a fault of the server or a version mismatch, never of the user.
  if (!parsed.success) throw new ApiError(response.status, 'response.invalid', '');
  return parsed.data;
}

/** Shorthands for the usual calls: `api.get(path, Schema)`, `api.post(path, body, Schema)`. */
export const api = {
  get: <T>(path: string, schema?: z.ZodType<T>, signal?: AbortSignal) =>
    request<T>('GET', path, { ...(schema ? { schema } : {}), ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown, schema?: z.ZodType<T>) =>
    request<T>('POST', path, { body, ...(schema ? { schema } : {}) }),
  put: <T>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    request<T>('PUT', path, { body, ...(schema ? { schema } : {}) }),
  patch: <T>(path: string, body: unknown, schema?: z.ZodType<T>) =>
    request<T>('PATCH', path, { body, ...(schema ? { schema } : {}) }),
  delete: <T>(path: string, schema?: z.ZodType<T>) =>
    request<T>('DELETE', path, { ...(schema ? { schema } : {}) }),
};
