import { describe, expect, it } from 'vitest';
import { periodFromCode, previousQuarter, resolveReportPeriod } from './report-period.js';

describe('report periods', () => {
  it('reads a year, a quarter and a month', () => {
    expect(periodFromCode('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(periodFromCode('2026-Q1')).toMatchObject({
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(periodFromCode('2024-02')).toMatchObject({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(periodFromCode('2026-Q5')).toBeNull();
  });

  it('refuses a period that ends before it starts, and one that is too long', () => {
    expect(() => resolveReportPeriod({ from: '2026-03-01', to: '2026-02-28' })).toThrow(
      'reports.period_reversed',
    );
    expect(() => resolveReportPeriod({ from: '2020-01-01', to: '2026-01-01' })).toThrow(
      'reports.period_too_long',
    );
    expect(() => resolveReportPeriod({})).toThrow('reports.period_required');
    expect(resolveReportPeriod({ from: '2026-03-01', to: '2026-03-01' })).toMatchObject({ kind: 'range' });
  });

  it('names the previous quarter', () => {
    expect(previousQuarter('2026-01-15')).toBe('2025-Q4');
    expect(previousQuarter('2026-11-23')).toBe('2026-Q3');
  });
});
