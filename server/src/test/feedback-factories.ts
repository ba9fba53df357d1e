import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { instantAt, uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import { feedbackTokenHash } from '../feedback/feedback-token.repository.js';
import type { TestCentre } from './factories.js';
import { makeEligibleRequest } from './scheduling-fixtures.js';

/**
 * A visit of a centre with the field's report on it, written straight into the tables (as the field
 * handlers would): planned 10:00–10:30 on `day`, arrived `lateMinutes` after the start.
 */
export async function makeReportedVisit(
  db: Db,
  centre: TestCentre,
  administratorId: string,
  options: {
    day?: string;
    outcome?: 'completed' | 'partly_completed' | 'cancelled';
    cancelReason?: 'absent' | 'documents_missing' | null;
    lateMinutes?: number;
    phones?: string[];
  } = {},
): Promise<{ visitId: string; requestId: string; requestNumber: string }> {
  const day = options.day ?? '2026-03-05';
  const { requestId, number } = await makeEligibleRequest(db, centre, {
    phones: options.phones ?? ['+380671112233'],
  });
  const visitId = uuidv7();
  const startsAt = instantAt(day, '10:00');
  const endsAt = instantAt(day, '10:30');
  await sql`INSERT INTO visits (id, centre_id, request_id, kind, day, starts_at, ends_at, kit_id, service_minutes)
    VALUES (${visitId}, ${centre.id}, ${requestId}, 'home', ${day}, ${startsAt}, ${endsAt}, ${centre.kitId}, 30)`.execute(
    db,
  );
  const outcome = options.outcome ?? 'completed';
  const arrivedAt = new Date(startsAt.getTime() + (options.lateMinutes ?? 0) * 60_000);
  await db
    .insertInto('visit_reports')
    .values({
      visit_id: visitId,
      centre_id: centre.id,
      request_id: requestId,
      administrator_id: administratorId,
      arrived_at: arrivedAt,
      outcome,
      cancel_reason: outcome === 'cancelled' ? (options.cancelReason ?? 'absent') : null,
      finished_at: endsAt,
    })
    .execute();
  return { visitId, requestId, requestNumber: number };
}

/**
 * An application registered at a visit, with the one-time feedback token its confirmation prints.
 * Answers the token itself (the database keeps only its SHA-256).
 */
export async function makeApplicationWithToken(
  db: Db,
  centre: TestCentre,
  visit: { visitId: string; requestId: string },
  administratorId: string,
): Promise<{ applicationId: string; token: string }> {
  const request = await db
    .selectFrom('requests')
    .innerJoin('request_services', 'request_services.request_id', 'requests.id')
    .select(['requests.applicant_id', 'request_services.service_id'])
    .where('requests.id', '=', visit.requestId)
    .executeTakeFirstOrThrow();
  const token = randomBytes(16).toString('base64url');
  const id = uuidv7();
  const value = Number.parseInt(randomBytes(2).toString('hex'), 16) + 1;
  await db
    .insertInto('applications')
    .values({
      id,
      centre_id: centre.id,
      year: 2026,
      number_value: value,
      number: `${centre.code}-2026-${String(value).padStart(6, '0')}`,
      place: 'mobile_visit',
      visit_id: visit.visitId,
      request_id: visit.requestId,
      applicant_id: request.applicant_id,
      service_id: request.service_id,
      service_name: 'Реєстрація місця проживання',
      provider: 'ЦНАП',
      identity: JSON.stringify({ kind: 'id_card', number: '000000000' }),
      documents: JSON.stringify([]),
      administrator_id: administratorId,
      registered_at: new Date(),
      feedback_token_hash: feedbackTokenHash(token),
    })
    .execute();
  return { applicationId: id, token };
}
