/**
 * A request's number, readable over the phone: the centre's code, the year and a six-digit
 * sequence of that centre and year, e.g. `КАМ-2026-000123`. Longer sequences simply grow.
 */
export function formatRequestNumber(centreCode: string, year: number, sequence: number): string {
  return `${centreCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

const NUMBER = /^([A-ZА-ЯІЇЄҐ0-9]{2,6})-(\d{4})-(\d{6,9})$/u;

/**
 * Reads a number as a person types it: any case, spaces or dashes around the parts, Latin look-alike
 * letters in the code left as typed. Null when it cannot be a request number.
 */
export function parseRequestNumber(text: string): { code: string; year: number; sequence: number } | null {
  const compact = text.trim().toUpperCase().replace(/\s+/g, '').replace(/[‐-―]/g, '-');
  const match = NUMBER.exec(compact);
  if (!match) return null;
  return { code: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}

/** A typed number in its stored form (`КАМ-2026-000123`), or null. */
export function normaliseRequestNumber(text: string): string | null {
  const parsed = parseRequestNumber(text);
  return parsed ? formatRequestNumber(parsed.code, parsed.year, parsed.sequence) : null;
}
