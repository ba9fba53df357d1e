import { interpolate, type Locale } from '../i18n/locale.js';
import { ERRORS, type ErrorCode } from './catalogue.js';

/** One field-level detail of an error: where, what kind, and a message for people. */
export interface ProblemDetail {
  readonly path: string;
  readonly code: string;
  readonly message?: string;
}

/**
 * An expected failure with a code from the catalogue. Services throw it; the server turns it into
 * `{ error: { code, message, details } }` with the catalogue's status and the request's language.
 */
export class Problem extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: readonly ProblemDetail[];
  readonly params: Record<string, string | number>;
  /** Seconds after which a refused request may be tried again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | null;

  constructor(code: ErrorCode, options: ProblemOptions = {}) {
    super(code);
    this.name = 'Problem';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = options.details ?? [];
    this.params = options.params ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export interface ProblemOptions {
  details?: readonly ProblemDetail[];
  params?: Record<string, string | number>;
  retryAfterSeconds?: number;
}

/** Creates a catalogued problem to throw. */
export function problem(code: ErrorCode, options?: ProblemOptions): Problem {
  return new Problem(code, options);
}

export function isProblem(value: unknown): value is Problem {
  return value instanceof Problem;
}

/** The message of a catalogued code in a language, with its placeholders filled. */
export function problemMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return interpolate(ERRORS[code][locale], params);
}
