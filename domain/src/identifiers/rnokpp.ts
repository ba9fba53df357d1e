import { checkBirthDateRange } from './birth-date.js';
import { addDays, kyivToday, splitIsoDate } from './civil-date.js';
import type { IdentifierReason } from './reasons.js';
import { identifierSchema, type Checked } from './schema.js';

/** Why a taxpayer number (RNOKPP) was refused. */
export type RnokppReason = Extract<IdentifierReason, `rnokpp.${string}`>;

/** A read taxpayer number: the birth date and sex it encodes, or why it is wrong. */
export type ParsedRnokpp =
  | {
      readonly valid: true;
      readonly rnokpp: string;
      readonly birthDate: string;
      readonly sex: 'male' | 'female';
    }
  | { readonly valid: false; readonly reason: RnokppReason };

/** Whether a taxpayer number's birth date matches another record's: a risk signal, not a refusal. */
export type BirthDateAgreement = 'agrees' | 'differs' | 'unknown';

const WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7] as const;

/** Day 1 of the count in the first five digits is 1 January 1900. */
const DAY_ZERO = '1899-12-31';

/** The check digit of a taxpayer number from its first 9 digits: Σ dᵢ·wᵢ mod 11 mod 10. */
export function rnokppCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('an RNOKPP check digit needs 9 digits');
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(nineDigits[i]) * WEIGHTS[i]!;
  // The first weight is negative, so the sum can be: take the mathematical remainder, not JS's `%`.
  return (((sum % 11) + 11) % 11) % 10;
}

/**
 * Reads a taxpayer number (RNOKPP, 10 digits). Digits 1–5 count days from 31.12.1899 to the birth
 * date, an odd 9th digit means male, the 10th is the check digit. Valid when the check digit
 * matches and the birth date is possible (from 1900 up to `today`).
 */
export function parseRnokpp(input: string, today: string = kyivToday()): ParsedRnokpp {
  const digits = input.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) return { valid: false, reason: 'rnokpp.format' };
  if (rnokppCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { valid: false, reason: 'rnokpp.check_digit' };
  }
  const birthDate = addDays(DAY_ZERO, Number(digits.slice(0, 5)));
  if (!checkBirthDateRange(birthDate, today).ok) return { valid: false, reason: 'rnokpp.birth_date' };
  const sex = Number(digits[8]) % 2 === 1 ? 'male' : 'female';
  return { valid: true, rnokpp: digits, birthDate, sex };
}

/**
 * Whether the birth date encoded in a taxpayer number is the given birth date (`YYYY-MM-DD`).
 * `unknown` when either is unreadable. A difference is shown to the operator as something to check
 * (numbers assigned with a mistake exist), never used to refuse an application.
 */
export function compareRnokppBirthDate(rnokpp: string, birthDate: string): BirthDateAgreement {
  const parsed = parseRnokpp(rnokpp);
  if (!parsed.valid || !splitIsoDate(birthDate)) return 'unknown';
  return parsed.birthDate === birthDate ? 'agrees' : 'differs';
}

/** A taxpayer number in its stored form (10 digits), or why it is refused. */
export function normaliseRnokpp(input: string): Checked<RnokppReason> {
  const parsed = parseRnokpp(input);
  return parsed.valid ? { ok: true, value: parsed.rnokpp } : { ok: false, reason: parsed.reason };
}

/** A taxpayer number (RNOKPP) in a contract: 10 digits with a valid check digit. */
export const TaxNumber = identifierSchema(normaliseRnokpp, {
  maxLength: 20,
  description: 'Taxpayer number (RNOKPP): 10 digits with a valid check digit.',
  examples: ['3652504575'],
});
