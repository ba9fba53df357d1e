import { parseDisplayDate, previousQuarter } from '@valiza/domain';
import type { PeriodChoice } from './reports-api';

/** The previous quarter, the usual thing to report on. */
export function defaultPeriod(today: string): PeriodChoice {
  const code = previousQuarter(today);
  return {
    kind: 'quarter',
    year: code.slice(0, 4),
    quarter: code.slice(6),
    month: today.slice(5, 7),
    from: '',
    to: '',
  };
}

/** The query string of a choice, or null while typed dates are incomplete or not dates. */
export function periodQuery(choice: PeriodChoice): string | null {
  if (choice.kind === 'year') return `period=${choice.year}`;
  if (choice.kind === 'quarter') return `period=${choice.year}-Q${choice.quarter}`;
  if (choice.kind === 'month') return `period=${choice.year}-${choice.month}`;
  const from = parseDisplayDate(choice.from);
  const to = parseDisplayDate(choice.to);
  return from && to ? `from=${from}&to=${to}` : null;
}

/** The quarter code of a choice, when it is a quarter. */
export function quarterCode(choice: PeriodChoice): string | null {
  return choice.kind === 'quarter' ? `${choice.year}-Q${choice.quarter}` : null;
}
