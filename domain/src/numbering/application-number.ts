import { z } from 'zod';

/** The largest number of one centre in one year: six digits. */
export const MAX_APPLICATION_NUMBER = 999_999;

/** A logbook number taken apart: the centre's code, the year and the running number in that year. */
export interface ApplicationNumber {
  centreCode: string;
  year: number;
  value: number;
}

const PATTERN = /^([A-ZА-ЯІЇЄҐ0-9]{2,6})\/(\d{4})\/(\d{6})$/u;

/**
 * The logbook number as people read and print it: `КАМ/2026/000143` — the centre's code, the year,
 * and six digits of the running number of that centre in that year.
 */
export function formatApplicationNumber(number: ApplicationNumber): string {
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > MAX_APPLICATION_NUMBER)
    throw new RangeError(`An application number runs from 1 to ${MAX_APPLICATION_NUMBER}.`);
  if (!Number.isInteger(number.year) || number.year < 1000 || number.year > 9999)
    throw new RangeError('The year of an application number has four digits.');
  return `${number.centreCode}/${number.year}/${String(number.value).padStart(6, '0')}`;
}

/** Reads `КАМ/2026/000143` back into its parts, or null when it is not such a number. */
export function parseApplicationNumber(text: string): ApplicationNumber | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const value = Number(match[3]);
  if (value < 1) return null;
  return { centreCode: match[1]!, year: Number(match[2]), value };
}

/** A logbook number in a contract: the text form, checked and read into its parts. */
export const ApplicationNumberText = z
  .string()
  .max(20)
  .refine((text) => parseApplicationNumber(text) !== null, { message: 'application number' });
