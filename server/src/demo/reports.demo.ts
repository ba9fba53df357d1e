import { sql } from 'kysely';
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
import { json } from '../db/json.js';
import { reserveBlock } from '../numbering/numbering.js';
import { publishQuarter } from '../reports/publication.service.js';
import type { DemoContext } from './demo.js';

const CENTRES = [
  { slug: 'kamianske', code: 'КАМ', field: 'kam.field', head: 'kam.head', kit: 'КАМ-1', outreachWeekday: 2 },
  { slug: 'pyriatyn', code: 'ПИР', field: 'pyr.field', head: 'pyr.head', kit: 'ПИР-1', outreachWeekday: 4 },
] as const;

interface Pending {
  centreId: string;
  code: string;
  at: Date;
  place: 'mobile_visit' | 'outreach_point';
  visitId: string | null;
  requestId: string | null;
  applicantId: string;
  service: { id: string; name: string; provider: string };
  administratorId: string;
}

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
  const done = await db
    .selectFrom('report_publications')
    .select('id')
    .where('centre_id', '=', kamianske.id)
    .executeTakeFirst();
  if (done) return;
  const today = civilDateIn(ctx.today);
  for (const centre of CENTRES) {
    const centreId = ctx.org.centres[centre.slug]?.id;
    const administratorId = ctx.org.persons[centre.field];
    const kitId = ctx.org.kits[centre.kit];
    if (!centreId || !administratorId || !kitId) continue;
    const pending: Pending[] = [];
    const services = await db
      .selectFrom('services')
      .select(['id', 'name', 'provider'])
      .where('centre_id', '=', centreId)
      .where('field_deliverable', '=', true)
      .orderBy('code')
      .execute();
    const completed = await db
      .selectFrom('requests as r')
      .innerJoin('request_services as rs', 'rs.request_id', 'r.id')
      .innerJoin('services as s', 's.id', 'rs.service_id')
      .select(['r.id', 'r.applicant_id', 'r.created_at', 's.id as serviceId', 's.name', 's.provider'])
      .where('r.centre_id', '=', centreId)
      .where('r.state', '=', 'completed')
      .execute();
    // Requests another seeder already gave a visit keep it; the others get one here.
    const visitOf = new Map<string, { id: string; at: Date }>(
      (
        await db
          .selectFrom('visits')
          .select(['id', 'request_id', 'starts_at'])
          .where('centre_id', '=', centreId)
          .where('status', '=', 'planned')
          .execute()
      ).map((v) => [v.request_id, { id: v.id, at: v.starts_at }]),
    );
    for (const [i, row] of completed.entries()) {
      let visit = visitOf.get(row.id);
      if (!visit) {
        const day = addDays(civilDateIn(row.created_at), 2 + (i % 6));
        visit = { id: uuidv7(), at: instantAt(day, `${String(9 + (i % 5)).padStart(2, '0')}:00`) };
        visitOf.set(row.id, visit);
        await insertHeldVisit(db, { centreId, requestId: row.id, kitId, administratorId, day, ...visit });
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
    const applicants = await db
      .selectFrom('applicants')
      .select('id')
      .where('centre_id', '=', centreId)
      .orderBy('id')
      .execute();
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

async function insertHeldVisit(
  db: Db,
  v: {
    id: string;
    centreId: string;
    requestId: string;
    kitId: string;
    administratorId: string;
    day: string;
    at: Date;
  },
): Promise<void> {
  await sql`INSERT INTO visits (id, centre_id, request_id, kind, status, day, starts_at, ends_at, kit_id, service_minutes)
    VALUES (${v.id}, ${v.centreId}, ${v.requestId}, 'home', 'planned', ${v.day}, ${v.at},
      ${new Date(v.at.getTime() + 45 * 60_000)}, ${v.kitId}, 45)`.execute(db);
  await sql`INSERT INTO visit_reports (visit_id, centre_id, request_id, administrator_id, arrived_at, outcome, finished_at)
    VALUES (${v.id}, ${v.centreId}, ${v.requestId}, ${v.administratorId}, ${v.at}, 'completed',
      ${new Date(v.at.getTime() + 40 * 60_000)})`.execute(db);
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
    await db
      .insertInto('applications')
      .values(
        rows.map((p, i) => ({
          id: uuidv7(),
          centre_id: p.centreId,
          year,
          number_value: first + i,
          number: `${p.code}/${year}/${String(first + i).padStart(6, '0')}`,
          place: p.place,
          visit_id: p.visitId,
          request_id: p.requestId,
          applicant_id: p.applicantId,
          service_id: p.service.id,
          service_name: p.service.name,
          provider: p.service.provider,
          identity: json({ kind: 'id_card' }),
          documents: json([]),
          administrator_id: p.administratorId,
          registered_at: p.at,
        })),
      )
      .execute();
  }
}
