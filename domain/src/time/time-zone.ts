import { civilDateFromParts, civilDateParts, type IsoDate } from './civil-date.js';

/** Valiza's time zone: every centre works on Kyiv time. */
export const KYIV_TIME_ZONE = 'Europe/Kyiv';

/** The reading of a wall clock in some time zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar, Latin digits and a 0–23 hour cycle whatever the runtime's default locale is.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a wall clock in `timeZone` showed at `instant` (the time zone's rules come from Intl). */
export function wallClockAt(instant: Date, timeZone: string = KYIV_TIME_ZONE): WallClock {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const read = (name: string) => parts[name] ?? 0;
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
    second: read('second'),
  };
}

/** The civil date of an instant in a time zone (Kyiv by default), summer time included. */
export function civilDateIn(instant: Date, timeZone: string = KYIV_TIME_ZONE): IsoDate {
  const clock = wallClockAt(instant, timeZone);
  const date = civilDateFromParts(clock.year, clock.month, clock.day);
  if (!date) throw new RangeError(`Instant out of range: ${instant.toISOString()}`);
  return date;
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows `time` (`HH:MM`) on `date`.
 * A time skipped by the spring change (03:30 in Kyiv on the last Sunday of March) is read as the
 * same distance after the change (04:30 summer time); a time repeated in autumn takes its first,
 * summer-time occurrence. These are the usual "compatible" rules of calendar software.
 */
export function instantAt(date: IsoDate, time: string, timeZone: string = KYIV_TIME_ZONE): Date {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${JSON.stringify(time)}`);
  const { year, month, day } = civilDateParts(date);
  const wall = utcMilliseconds({
    year,
    month,
    day,
    hour: Number(match[1]),
    minute: Number(match[2]),
    second: 0,
  });
  // A zone's offset changes at most once around a given day, so the offsets one day either side
  // are the only candidates; a candidate is right when the clock really shows `wall` at it.
  const offsets = [offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)];
  const matches = offsets
    .map((offset) => wall - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === wall - candidate)
    .sort((a, b) => a - b);
  const chosen = matches[0] ?? wall - (offsets[0] ?? 0);
  return new Date(chosen);
}

/** The UTC instant of local midnight starting `date` in `timeZone`. */
export function startOfCivilDay(date: IsoDate, timeZone: string = KYIV_TIME_ZONE): Date {
  return instantAt(date, '00:00', timeZone);
}

/** The zone's offset from UTC in milliseconds at an instant (+2 h in Kyiv winter, +3 h in summer). */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return utcMilliseconds(wallClockAt(new Date(whole), timeZone)) - whole;
}

function utcMilliseconds(clock: WallClock): number {
  // Date.UTC maps years 0–99 to 1900–1999; setting the full year avoids that.
  const result = new Date(0);
  result.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  result.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return result.getTime();
}
