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
import {
  countApplications,
  countRequests,
  countVisits,
  waitingTimes,
  type GroupRow,
  type ReportScope,
} from './report.repository.js';

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
    if (row.dimension === 'total') continue;
    const dimension = row.dimension as ReportDimension;
    const breakdown = byDimension.get(dimension) ?? { measure, dimension, rows: [] };
    breakdown.rows.push({ key: row.key, label: row.label, labelEn: row.labelEn, count: row.count });
    byDimension.set(dimension, breakdown);
  }
  for (const b of byDimension.values())
    b.rows.sort((x, y) => y.count - x.count || (x.label ?? x.key).localeCompare(y.label ?? y.key, 'uk'));
  return [...byDimension.values()];
}

const total = (rows: GroupRow[]): GroupRow | undefined => rows.find((r) => r.dimension === 'total');

/**
 * One centre's report for a period, every figure counted by the database. `withAdministrator` adds
 * the breakdowns by administrator, which name staff and stay inside the centre.
 */
export async function buildReport(
  db: Db,
  centre: ReportCentreRow,
  period: ReportPeriod,
  withAdministrator: boolean,
): Promise<Report> {
  const scope: ReportScope = {
    centreId: centre.id,
    fromInstant: startOfCivilDay(period.from, centre.timezone),
    untilInstant: startOfCivilDay(dayAfterPeriod(period), centre.timezone),
    fromDay: period.from,
    toDay: period.to,
  };
  // One query at a time: on the embedded database they would queue anyway.
  const requests = await countRequests(db, scope);
  const visits = await countVisits(db, scope, withAdministrator);
  const applications = await countApplications(db, scope, withAdministrator);
  const waiting = await waitingTimes(db, scope);
  const all = [
    ...breakdowns('requests', requests),
    ...breakdowns('visits', visits),
    ...breakdowns('applications', applications),
  ];
  const services = all.find((b) => b.measure === 'applications' && b.dimension === 'service');
  return {
    centre: { id: centre.id, name: centre.name, slug: centre.slug },
    period: { kind: period.kind, code: period.code, from: period.from, to: period.to },
    totals: {
      requests: total(requests)?.count ?? 0,
      visits: total(visits)?.count ?? 0,
      visitsCompleted: total(visits)?.completed ?? 0,
      applications: total(applications)?.count ?? 0,
    },
    waiting: { visits: waiting.visits, medianDays: waiting.median, p90Days: waiting.p90 },
    breakdowns: all,
    topServices: (services?.rows ?? []).slice(0, TOP_SERVICES),
  };
}
