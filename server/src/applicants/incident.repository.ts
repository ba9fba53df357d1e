import { sql } from 'kysely';
import { uuidv7, type IncidentKind } from '@valiza/domain';
import type { Db } from '../db/database.js';

export interface IncidentRow {
  id: string;
  kind: IncidentKind;
  occurredOn: string;
  applicantId: string | null;
  addressKey: string | null;
  note: string | null;
  requestNumber: string | null;
}

/**
 * Records an incident with a person or at a door; answers its id. The field passes the id it made
 * (and the visit), so a resent report finds its own row.
 */
export async function insertIncident(
  db: Db,
  incident: {
    id?: string;
    visitId?: string | null;
    centreId: string;
    kind: IncidentKind;
    occurredOn: string;
    applicantId: string | null;
    requestId: string | null;
    addressKey: string | null;
    note: string | null;
    recordedBy: string | null;
  },
): Promise<string> {
  const id = incident.id ?? uuidv7();
  await db
    .insertInto('incidents')
    .values({
      id,
      visit_id: incident.visitId ?? null,
      centre_id: incident.centreId,
      kind: incident.kind,
      occurred_on: incident.occurredOn,
      applicant_id: incident.applicantId,
      request_id: incident.requestId,
      address_key: incident.addressKey,
      note: incident.note,
      recorded_by: incident.recordedBy,
    })
    .execute();
  return id;
}

/** A centre's incidents with any of these applicants or at any of these doors, newest first. */
export async function findIncidents(
  db: Db,
  centreId: string,
  match: { applicantIds: readonly string[]; addressKeys: readonly string[] },
): Promise<IncidentRow[]> {
  if (match.applicantIds.length === 0 && match.addressKeys.length === 0) return [];
  return db
    .selectFrom('incidents as i')
    .leftJoin('requests as r', 'r.id', 'i.request_id')
    .select([
      'i.id',
      sql<IncidentKind>`i.kind`.as('kind'),
      'i.occurred_on as occurredOn',
      'i.applicant_id as applicantId',
      'i.address_key as addressKey',
      'i.note',
      'r.number as requestNumber',
    ])
    .where('i.centre_id', '=', centreId)
    .where((eb) =>
      eb.or([
        ...(match.applicantIds.length ? [eb('i.applicant_id', 'in', match.applicantIds)] : []),
        ...(match.addressKeys.length ? [eb('i.address_key', 'in', match.addressKeys)] : []),
      ]),
    )
    .orderBy('i.occurred_on', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

/** Moves incidents of merged applicants to the applicant kept. */
export async function moveIncidents(db: Db, fromIds: readonly string[], toId: string): Promise<void> {
  await db
    .updateTable('incidents')
    .set({ applicant_id: toId })
    .where('applicant_id', 'in', fromIds)
    .execute();
}
