import type { PublishedFigures, Report, ReportMeasure } from '../contracts/reports.js';
import { SMALL_COUNT_LIMIT, suppressMeasure } from './suppression.js';

/** Breakdowns that never leave the centre: they name staff. */
const PRIVATE_DIMENSIONS = new Set(['administrator']);

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The anonymised figures of a report, fit for publication: no administrator breakdowns, small counts
 * withheld by the rules of `suppression.ts`, and waiting times only when at least five visits make
 * them up (a median over fewer would describe individual people).
 */
export function anonymiseReport(report: Report): PublishedFigures {
  const totals = {
    requests: report.totals.requests,
    visits: report.totals.visits,
    applications: report.totals.applications,
  };
  const publishedTotals = {} as PublishedFigures['totals'];
  const breakdowns: PublishedFigures['breakdowns'] = [];
  for (const measure of ['requests', 'visits', 'applications'] as ReportMeasure[]) {
    const own = report.breakdowns.filter(
      (b) => b.measure === measure && !PRIVATE_DIMENSIONS.has(b.dimension),
    );
    const result = suppressMeasure(
      totals[measure],
      own.map((b) => b.rows.map((r) => r.count)),
    );
    publishedTotals[measure] = result.total;
    own.forEach((b, i) =>
      breakdowns.push({
        measure,
        dimension: b.dimension,
        total: result.total,
        rows: b.rows.map((row, j) => ({
          key: row.key,
          label: row.label,
          labelEn: row.labelEn,
          value: result.breakdowns[i]![j]!,
        })),
      }),
    );
  }
  const { waiting } = report;
  return {
    totals: publishedTotals,
    waiting:
      waiting.visits >= SMALL_COUNT_LIMIT && waiting.medianDays !== null && waiting.p90Days !== null
        ? { medianDays: round1(waiting.medianDays), p90Days: round1(waiting.p90Days) }
        : null,
    breakdowns,
  };
}
