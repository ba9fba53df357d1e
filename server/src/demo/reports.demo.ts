import {
  addDays,
  civilDateIn,
  instantAt,
  previousQuarter,
  periodFromCode,
  uuidv7,
  weekdayOf,
} from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import type { Db } from '../db/database.js';
import { reserveBlock } from '../numbering/numbering.js';
import { publishQuarter } from '../reports/publication.service.js';
import type { DemoContext } from './demo.js';
import { insertPastVisitWithReport } from './demo-feedback.repository.js';
import {
  centreApplicantIds,
  centreHasPublication,
  centreServicesByCode,
  completedRequestServices,
  insertNumberedApplications,
  plannedVisitsOfCentre,
  type HistoryApplication,
} from './demo-history.repository.js';

const CENTRES = [
  { slug: 'kamianske', code: 'КАМ', field: 'kam.field', head: 'kam.head', kit: 'КАМ-1', outreachWeekday: 2 },
  { slug: 'pyriatyn', code: 'ПИР', field: 'pyr.field', head: 'pyr.head', kit: 'ПИР-1', outreachWeekday: 4 },
] as const;

type Pending = HistoryApplication;

/**
 * A year of history for the reports: every completed demo request gets its visit, the field report
 * and an application per service; each outreach day of the last year gets a few applications from
 * people who walked in (the centre's own demo applicants coming back). Kamianske's quarter before
 * last is published, so the public indicators page has something to show. Numbers come from the
 * logbook's own counter, so the field's later numbers never collide with them.
 */
export async function seedReportsDemo(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  const kamianske = ctx.org.centres.kamianske;
  if (!kamianske) return;
  if (await centreHasPublication(db, kamianske.id)) return;
  const today = civilDateIn(ctx.today);
  for (const centre of CENTRES) {
    const centreId = ctx.org.centres[centre.slug]?.id;
    const administratorId = ctx.org.persons[centre.field];
    const kitId = ctx.org.kits[centre.kit];
    if (!centreId || !administratorId || !kitId) continue;
    const pending: Pending[] = [];
    const services = await centreServicesByCode(db, centreId, 'field_deliverable');
    const completed = await completedRequestServices(db, centreId);
    // Requests another seeder already gave a visit keep it; the others get one here.
    const visitOf = new Map<string, { id: string; at: Date }>(
      (await plannedVisitsOfCentre(db, centreId)).map((v) => [v.request_id, { id: v.id, at: v.starts_at }]),
    );
    for (const [i, row] of completed.entries()) {
      let visit = visitOf.get(row.id);
      if (!visit) {
        const day = addDays(civilDateIn(row.created_at), 2 + (i % 6));
        visit = { id: uuidv7(), at: instantAt(day, `${String(9 + (i % 5)).padStart(2, '0')}:00`) };
        visitOf.set(row.id, visit);
        // Held as planned: the field arrived on time and finished in forty minutes.
        await insertPastVisitWithReport(db, {
          visitId: visit.id,
          centreId,
          requestId: row.id,
          kitId,
          administratorId,
          day,
          startsAt: visit.at,
          endsAt: new Date(visit.at.getTime() + 45 * 60_000),
          serviceMinutes: 45,
          arrivedAt: visit.at,
          finishedAt: new Date(visit.at.getTime() + 40 * 60_000),
          outcome: 'completed',
        });
      }
      pending.push({
        centreId,
        code: centre.code,
        at: new Date(visit.at.getTime() + 20 * 60_000),
        place: 'mobile_visit',
        visitId: visit.id,
        requestId: row.id,
        applicantId: row.applicant_id,
        service: { id: row.serviceId, name: row.name, provider: row.provider },
        administratorId,
      });
    }
    const applicants = await centreApplicantIds(db, centreId, false);
    if (services.length > 0 && applicants.length > 0)
      for (let back = 365, n = 0; back >= 1; back -= 1) {
        const day = addDays(today, -back);
        if (weekdayOf(day) !== centre.outreachWeekday) continue;
        const people = 2 + ((back * 7) % 4);
        for (let k = 0; k < people; k += 1, n += 1)
          pending.push({
            centreId,
            code: centre.code,
            at: instantAt(
              day,
              `${String(10 + (k % 3)).padStart(2, '0')}:${String((k * 13) % 60).padStart(2, '0')}`,
            ),
            place: 'outreach_point',
            visitId: null,
            requestId: null,
            applicantId: applicants[(n * 5) % applicants.length]!.id,
            // A few services are much more asked for than the rest, as in life.
            service: services[(n * n + k) % Math.min(services.length, 1 + (n % 7))]!,
            administratorId,
          });
      }
    await insertApplications(db, pending);
  }
  const head = await actorFor(db, ctx.org.persons['kam.head']!, null);
  const quarter = previousQuarter(periodFromCode(previousQuarter(today))!.from);
  if (head) await publishQuarter(db, head, quarter, today);
}

/** Registers the applications in time order, numbered from the logbook counter of each year. */
async function insertApplications(db: Db, pending: Pending[]): Promise<void> {
  pending.sort((a, b) => a.at.getTime() - b.at.getTime());
  const byYear = new Map<number, Pending[]>();
  for (const p of pending) {
    const year = Number(civilDateIn(p.at).slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  for (const [year, rows] of byYear) {
    const { first } = await reserveBlock(
      db,
      { centreId: rows[0]!.centreId, series: 'application', year },
      rows.length,
    );
    // One statement per year: the demo starts on slow laptops too.
    await insertNumberedApplications(db, year, first, rows);
  }
}
