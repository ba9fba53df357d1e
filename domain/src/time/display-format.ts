import { civilDateFromParts, civilDateParts, type IsoDate } from './civil-date.js';
import { KYIV_TIME_ZONE, wallClockAt } from './time-zone.js';

/** People read and type dates as `dd.mm.yyyy` (the Ukrainian convention), times as 24-hour `HH:MM`. */
const DISPLAY_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `2026-11-23` → `23.11.2026`. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = civilDateParts(date);
  return `${pad2(day)}.${pad2(month)}.${String(year).padStart(4, '0')}`;
}

/** An instant as `dd.mm.yyyy HH:MM` on the wall clock of `timeZone` (Kyiv by default). */
export function formatDateTime(instant: Date, timeZone: string = KYIV_TIME_ZONE): string {
  const clock = wallClockAt(instant, timeZone);
  return `${pad2(clock.day)}.${pad2(clock.month)}.${String(clock.year).padStart(4, '0')} ${pad2(clock.hour)}:${pad2(clock.minute)}`;
}

/**
 * Reads a typed `dd.mm.yyyy` date (single-digit day and month allowed, spaces around ignored) into
 * `YYYY-MM-DD`; null when the text is not a date or names a day that does not exist.
 */
export function parseDisplayDate(text: string): IsoDate | null {
  const match = DISPLAY_DATE.exec(text.trim());
  if (!match) return null;
  return civilDateFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
