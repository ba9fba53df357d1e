import type { z } from 'zod';
import { ApiError, NetworkError } from '../api/errors';
import { toFailure } from '../api/parse-error';
import { currentLocale } from '../i18n/current-locale';
import { requireDevice, wipeDevice } from './session';

/** The `Authorization` header of this device: `Device <credential>`. */
export function deviceAuthorization(): string {
  return `Device ${requireDevice().credential}`;
}

/**
 * A request of the field app: JSON, the device credential instead of the session cookie (so no CSRF
 * token is needed and an office sign-out does not stop the field work). `401 device.revoked` — the
 * head revoked the device, or its credential expired — wipes the local data at once, as the
 * protocol requires, and rethrows so the caller stops.
 */
export async function deviceRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLocale(),
        Authorization: deviceAuthorization(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = toFailure(response.status, payload);
    await wipeIfRevoked(failure);
    throw failure;
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'response.invalid', '');
  return parsed.data;
}

/** Wipes the device when a failure says its credential is no longer valid. */
export async function wipeIfRevoked(failure: unknown): Promise<void> {
  if (failure instanceof ApiError && failure.code === 'device.revoked') await wipeDevice('revoked');
}
