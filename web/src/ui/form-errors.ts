import { ApiError, type ErrorDetail } from '../api/errors';

/** How a refused submission lands on a form: messages under fields, and what has no field. */
export interface FieldErrors {
  /** Field name (a dotted body path) → message. */
  byField: Record<string, string>;
  /** Details that belong to no field of the form (shown in the summary only). */
  unplaced: ErrorDetail[];
}

/** The field that owns a path: the field itself, else its nearest enclosing field (`hours.mon` owns `hours.mon.to`). */
function owningField(path: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    const owns = path === field || path.startsWith(`${field}.`);
    if (owns && (!best || field.length > best.length)) best = field;
  }
  return best;
}

/**
 * Maps an error onto the fields of a form. `details[].path` names the field (the first message per
 * field wins); an error without details whose code names a field (`codeFields`, e.g. a taken login)
 * is put under that field with `codeMessage`.
 */
export function mapErrorToFields(
  error: unknown,
  fields: readonly string[],
  codeFields: Readonly<Record<string, string>> = {},
  codeMessage = '',
): FieldErrors {
  const result: FieldErrors = { byField: {}, unplaced: [] };
  if (!(error instanceof ApiError)) return result;
  for (const detail of error.details) {
    const field = detail.path ? owningField(detail.path, fields) : undefined;
    if (field && detail.message) {
      if (!(field in result.byField)) result.byField[field] = detail.message;
    } else {
      result.unplaced.push(detail);
    }
  }
  const codeField = codeFields[error.code];
  if (error.details.length === 0 && codeField && fields.includes(codeField)) {
    result.byField[codeField] = codeMessage || error.message;
  }
  return result;
}
