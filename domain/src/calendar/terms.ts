import { addDays, assertCivilDate, type IsoDate } from '../time/civil-date.js';
import { addWorkingDays, type CalendarSettings, isWorkingDay, nextWorkingDay } from './working-days.js';

/**
 * How a term is counted: `working` and `calendar` as named; `law` applies the Law on
 * Administrative Procedure, art. 33 — up to 10 days in working days, longer terms in calendar days.
 */
export type TermKind = 'working' | 'calendar' | 'law';

/** The longest term that art. 33 counts in working days. */
export const LAW_WORKING_DAY_TERM_LIMIT = 10;

/** The processing term when the law sets none: 30 calendar days (Law on Administrative Services, art. 10). */
export const DEFAULT_PROVIDER_TERM_DAYS = 30;

/**
 * The last day of a term of `days` days that starts with an event on `start`. The count begins on
 * the day after the event; a calendar-day term whose last day is a day off ends on the next working
 * day (art. 33). A working-day term always ends on a working day.
 */
export function termEnd(
  start: IsoDate,
  days: number,
  rule: { readonly kind: TermKind },
  settings: CalendarSettings,
): IsoDate {
  assertCivilDate(start);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Not a term in days: ${days}`);
  const counted =
    rule.kind === 'law' ? (days <= LAW_WORKING_DAY_TERM_LIMIT ? 'working' : 'calendar') : rule.kind;
  if (counted === 'working') return addWorkingDays(start, days, settings);
  const last = addDays(start, days);
  return isWorkingDay(last, settings) ? last : nextWorkingDay(last, settings);
}

/**
 * The day by which documents received on `receivedOn` must be registered and passed to the service
 * provider: the next working day (Law on Administrative Services, art. 13 part 4).
 */
export function forwardingDeadline(receivedOn: IsoDate, settings: CalendarSettings): IsoDate {
  return nextWorkingDay(receivedOn, settings);
}

/**
 * The provider's due date for an application received on `receivedOn`. `termDays` null means the law
 * sets no special term: 30 calendar days. `termKind` null means the term is counted by art. 33.
 */
export function providerDueDate(
  receivedOn: IsoDate,
  termDays: number | null,
  termKind: TermKind | null,
  settings: CalendarSettings,
): IsoDate {
  if (termDays === null)
    return termEnd(receivedOn, DEFAULT_PROVIDER_TERM_DAYS, { kind: 'calendar' }, settings);
  return termEnd(receivedOn, termDays, { kind: termKind ?? 'law' }, settings);
}

/** Whether a due date has passed: the due day itself still counts as in time. */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  return assertCivilDate(today) > assertCivilDate(due);
}
