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

/**
 * A time of day as people type it (`8`, `8:00`, `8.00`, `0800`) in the 24-hour `HH:MM` the API
 * expects. Anything else is returned trimmed, for the contract to refuse with a clear message.
 */
export function normaliseTime(value: string): string {
  const trimmed = value.trim();
  const match = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/.exec(trimmed);
  if (!match) return trimmed;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`;
}
