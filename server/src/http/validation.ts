import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/** A request that did not match its contract. Carries the zod issues so that they can be localised. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: readonly z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('validation failed');
  }
}

/** Validates each part of a request with its zod contract and keeps the parsed (trimmed, defaulted) value. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // `reportInput` keeps the offending value on each issue so that "missing" and "wrong type" differ.
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };
