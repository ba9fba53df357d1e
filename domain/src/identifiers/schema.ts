import { z } from 'zod';
import { IDENTIFIER_REASONS, type IdentifierReason } from './reasons.js';

/** The outcome of checking typed text: the normalised value, or why it was refused. */
export type Checked<R extends IdentifierReason = IdentifierReason> =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: R };

interface SchemaOptions {
  readonly maxLength: number;
  readonly description: string;
  readonly examples: readonly string[];
  readonly format?: string;
}

/**
 * A string schema that accepts what `check` accepts and stores the normalised value; a refusal is
 * a custom issue with `params.reason`, which the validation details turn into a readable message.
 *
 * Why `.overwrite()` and not `.transform()`: zod 4 cannot put a transform into JSON Schema on the
 * output side (`z.toJSONSchema(schema, { io: 'output' })` throws), and the OpenAPI document
 * describes responses by their output. An overwrite keeps the type a string on both sides, so the
 * same schema serves a request body, a response and the browser form. The maximum length aborts
 * first so an overlong paste gets one message, not two.
 */
export function identifierSchema<R extends IdentifierReason>(
  check: (input: string) => Checked<R>,
  options: SchemaOptions,
) {
  return z
    .string()
    .max(options.maxLength, { abort: true })
    .superRefine((input, ctx) => {
      const result = check(input);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message: IDENTIFIER_REASONS[result.reason].en,
          params: { reason: result.reason },
          input,
        });
      }
    })
    .overwrite((input) => {
      const result = check(input);
      return result.ok ? result.value : input;
    })
    .meta({
      description: options.description,
      examples: [...options.examples],
      ...(options.format ? { format: options.format } : {}),
    });
}
