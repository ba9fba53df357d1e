import {
  dayAfterPeriod,
  startOfCivilDay,
  type Report,
  type ReportBreakdown,
  type ReportDimension,
  type ReportMeasure,
  type ReportPeriod,
} from '@valiza/domain';
import type { Db } from '../db/database.js';
import { reportGroups, type GroupRow } from './report.repository.js';

/** How many services the "top services" list holds. */
const TOP_SERVICES = 10;

export interface ReportCentreRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
}

function breakdowns(measure: ReportMeasure, rows: GroupRow[]): ReportBreakdown[] {
  const byDimension = new Map<string, ReportBreakdown>();
  for (const row of rows) {
    if (row.measure !== measure || row.dimension === 'total') continue;
    const dimension = row.dimension as ReportDimension;
    const breakdown = byDimension.get(dimension) ?? { measure, dimension, rows: [] };
    breakdown.rows.push({ key: row.key, label: row.label, labelEn: row.labelEn, count: row.count });
    byDimension.set(dimension, breakdown);
  }
  for (const b of byDimension.values())
    b.rows.sort((x, y) => y.count - x.count || (x.label ?? x.key).localeCompare(y.label ?? y.key, 'uk'));
  return [...byDimension.values()];
}

const total = (rows: GroupRow[], measure: string): GroupRow | undefined =>
  rows.find((r) => r.measure === measure && r.dimension === 'total');

/** One centre's report from its own grouped rows. */
function assemble(centre: ReportCentreRow, period: ReportPeriod, rows: GroupRow[]): Report {
  const all = [
    ...breakdowns('requests', rows),
    ...breakdowns('visits', rows),
    ...breakdowns('applications', rows),
  ];
  const services = all.find((b) => b.measure === 'applications' && b.dimension === 'service');
  const waiting = total(rows, 'waiting');
  return {
    centre: { id: centre.id, name: centre.name, slug: centre.slug },
    period: { kind: period.kind, code: period.code, from: period.from, to: period.to },
    totals: {
      requests: total(rows, 'requests')?.count ?? 0,
      visits: total(rows, 'visits')?.count ?? 0,
      visitsCompleted: total(rows, 'visits')?.completed ?? 0,
      applications: total(rows, 'applications')?.count ?? 0,
    },
    waiting: {
      visits: waiting?.count ?? 0,
      medianDays: waiting?.median ?? null,
      p90Days: waiting?.p90 ?? null,
    },
    breakdowns: all,
    topServices: (services?.rows ?? []).slice(0, TOP_SERVICES),
  };
}

/**
 * The reports of several centres for a period, side by side in the given order, every figure
 * counted by the database in one statement grouped by centre. `withAdministrator` adds the
 * breakdowns by administrator, which name staff and stay inside the centre.
 */
export async function buildReports(
  db: Db,
  centres: ReportCentreRow[],
  period: ReportPeriod,
  withAdministrator: boolean,
): Promise<Report[]> {
  const until = dayAfterPeriod(period);
  const rows = await reportGroups(
    db,
    {
      centres: centres.map((c) => ({
        centreId: c.id,
        fromInstant: startOfCivilDay(period.from, c.timezone),
        untilInstant: startOfCivilDay(until, c.timezone),
      })),
      fromDay: period.from,
      toDay: period.to,
    },
    withAdministrator,
  );
  const byCentre = new Map<string, GroupRow[]>(centres.map((c) => [c.id, []]));
  for (const row of rows) byCentre.get(row.centreId)?.push(row);
  return centres.map((c) => assemble(c, period, byCentre.get(c.id) ?? []));
}

/** One centre's report for a period (see `buildReports`). */
export async function buildReport(
  db: Db,
  centre: ReportCentreRow,
  period: ReportPeriod,
  withAdministrator: boolean,
): Promise<Report> {
  const [report] = await buildReports(db, [centre], period, withAdministrator);
  return report!;
}
