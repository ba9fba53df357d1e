/**
 * Whether a database error is a unique violation (SQLSTATE 23505), optionally of one constraint.
 * Both node-postgres and PGlite put the SQLSTATE in `code` and the constraint in `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  if (!e || e.code !== '23505') return false;
  return constraint === undefined || e.constraint === constraint;
}

/** Whether a database error is an exclusion-constraint violation (SQLSTATE 23P01). */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  if (!e || e.code !== '23P01') return false;
  return constraint === undefined || e.constraint === constraint;
}
