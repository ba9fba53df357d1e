/** One field-level problem of a refused request: where (a dotted path of the body) and what. */
export interface ErrorDetail {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * The server answered with an error: `{ error: { code, message, details } }`. The code is stable and
 * translated by the interface; the message is the server's own, in the language the request asked for.
 */
export class ApiError extends Error {
  readonly kind = 'api' as const;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server could not be reached at all (no network, server down): nothing was answered. */
export class NetworkError extends Error {
  readonly kind = 'network' as const;

  constructor(cause?: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

/** Every way a request can fail that the interface explains to people. */
export type RequestFailure = ApiError | NetworkError;

/** Whether a thrown value is one of the failures the interface knows how to explain. */
export function isRequestFailure(value: unknown): value is RequestFailure {
  return value instanceof ApiError || value instanceof NetworkError;
}

/** Whether a failure is the API error with this code. */
export function hasCode(value: unknown, code: string): value is ApiError {
  return value instanceof ApiError && value.code === code;
}
