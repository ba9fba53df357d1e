import { addDays, civilDateFromParts, type IsoDate } from '../time/civil-date.js';

/** The first Gregorian year (the calendar reform took effect in October 1582). */
export const FIRST_EASTER_YEAR = 1583;

/**
 * Orthodox Easter Sunday of a year, as a Gregorian date. Ukraine's public holiday follows the
 * Orthodox reckoning: the Julian computus (Meeus' Julian algorithm) gives a date in the Julian
 * calendar, which is then shifted by the Julian–Gregorian difference (13 days from 1900 to 2099).
 */
export function orthodoxEaster(year: number): IsoDate {
  if (!Number.isInteger(year) || year < FIRST_EASTER_YEAR || year > 9999) {
    throw new RangeError(`Orthodox Easter is computed for Gregorian years 1583–9999, not ${year}`);
  }
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const julianMonth = Math.floor((d + e + 114) / 31);
  const julianDay = ((d + e + 114) % 31) + 1;
  // Easter falls after any Julian-only 29 February of the year, so this year's difference applies.
  const calendarDifference = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  const julianLabel = civilDateFromParts(year, julianMonth, julianDay);
  if (!julianLabel) throw new RangeError(`No Easter date for ${year}`);
  return addDays(julianLabel, calendarDifference);
}

/** Trinity Sunday (Pentecost): the fiftieth day counting Easter Sunday as the first, i.e. Easter + 49. */
export function orthodoxTrinity(year: number): IsoDate {
  return addDays(orthodoxEaster(year), 49);
}
