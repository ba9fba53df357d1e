import { ApiError, NetworkError, type ErrorDetail } from './errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((detail) => ({
    path: typeof detail.path === 'string' ? detail.path : '',
    code: typeof detail.code === 'string' ? detail.code : 'invalid',
    message: typeof detail.message === 'string' ? detail.message : '',
  }));
}

/**
 * Turns a failed answer into the failure the interface shows. Our server always answers
 * `{ error: { code, message, details } }`; a gateway's bare 502/503/504 means the server itself
 * is not there, which people should see as "no connection", not as an error of their data.
 */
export function toFailure(status: number, body: unknown): ApiError | NetworkError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' ? error.message : '';
    return new ApiError(status, error.code, message, readDetails(error.details));
  }
  if (status === 502 || status === 503 || status === 504) return new NetworkError();
  return new ApiError(status, 'internal', '');
}
