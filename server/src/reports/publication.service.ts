import {
  anonymiseReport,
  civilDateIn,
  compareDates,
  periodFromCode,
  problem,
  uuidv7,
  PublicIndicators,
  type Publication,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import { centreOf } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { findCentre, findCentreBySlug, type CentreRow } from '../org/centre.repository.js';
import { etagOf, indicatorsCacheOf, type CachedIndicators } from './indicators-cache.js';
import { buildReport } from './report-builder.js';
import { findPublication, insertPublication, latestPublications } from './publication.repository.js';
import { presentPublication } from './report.presenter.js';

/** How many quarters the public page shows. */
const PUBLIC_QUARTERS = 8;

function quarterOf(code: string) {
  const period = periodFromCode(code);
  if (!period || period.kind !== 'quarter') throw problem('reports.quarter_only');
  return period;
}

/** The anonymised figures a publication of the quarter would hold (head, quality, comms). */
export async function previewPublication(db: Db, actor: Actor, code: string) {
  const centreId = centreOf(actor, 'head', 'quality', 'comms');
  const period = quarterOf(code);
  const centre = await findCentre(db, centreId);
  if (!centre) throw problem('not_found');
  const report = await buildReport(db, centre, period, false);
  return { period: report.period, figures: anonymiseReport(report) };
}

/**
 * Publishes a finished quarter: stores a snapshot of its anonymised figures, which the public
 * indicators page shows from then on, and writes the audit line in the same transaction. Head only;
 * publishing the same quarter again stores a new snapshot that replaces the old one on the page.
 */
export async function publishQuarter(
  db: Db,
  actor: Actor,
  code: string,
  today = civilDateIn(new Date()),
): Promise<Publication> {
  const centreId = centreOf(actor, 'head');
  const period = quarterOf(code);
  if (compareDates(period.to, today) >= 0) throw problem('reports.period_not_over');
  const publication = await inTransaction(db, async (tx) => {
    const centre = await findCentre(tx, centreId);
    if (!centre) throw problem('not_found');
    const figures = anonymiseReport(await buildReport(tx, centre, period, false));
    const id = uuidv7();
    await insertPublication(tx, {
      id,
      centreId,
      periodCode: period.code,
      periodFrom: period.from,
      periodTo: period.to,
      figures,
      publishedBy: actor.personId,
    });
    await audit(
      tx,
      actor,
      'report.publish',
      { type: 'report_publication', id, centreId },
      { period: period.code },
    );
    return presentPublication((await findPublication(tx, id))!);
  });
  // Committed: the public page shows it to the next visitor.
  indicatorsCacheOf(db).forget(centreId);
  return publication;
}

/** The centre's publications, newest quarter first (head, quality, comms). */
export async function listPublications(db: Db, actor: Actor): Promise<{ items: Publication[] }> {
  const centreId = centreOf(actor, 'head', 'quality', 'comms');
  return { items: (await latestPublications(db, centreId, 40)).map(presentPublication) };
}

/** What the public page shows of a centre: its address and newest published quarters. */
async function indicatorsOf(db: Db, centre: CentreRow): Promise<PublicIndicators> {
  const publications = await latestPublications(db, centre.id, PUBLIC_QUARTERS);
  return {
    centre: { name: centre.name, slug: centre.slug, address: centre.address, phone: centre.phone },
    publications: publications.map((row) => {
      const { id: _id, publishedBy: _by, ...rest } = presentPublication(row);
      return rest;
    }),
  };
}

/**
 * The public indicators of a centre: its published quarters only, which are aggregates with small
 * counts withheld. No sign-in; an unknown address is `reports.centre_unknown`.
 */
export async function publicIndicators(db: Db, slug: string): Promise<PublicIndicators> {
  const centre = await findCentreBySlug(db, slug);
  if (!centre) throw problem('reports.centre_unknown');
  return indicatorsOf(db, centre);
}

/**
 * The public indicators as the JSON body every visitor gets, with its ETag, computed once per centre
 * and kept in memory (`IndicatorsCache`: publishing a quarter clears the centre's entry at once, and
 * an entry lives at most a minute). An unknown address is `reports.centre_unknown`, never cached.
 */
export async function cachedPublicIndicators(db: Db, slug: string): Promise<CachedIndicators> {
  return indicatorsCacheOf(db).get(slug, async () => {
    const centre = await findCentreBySlug(db, slug);
    if (!centre) throw problem('reports.centre_unknown');
    const body = JSON.stringify(PublicIndicators.encode(await indicatorsOf(db, centre)));
    return { centreId: centre.id, body, etag: etagOf(body) };
  });
}
