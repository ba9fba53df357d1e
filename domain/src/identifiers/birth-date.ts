import { isoDate, isRealDate, kyivToday, splitIsoDate } from './civil-date.js';
import type { IdentifierReason } from './reasons.js';
import { identifierSchema, type Checked } from './schema.js';

/** Why a birth date was refused. */
export type BirthDateReason = Extract<IdentifierReason, `birth_date.${string}`>;

/** No one served today was born before this day; an earlier date is a typing mistake. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/**
 * Whether a real `YYYY-MM-DD` date can be a birth date: not before 1900-01-01 and not after today
 * (`today` in Kyiv unless given).
 */
export function checkBirthDateRange(date: string, today: string = kyivToday()): Checked<BirthDateReason> {
  if (date < EARLIEST_BIRTH_DATE) return { ok: false, reason: 'birth_date.too_early' };
  if (date > today) return { ok: false, reason: 'birth_date.future' };
  return { ok: true, value: date };
}

/**
 * Checks a birth date typed as `DD.MM.YYYY` (how people write it) or `YYYY-MM-DD` (how the API
 * sends it): a real calendar day, not in the future, not before 1900. Gives `YYYY-MM-DD`.
 */
export function checkBirthDate(input: string, today: string = kyivToday()): Checked<BirthDateReason> {
  const text = input.trim();
  const iso = ISO.exec(text);
  const typed = iso ? null : TYPED.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : null;
  if (!parts) return { ok: false, reason: 'birth_date.format' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'birth_date.not_a_date' };
  return checkBirthDateRange(isoDate(year, month, day), today);
}

/**
 * A person's age in whole years on a day (both `YYYY-MM-DD`). Someone born on 29 February turns a
 * year older on 1 March in a common year: the anniversary has not yet come on 28 February. Before
 * the birth date the result is negative. Throws a RangeError when either date is not a real day.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const born = splitIsoDate(birthDate);
  const on = splitIsoDate(onDate);
  if (!born || !on) throw new RangeError('ageOn needs two YYYY-MM-DD dates');
  const beforeAnniversary = on.month < born.month || (on.month === born.month && on.day < born.day);
  return on.year - born.year - (beforeAnniversary ? 1 : 0);
}

/**
 * A birth date `YYYY-MM-DD` in a contract: a real day from 1900-01-01 up to today in Kyiv.
 * "Today" is read at each check, never when the module loads, so a server running for days stays right.
 */
export const BirthDate = identifierSchema(
  (input) => (ISO.test(input.trim()) ? checkBirthDate(input) : { ok: false, reason: 'birth_date.format' }),
  {
    maxLength: 10,
    format: 'date',
    description: 'A birth date YYYY-MM-DD: a real day, not before 1900-01-01 and not in the future.',
    examples: ['1941-06-22'],
  },
);
