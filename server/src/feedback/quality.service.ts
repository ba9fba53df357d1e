import {
  civilDateIn,
  daysBetween,
  problem,
  type CentreQuality,
  type DashboardQuery,
  type QualityDashboard,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import {
  cancellationsByReason,
  corruptionSignals,
  dashboardCentres,
  feedbackByKind,
  forwardingOnTime,
  refusalsByProvider,
  satisfactionAnswers,
  surveyCoverage,
  visitPunctuality,
} from './quality.repository.js';

/** The longest period one dashboard covers. */
export const DASHBOARD_MAX_DAYS = 400;

/**
 * The quality figures of a period: for the head and the quality officer their centre; for a regional
 * observer every centre of the region side by side (or one of them), read-only. Another region's
 * centre is `not_found`. Provider refusals and forwarding on time come from the logbook and are
 * `null` until it is installed.
 */
export async function qualityDashboard(
  db: Db,
  actor: Actor,
  query: DashboardQuery,
): Promise<QualityDashboard> {
  if (query.to < query.from)
    throw problem('quality.range_reversed', { details: [{ path: 'to', code: 'quality.range_reversed' }] });
  if (daysBetween(query.from, query.to) + 1 > DASHBOARD_MAX_DAYS)
    throw problem('quality.range_too_long', { params: { days: DASHBOARD_MAX_DAYS } });
  let centres;
  if (hasRole(actor, 'regional_observer') && actor.regionId) {
    centres = await dashboardCentres(db, { regionId: actor.regionId });
    if (query.centreId) {
      centres = centres.filter((c) => c.id === query.centreId);
      if (centres.length === 0) throw problem('not_found');
    }
  } else {
    const centreId = centreOf(actor, 'head', 'quality');
    if (query.centreId && query.centreId !== centreId) throw problem('not_found');
    centres = await dashboardCentres(db, { centreId });
  }
  const today = civilDateIn(new Date());
  const figures: CentreQuality[] = [];
  for (const centre of centres) figures.push(await centreQuality(db, centre, query.from, query.to, today));
  return { from: query.from, to: query.to, centres: figures };
}

async function centreQuality(
  db: Db,
  centre: { id: string; name: string },
  from: string,
  to: string,
  today: string,
): Promise<CentreQuality> {
  const distribution = await satisfactionAnswers(db, centre.id, from, to);
  const answers = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return {
    centreId: centre.id,
    centreName: centre.name,
    visitsOnTime: await visitPunctuality(db, centre.id, from, to),
    cancellations: await cancellationsByReason(db, centre.id, from, to),
    surveys: await surveyCoverage(db, centre.id, from, to, today),
    satisfaction: {
      average: answers ? Math.round((sum / answers) * 100) / 100 : null,
      answers,
      distribution,
    },
    corruptionSignals: await corruptionSignals(db, centre.id, from, to),
    feedback: await feedbackByKind(db, centre.id, from, to),
    providerRefusals: await refusalsByProvider(db, centre.id, from, to),
    forwardingOnTime: await forwardingOnTime(db, centre.id, from, to, today),
  };
}
