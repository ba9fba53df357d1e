import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { instantAt, uuidv7, type CategoryCode } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { TestCentre } from './factories.js';

/**
 * Rows for report tests, written straight into the tables the intake, planning and field areas fill,
 * so that a test can build an exact small history. Times are Kyiv wall clock: `2026-01-05 09:00`.
 */
const kyiv = (at: string): Date => instantAt(at.slice(0, 10), at.slice(11, 16));

let sequence = 0;
const next = (): number => {
  sequence += 1;
  return (process.pid % 1000) * 1000 + sequence;
};

export async function insertReportService(
  db: Db,
  centre: TestCentre,
  name: string,
  nameEn: string,
): Promise<string> {
  const id = uuidv7();
  await sql`INSERT INTO services (id, centre_id, code, name, name_en, provider, estimated_minutes, documents)
    VALUES (${id}, ${centre.id}, ${`R${randomBytes(3).toString('hex')}`}, ${name}, ${nameEn}, 'ЦНАП', 30, '[]'::jsonb)`.execute(
    db,
  );
  return id;
}

export async function insertReportRequest(
  db: Db,
  centre: TestCentre,
  options: { category: CategoryCode | null; channel: string; locality: 0 | 1; createdAt: string },
): Promise<{ requestId: string; applicantId: string }> {
  const applicantId = uuidv7();
  const tag = randomBytes(3).toString('hex');
  await sql`INSERT INTO applicants (id, centre_id, full_name, name_key)
    VALUES (${applicantId}, ${centre.id}, ${`Заявниця ${tag}`}, ${`заявниця ${tag}`})`.execute(db);
  const requestId = uuidv7();
  const seq = next();
  await sql`INSERT INTO requests (id, centre_id, number, number_year, number_seq, applicant_id, channel, state,
      requester_kind, place_kind, locality_id, street, building, category, created_at, preferences)
    VALUES (${requestId}, ${centre.id}, ${`${centre.code}-R-${seq}`}, 2026, ${seq}, ${applicantId}, ${options.channel},
      'eligible', 'self', 'home', ${centre.localityIds[options.locality]!}, 'вул. Садова', '7', ${options.category},
      ${kyiv(options.createdAt)}, '{}'::jsonb)`.execute(db);
  return { requestId, applicantId };
}

export async function insertReportVisit(
  db: Db,
  centre: TestCentre,
  requestId: string,
  options: {
    startsAt: string;
    status?: 'planned' | 'cancelled';
    report?: { administratorId: string; outcome: 'completed' | 'partly_completed' | 'cancelled' };
  },
): Promise<string> {
  const id = uuidv7();
  const starts = kyiv(options.startsAt);
  await sql`INSERT INTO visits (id, centre_id, request_id, kind, status, day, starts_at, ends_at, kit_id, service_minutes, cancel_reason)
    VALUES (${id}, ${centre.id}, ${requestId}, 'home', ${options.status ?? 'planned'}, ${options.startsAt.slice(0, 10)},
      ${starts}, ${new Date(starts.getTime() + 3_600_000)}, ${centre.kitId}, 60,
      ${options.status === 'cancelled' ? 'applicant' : null})`.execute(db);
  if (options.report)
    await sql`INSERT INTO visit_reports (visit_id, centre_id, request_id, administrator_id, outcome, cancel_reason, finished_at)
      VALUES (${id}, ${centre.id}, ${requestId}, ${options.report.administratorId}, ${options.report.outcome},
        ${options.report.outcome === 'cancelled' ? 'absent' : null}, ${starts})`.execute(db);
  return id;
}

export async function insertReportApplication(
  db: Db,
  centre: TestCentre,
  options: {
    serviceId: string;
    serviceName: string;
    administratorId: string;
    registeredAt: string;
    request?: { requestId: string; applicantId: string };
    correctsId?: string;
  },
): Promise<string> {
  const id = uuidv7();
  let applicantId = options.request?.applicantId;
  if (!applicantId) {
    applicantId = uuidv7();
    await sql`INSERT INTO applicants (id, centre_id, full_name, name_key)
      VALUES (${applicantId}, ${centre.id}, 'Відвідувач Центру', 'відвідувач центру')`.execute(db);
  }
  const value = next();
  await sql`INSERT INTO applications (id, centre_id, year, number_value, number, place, request_id, applicant_id,
      service_id, service_name, provider, identity, documents, administrator_id, registered_at, corrects_id)
    VALUES (${id}, ${centre.id}, 2026, ${value}, ${`${centre.code}-2026-${value}`},
      ${options.request ? 'mobile_visit' : 'centre'}, ${options.request?.requestId ?? null}, ${applicantId},
      ${options.serviceId}, ${options.serviceName}, 'ЦНАП', '{"kind":"id_card","number":"000000001"}'::jsonb, '[]'::jsonb,
      ${options.administratorId}, ${kyiv(options.registeredAt)}, ${options.correctsId ?? null})`.execute(db);
  return id;
}
