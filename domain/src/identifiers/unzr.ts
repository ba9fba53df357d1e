import { checkBirthDateRange } from './birth-date.js';
import { isoDate, isRealDate, kyivToday } from './civil-date.js';
import type { IdentifierReason } from './reasons.js';
import { identifierSchema, type Checked } from './schema.js';

/** Why a UNZR was refused. */
export type UnzrReason = Extract<IdentifierReason, `unzr.${string}`>;

/** A read UNZR: the canonical form and the birth date it holds, or why it is wrong. */
export type ParsedUnzr =
  | { readonly valid: true; readonly unzr: string; readonly birthDate: string }
  | { readonly valid: false; readonly reason: UnzrReason };

const WEIGHTS = [7, 3, 1] as const;

/**
 * The check digit of a UNZR from its first 12 digits: each digit times 7, 3, 1, 7, 3, 1, …,
 * the sum modulo 10 (the same weights as the check digits of an MRZ).
 */
export function unzrCheckDigit(twelveDigits: string): number {
  if (!/^\d{12}$/.test(twelveDigits)) throw new RangeError('a UNZR check digit needs 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(twelveDigits[i]) * WEIGHTS[i % 3]!;
  return sum % 10;
}

/**
 * Reads a UNZR (record number in the demographic register), `YYYYMMDD-NNNNC`, with or without the
 * hyphen. It is valid when the first 8 digits are a possible birth date (a real day from 1900 up
 * to `today`), the next 4 are a number from 0001 to 9999, and the last digit is the check digit
 * of the first 12.
 */
export function parseUnzr(input: string, today: string = kyivToday()): ParsedUnzr {
  const match = /^(\d{4})(\d{2})(\d{2})-?(\d{4})(\d)$/.exec(input.replace(/\s+/g, ''));
  if (!match) return { valid: false, reason: 'unzr.format' };
  const [, y = '', m = '', d = '', number = '', check = ''] = match;
  // The register numbers people born on one day from 0001 to 9999.
  if (number === '0000') return { valid: false, reason: 'unzr.format' };
  if (!isRealDate(Number(y), Number(m), Number(d))) return { valid: false, reason: 'unzr.date' };
  const birthDate = isoDate(Number(y), Number(m), Number(d));
  if (!checkBirthDateRange(birthDate, today).ok) return { valid: false, reason: 'unzr.date' };
  if (unzrCheckDigit(`${y}${m}${d}${number}`) !== Number(check)) {
    return { valid: false, reason: 'unzr.check_digit' };
  }
  return { valid: true, unzr: `${y}${m}${d}-${number}${check}`, birthDate };
}

/** A UNZR in its canonical form `YYYYMMDD-NNNNC`, or why it is refused. */
export function normaliseUnzr(input: string): Checked<UnzrReason> {
  const parsed = parseUnzr(input);
  return parsed.valid ? { ok: true, value: parsed.unzr } : { ok: false, reason: parsed.reason };
}

/** A UNZR in a contract; accepted with or without the hyphen, stored as `YYYYMMDD-NNNNC`. */
export const Unzr = identifierSchema(normaliseUnzr, {
  maxLength: 20,
  description: 'UNZR (demographic register record number) YYYYMMDD-NNNNC with a valid check digit.',
  examples: ['20000101-00019'],
});
