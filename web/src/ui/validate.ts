import { issuesToDetails, problemMessage, type Locale } from '@valiza/domain';
import type { z } from 'zod';
import { ApiError } from '../api/errors';

/**
 * Checks a body against its domain contract before sending it, so people get the same messages as
 * from the server, at once and also without a connection. Returns the parsed (trimmed) body, or
 * throws a `validation.failed` ApiError whose details a Form puts under its fields. `messages` gives
 * a plainer message for a path where the general one says too little ("choose at least one role").
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
  messages: Readonly<Record<string, string>> = {},
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues, locale).map((detail) => ({
    path: detail.path,
    code: detail.code,
    message: messages[detail.path] ?? detail.message ?? '',
  }));
  throw new ApiError(400, 'validation.failed', problemMessage('validation.failed', locale), details);
}

/** Refusals of fields found in the browser (e.g. two passwords that differ), shaped like the server's. */
export function fieldProblems(
  problems: readonly { path: string; message: string }[],
  locale: Locale,
): ApiError {
  return new ApiError(
    400,
    'validation.failed',
    problemMessage('validation.failed', locale),
    problems.map((p) => ({ path: p.path, code: 'custom', message: p.message })),
  );
}

/** A refusal of one field found in the browser. */
export function fieldProblem(path: string, message: string, locale: Locale): ApiError {
  return fieldProblems([{ path, message }], locale);
}
