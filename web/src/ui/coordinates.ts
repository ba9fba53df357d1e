import { parseDecimal } from '../i18n/parse';

/**
 * Reads typed coordinates. A field that is not a number is reported on its own path; out-of-range
 * values are left to the contract's check, which reports them the same way.
 */
export function readCoordinates(
  lat: string,
  lon: string,
  notANumber: string,
): { lat: number | null; lon: number | null; problems: { path: string; message: string }[] } {
  const values = { lat: parseDecimal(lat), lon: parseDecimal(lon) };
  const problems = (['lat', 'lon'] as const)
    .filter((key) => Number.isNaN(values[key]))
    .map((key) => ({ path: key, message: notANumber }));
  return { ...values, problems };
}

/** A stored coordinate as the form shows it. */
export function coordinateText(value: number | null): string {
  return value === null ? '' : String(value);
}
