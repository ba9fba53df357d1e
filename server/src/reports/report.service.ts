import {
  problem,
  resolveReportPeriod,
  type RegionReport,
  type Report,
  type ReportQuery,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertRole, hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { findCentre, findRegionSummary, listCentres } from '../org/centre.repository.js';
import { buildReport, buildReports, type ReportCentreRow } from './report-builder.js';

/** Roles of a centre that read its full report. */
const CENTRE_READERS = ['head', 'quality'] as const;

/**
 * The centre a report is asked for, checked against the actor: centre staff read their own centre
 * (another centre's id is `not_found`, before any role check); a regional observer names a centre of
 * their region. Returns whether the administrator breakdowns (staff names) may be shown.
 */
export async function reportCentreFor(
  db: Db,
  actor: Actor,
  centreId: string | undefined,
): Promise<{ centre: ReportCentreRow; withAdministrator: boolean }> {
  if (actor.centreId) {
    if (centreId && centreId !== actor.centreId) throw problem('not_found');
    assertRole(actor, ...CENTRE_READERS);
    const centre = await findCentre(db, actor.centreId);
    if (!centre) throw problem('not_found');
    return { centre, withAdministrator: true };
  }
  if (!hasRole(actor, 'regional_observer') || !actor.regionId) throw problem('forbidden');
  if (!centreId) throw problem('not_found');
  const centre = await findCentre(db, centreId);
  if (!centre || centre.regionId !== actor.regionId) throw problem('not_found');
  return { centre, withAdministrator: false };
}

/** A centre's report for a month, quarter, year or range of days. */
export async function centreReport(db: Db, actor: Actor, query: ReportQuery): Promise<Report> {
  const period = resolveReportPeriod(query);
  const { centre, withAdministrator } = await reportCentreFor(db, actor, query.centreId);
  return buildReport(db, centre, period, withAdministrator);
}

/**
 * The same report for every centre of the observer's region, side by side, counted by one statement
 * grouped by centre. Regional observers only.
 */
export async function regionReport(db: Db, actor: Actor, query: ReportQuery): Promise<RegionReport> {
  const period = resolveReportPeriod(query);
  if (actor.centreId || !actor.regionId) throw problem('forbidden');
  assertRole(actor, 'regional_observer');
  const region = await findRegionSummary(db, actor.regionId);
  if (!region) throw problem('not_found');
  const centres = await buildReports(db, await listCentres(db, { regionId: actor.regionId }), period, false);
  return {
    region,
    period: { kind: period.kind, code: period.code, from: period.from, to: period.to },
    centres,
  };
}
