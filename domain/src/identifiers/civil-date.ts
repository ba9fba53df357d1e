/** Civil-date arithmetic the identifier checks share. Dates are `YYYY-MM-DD` strings, compared as text. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether year, month and day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` from numbers, zero-padded. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of a `YYYY-MM-DD` string that names a real day, or null. */
export function splitIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** The day `days` after `from` (both `YYYY-MM-DD`). */
export function addDays(from: string, days: number): string {
  const parts = splitIsoDate(from);
  if (!parts) throw new RangeError(`not a date: ${from}`);
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day) + days * DAY_MS);
  return isoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

let kyivFormat: Intl.DateTimeFormat | undefined;

function kyivFormatter(): Intl.DateTimeFormat {
  const options = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  try {
    kyivFormat ??= new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Kyiv' });
  } catch {
    // Browsers with time-zone data older than 2022 know the city only by its old spelling.
    kyivFormat = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Kiev' });
  }
  return kyivFormat;
}

/**
 * Today's date in Kyiv. A birth date typed late in the evening must not count as "in the future"
 * because the device's clock runs in UTC, so the day is taken in the product's time zone.
 */
export function kyivToday(now: Date = new Date()): string {
  const parts = kyivFormatter().formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}
