import { problem } from '../errors/problem.js';
import {
  addDays,
  civilDateFromParts,
  compareDates,
  daysBetween,
  daysInMonth,
  type IsoDate,
} from '../time/civil-date.js';

/** The longest period one report may cover, in years: longer spans are refused, not slowly served. */
export const MAX_REPORT_YEARS = 3;

export type ReportPeriodKind = 'month' | 'quarter' | 'year' | 'range';

/** A report's period: civil dates in the centre's time zone, both ends included. */
export interface ReportPeriod {
  readonly kind: ReportPeriodKind;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** `2026`, `2026-Q1`, `2026-03`, or `2026-01-05..2026-02-10` for a range. */
  readonly code: string;
}

/** A named period: a year `2026`, a quarter `2026-Q1` or a month `2026-03`. */
export const PERIOD_CODE = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** The period a code names, or null when the code names none. */
export function periodFromCode(code: string): ReportPeriod | null {
  const match = PERIOD_CODE.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[2]) {
    const first = (Number(match[2]) - 1) * 3 + 1;
    const last = first + 2;
    return {
      kind: 'quarter',
      code,
      from: civilDateFromParts(year, first, 1)!,
      to: civilDateFromParts(year, last, daysInMonth(year, last))!,
    };
  }
  if (match[3]) {
    const month = Number(match[3]);
    return {
      kind: 'month',
      code,
      from: civilDateFromParts(year, month, 1)!,
      to: civilDateFromParts(year, month, daysInMonth(year, month))!,
    };
  }
  return { kind: 'year', code, from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The period asked for: a code (`period`), or two dates. A period that ends before it starts is
 * `reports.period_reversed`; one longer than {@link MAX_REPORT_YEARS} years is refused too.
 */
export function resolveReportPeriod(input: {
  period?: string | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
}): ReportPeriod {
  if (input.period) {
    const named = periodFromCode(input.period);
    if (!named) throw problem('reports.period_required');
    return named;
  }
  if (!input.from || !input.to) throw problem('reports.period_required');
  if (compareDates(input.to, input.from) < 0) throw problem('reports.period_reversed');
  if (daysBetween(input.from, input.to) > MAX_REPORT_YEARS * 366)
    throw problem('reports.period_too_long', { params: { years: MAX_REPORT_YEARS } });
  return { kind: 'range', from: input.from, to: input.to, code: `${input.from}..${input.to}` };
}

/** The day after the period: reports count instants from the start of `from` up to the start of this day. */
export function dayAfterPeriod(period: ReportPeriod): IsoDate {
  return addDays(period.to, 1);
}

/** The quarter before the one holding `today`, as a code (`2026-Q3`). */
export function previousQuarter(today: IsoDate): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
