import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** What a follow-up request keeps from the request of the visit: who, where, and the intake facts. */
const COPIED = [
  'centre_id',
  'applicant_id',
  'requester_kind',
  'requester_name',
  'requester_phone',
  'requester_relation',
  'place_kind',
  'hospital_name',
  'hospital_ward',
  'outreach_point_id',
  'locality_id',
  'locality_name',
  'street',
  'building',
  'apartment',
  'entrance',
  'floor',
  'intercom',
  'route_notes',
  'access_notes',
  'address_search',
  'address_key',
  'registered_in_community',
  'category',
  'evidence_status',
  'evidence_note',
  'liability_warned_at',
  'liability_warned_by',
  'data_notice_at',
  'data_notice_by',
  'needs_witness',
  'needs_security',
  'partner',
  'partner_note',
  'accessibility_note',
  'preferences',
] as const;

/**
 * Stores a new request (state `new`) that copies the applicant, place and intake facts of `fromId`,
 * under its own id and number. The applicant asked for it in person, at the visit.
 */
export async function insertFollowUpRequest(
  tx: Db,
  fromId: string,
  request: { id: string; number: string; year: number; sequence: number; notes: string; createdBy: string },
): Promise<void> {
  await tx
    .insertInto('requests')
    .columns([...COPIED, 'id', 'number', 'number_year', 'number_seq', 'channel', 'notes', 'created_by'])
    .expression((eb) =>
      eb
        .selectFrom('requests')
        .select([
          ...COPIED,
          // Typed casts: parameters in a select list are otherwise text, which a uuid column refuses.
          sql<string>`${request.id}::uuid`.as('id'),
          sql<string>`${request.number}::text`.as('number'),
          sql<number>`${request.year}::integer`.as('number_year'),
          sql<number>`${request.sequence}::integer`.as('number_seq'),
          sql<string>`'in_person'::text`.as('channel'),
          sql<string>`${request.notes}::text`.as('notes'),
          sql<string>`${request.createdBy}::uuid`.as('created_by'),
        ])
        .where('id', '=', fromId),
    )
    .execute();
}
