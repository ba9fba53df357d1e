import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { uuidv7 } from '@valiza/domain';
import type { Db } from '../db/database.js';
import type { TestCentre } from './factories.js';

/**
 * An eligible visit request of a centre, written straight into the intake tables: an applicant
 * with the given phones, one service of `minutes`, at a home in one of the centre's localities.
 */
export async function makeEligibleRequest(
  db: Db,
  centre: TestCentre,
  options: {
    phones?: string[];
    minutes?: number;
    needs?: { witness?: boolean; security?: boolean; partner?: boolean };
    locality?: 0 | 1;
    preferences?: Record<string, unknown>;
  } = {},
): Promise<{ requestId: string; number: string }> {
  const tag = randomBytes(3).toString('hex');
  const serviceId = uuidv7();
  await sql`INSERT INTO services (id, centre_id, code, name, provider, estimated_minutes, documents)
    VALUES (${serviceId}, ${centre.id}, ${`S-${tag}`}, 'Реєстрація місця проживання', 'ЦНАП',
      ${options.minutes ?? 30}, ${JSON.stringify([{ id: uuidv7(), name: 'Паспорт' }])}::jsonb)`.execute(db);
  const applicantId = uuidv7();
  await sql`INSERT INTO applicants (id, centre_id, full_name, name_key)
    VALUES (${applicantId}, ${centre.id}, ${`Заявник ${tag}`}, ${`заявник ${tag}`})`.execute(db);
  for (const [position, phone] of (options.phones ?? ['+380671234567']).entries())
    await sql`INSERT INTO applicant_phones (applicant_id, centre_id, phone, position)
      VALUES (${applicantId}, ${centre.id}, ${phone}, ${position})`.execute(db);
  const requestId = uuidv7();
  const seq = Number.parseInt(tag, 16);
  const number = `${centre.code}-2026-${seq}`;
  await sql`INSERT INTO requests (id, centre_id, number, number_year, number_seq, applicant_id, channel, state,
      requester_kind, place_kind, locality_id, street, building, intercom, access_notes,
      needs_witness, needs_security, partner, preferences)
    VALUES (${requestId}, ${centre.id}, ${number}, 2026, ${seq}, ${applicantId}, 'phone', 'eligible',
      'self', 'home', ${centre.localityIds[options.locality ?? 0]!}, 'вул. Садова', '7', '12', 'Собака у дворі',
      ${options.needs?.witness ?? false}, ${options.needs?.security ?? false},
      ${options.needs?.partner ? 'social_protection' : null}, ${JSON.stringify(options.preferences ?? {})}::jsonb)`.execute(
    db,
  );
  await sql`INSERT INTO request_services (request_id, service_id, position, documents)
    VALUES (${requestId}, ${serviceId}, 0, ${JSON.stringify([{ id: uuidv7(), name: 'Паспорт' }])}::jsonb)`.execute(
    db,
  );
  return { requestId, number };
}
