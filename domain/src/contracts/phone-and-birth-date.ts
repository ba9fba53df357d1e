import { z } from 'zod';
import { isCivilDate } from '../time/civil-date.js';
import { civilDateIn } from '../time/time-zone.js';

/**
 * Phone numbers and birth dates as the intake contracts use them: `normalisePhone`, `PhoneNumber`,
 * `BirthDate` and `ageOn` under the names of the identifier rules, so that contracts read the same
 * when those rules replace this file.
 */
type Checked = { ok: true; value: string } | { ok: false; reason: string };

/** Reads a Ukrainian phone number in any usual writing and gives `+380XXXXXXXXX`. */
export function normalisePhone(input: string): Checked {
  const compact = input.trim().replace(/[\s\u00a0\u2010-\u2015.()-]/g, '');
  if (compact === '') return { ok: false, reason: 'phone.empty' };
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'phone.characters' };
  const forms: [string, number][] = plus
    ? [['380', 12]]
    : [
        ['380', 12],
        ['00380', 14],
        ['0', 10],
        ['80', 11],
      ];
  for (const [prefix, length] of forms) {
    const rest = digits.slice(prefix.length);
    if (digits.startsWith(prefix) && digits.length === length && !rest.startsWith('0'))
      return { ok: true, value: `+380${rest}` };
  }
  return { ok: false, reason: 'phone.length' };
}

/** A person's age in whole years on a day (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** A Ukrainian phone number in any usual writing, stored as `+380XXXXXXXXX`. */
export const PhoneNumber = z
  .string()
  .max(40, { abort: true })
  .superRefine((input, ctx) => {
    const result = normalisePhone(input);
    if (!result.ok)
      ctx.addIssue({ code: 'custom', message: result.reason, params: { reason: result.reason } });
  })
  .overwrite((input) => {
    const result = normalisePhone(input);
    return result.ok ? result.value : input;
  });

/** A birth date `YYYY-MM-DD`: a real day from 1900-01-01 up to today in Kyiv. */
export const BirthDate = z
  .string()
  .max(10, { abort: true })
  .superRefine((input, ctx) => {
    const reason = !isCivilDate(input)
      ? 'birth_date.format'
      : input < '1900-01-01'
        ? 'birth_date.too_early'
        : input > civilDateIn(new Date())
          ? 'birth_date.future'
          : null;
    if (reason) ctx.addIssue({ code: 'custom', message: reason, params: { reason } });
  });
