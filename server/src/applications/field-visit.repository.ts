import type { Db } from '../db/database.js';

export interface FieldVisitRow {
  visitId: string;
  day: string;
  requestId: string;
  requestNumber: string;
  applicantId: string;
  requesterKind: string;
  requesterName: string | null;
  requesterPhone: string | null;
  placeKind: string;
  localityId: string | null;
  localityName: string | null;
  street: string | null;
  building: string | null;
  apartment: string | null;
  entrance: string | null;
  floor: string | null;
  intercom: string | null;
  routeNotes: string | null;
  accessNotes: string | null;
  hospitalName: string | null;
  hospitalWard: string | null;
  category: string | null;
  needsWitness: boolean;
  needsSecurity: boolean;
}

/** Visits of a centre with their requests, for what the field holds offline. */
export async function findFieldVisits(
  db: Db,
  centreId: string,
  visitIds: readonly string[],
): Promise<FieldVisitRow[]> {
  if (visitIds.length === 0) return [];
  return db
    .selectFrom('visits as v')
    .innerJoin('requests as r', 'r.id', 'v.request_id')
    .select([
      'v.id as visitId',
      'v.day',
      'r.id as requestId',
      'r.number as requestNumber',
      'r.applicant_id as applicantId',
      'r.requester_kind as requesterKind',
      'r.requester_name as requesterName',
      'r.requester_phone as requesterPhone',
      'r.place_kind as placeKind',
      'r.locality_id as localityId',
      'r.locality_name as localityName',
      'r.street',
      'r.building',
      'r.apartment',
      'r.entrance',
      'r.floor',
      'r.intercom',
      'r.route_notes as routeNotes',
      'r.access_notes as accessNotes',
      'r.hospital_name as hospitalName',
      'r.hospital_ward as hospitalWard',
      'r.category',
      'r.needs_witness as needsWitness',
      'r.needs_security as needsSecurity',
    ])
    .where('v.centre_id', '=', centreId)
    .where('v.id', 'in', visitIds)
    .execute();
}
