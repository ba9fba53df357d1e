import { describe, expect, it } from 'vitest';
import type { Report } from '../contracts/reports.js';
import { anonymiseReport } from './anonymise.js';

const row = (key: string, count: number, label: string | null = null) => ({
  key,
  label,
  labelEn: null,
  count,
});

const report: Report = {
  centre: { id: '0190a0b0-0000-7000-8000-000000000001', name: 'ЦНАП', slug: 'c' },
  period: { kind: 'quarter', code: '2026-Q1', from: '2026-01-01', to: '2026-03-31' },
  totals: { requests: 12, visits: 4, visitsCompleted: 4, applications: 20 },
  waiting: { visits: 4, medianDays: 3.14, p90Days: 6 },
  breakdowns: [
    { measure: 'requests', dimension: 'category', rows: [row('aged_80_plus', 9), row('inpatient', 3)] },
    { measure: 'visits', dimension: 'locality', rows: [row('l1', 4, 'Село')] },
    { measure: 'applications', dimension: 'administrator', rows: [row('p1', 20, 'Іван Петренко')] },
    {
      measure: 'applications',
      dimension: 'service',
      rows: [row('s1', 18, 'Реєстрація'), row('s2', 2, 'Довідка')],
    },
  ],
  topServices: [],
};

describe('anonymised report', () => {
  const figures = anonymiseReport(report);

  it('names no staff', () => {
    expect(JSON.stringify(figures)).not.toContain('Петренко');
    expect(figures.breakdowns.some((b) => b.dimension === 'administrator')).toBe(false);
  });

  it('withholds small counts and whatever would give them away', () => {
    const requests = figures.breakdowns.find((b) => b.measure === 'requests')!;
    expect(figures.totals.requests).toEqual({ count: 12, flag: null });
    expect(requests.rows.map((r) => r.value.flag)).toEqual(['hidden', 'small']);
    expect(figures.totals.visits).toEqual({ count: null, flag: 'small' });
    const services = figures.breakdowns.find((b) => b.dimension === 'service')!;
    expect(services.rows.map((r) => r.value)).toEqual([
      { count: null, flag: 'hidden' },
      { count: null, flag: 'small' },
    ]);
  });

  it('drops waiting times made of fewer than five visits', () => {
    expect(figures.waiting).toBeNull();
    expect(
      anonymiseReport({ ...report, waiting: { visits: 5, medianDays: 3.14, p90Days: 6 } }).waiting,
    ).toEqual({
      medianDays: 3.1,
      p90Days: 6,
    });
  });
});
