/**
 * Values for jsonb columns are sent as JSON text: both engines cast it, and node-postgres would
 * otherwise turn a JavaScript array into a PostgreSQL array instead of a JSON array.
 */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
