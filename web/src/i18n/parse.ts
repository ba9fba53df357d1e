/**
 * A decimal number as people type it (`48,5132` or `48.5132`): null for an empty field, NaN for
 * anything that is not a number, so the form can say which field is wrong.
 */
export function parseDecimal(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** A trimmed text, or null when the field is empty: optional fields are sent as null, not ''. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
