import { sql } from 'kysely';
import type { CompanionKind, RequestState, VisitPreferences } from '@valiza/domain';
import type { Db } from '../db/database.js';

/** What planning reads of a visit request: where, how long, who else is needed, when it suits. */
export interface PlanningRequest {
  id: string;
  centreId: string;
  number: string;
  state: RequestState;
  applicantName: string;
  phones: string[];
  placeKind: 'home' | 'hospital' | 'other_address' | 'outreach_point';
  address: string;
  localityId: string | null;
  localityName: string | null;
  lat: number | null;
  lon: number | null;
  intercom: string | null;
  accessNotes: string | null;
  outreachPointId: string | null;
  needs: CompanionKind[];
  preferences: Partial<VisitPreferences>;
  createdAt: Date;
  serviceMinutes: number;
  services: {
    id: string;
    name: string;
    documents: string[];
    payment: string | null;
    feeKopiyky: number | null;
  }[];
}

interface RequestRow {
  id: string;
  centre_id: string;
  number: string;
  state: RequestState;
  full_name: string;
  phones: string[] | null;
  place_kind: PlanningRequest['placeKind'];
  hospital_name: string | null;
  hospital_ward: string | null;
  street: string | null;
  building: string | null;
  apartment: string | null;
  entrance: string | null;
  floor: string | null;
  locality_id: string | null;
  locality: string | null;
  lat: number | null;
  lon: number | null;
  intercom: string | null;
  route_notes: string | null;
  access_notes: string | null;
  outreach_point_id: string | null;
  needs_witness: boolean;
  needs_security: boolean;
  partner: string | null;
  preferences: Partial<VisitPreferences> | string | null;
  created_at: Date;
}

function addressOf(r: RequestRow): string {
  const parts = [
    r.place_kind === 'hospital' ? [r.hospital_name, r.hospital_ward && `палата ${r.hospital_ward}`] : [],
    r.locality,
    r.street && [r.street, r.building].filter(Boolean).join(', '),
    r.apartment && `кв. ${r.apartment}`,
    r.entrance && `під’їзд ${r.entrance}`,
    r.floor && `поверх ${r.floor}`,
  ].flat();
  return parts.filter(Boolean).join(', ');
}

const DEFAULT_SERVICE_MINUTES = 30;

/**
 * Requests with their applicant, place and services. Addresses carry no coordinates, so the
 * locality's centre point stands in (an outreach point's own point when the request is for one).
 */
export async function findPlanningRequests(db: Db, ids: readonly string[]): Promise<PlanningRequest[]> {
  if (ids.length === 0) return [];
  const rows = await sql<RequestRow>`
    SELECT r.id, r.centre_id, r.number, r.state, a.full_name,
      (SELECT array_agg(p.phone ORDER BY p.position) FROM applicant_phones p WHERE p.applicant_id = a.id) AS phones,
      r.place_kind, r.hospital_name, r.hospital_ward, r.street, r.building, r.apartment, r.entrance, r.floor,
      r.locality_id, coalesce(l.name, r.locality_name) AS locality,
      coalesce(o.lat, l.lat) AS lat, coalesce(o.lon, l.lon) AS lon,
      r.intercom, r.route_notes, r.access_notes, r.outreach_point_id,
      r.needs_witness, r.needs_security, r.partner, r.preferences, r.created_at
    FROM requests r
    JOIN applicants a ON a.id = r.applicant_id
    LEFT JOIN localities l ON l.id = r.locality_id
    LEFT JOIN outreach_points o ON o.id = r.outreach_point_id
    WHERE r.id IN (${sql.join(ids)})`.execute(db);
  const services = await sql<{
    request_id: string;
    id: string;
    name: string;
    minutes: number;
    documents: { name: string }[] | string;
    payment_method: string | null;
    fee_kopiyky: number | null;
  }>`
    SELECT rs.request_id, s.id, s.name, s.estimated_minutes AS minutes, rs.documents, rs.payment_method, s.fee_kopiyky
    FROM request_services rs JOIN services s ON s.id = rs.service_id
    WHERE rs.request_id IN (${sql.join(ids)}) ORDER BY rs.request_id, rs.position`.execute(db);
  return rows.rows.map((r) => {
    const own = services.rows.filter((s) => s.request_id === r.id);
    const needs: CompanionKind[] = [];
    if (r.needs_security) needs.push('escort');
    if (r.needs_witness) needs.push('witness');
    if (r.partner) needs.push('partner');
    const minutes = own.reduce((sum, s) => sum + s.minutes, 0);
    const prefs = typeof r.preferences === 'string' ? JSON.parse(r.preferences) : r.preferences;
    return {
      id: r.id,
      centreId: r.centre_id,
      number: r.number,
      state: r.state,
      applicantName: r.full_name,
      phones: r.phones ?? [],
      placeKind: r.place_kind,
      address: addressOf(r),
      localityId: r.locality_id,
      localityName: r.locality,
      lat: r.lat,
      lon: r.lon,
      intercom: r.intercom,
      accessNotes: [r.access_notes, r.route_notes].filter(Boolean).join('; ') || null,
      outreachPointId: r.outreach_point_id,
      needs,
      preferences: prefs ?? {},
      createdAt: new Date(r.created_at),
      serviceMinutes: minutes > 0 ? minutes : DEFAULT_SERVICE_MINUTES,
      services: own.map((s) => ({
        id: s.id,
        name: s.name,
        documents: (typeof s.documents === 'string' ? JSON.parse(s.documents) : s.documents).map(
          (d: { name: string }) => d.name,
        ),
        payment: s.payment_method,
        feeKopiyky: s.fee_kopiyky,
      })),
    };
  });
}

/** Eligible requests of a centre that wait for a visit, oldest first (the board's left column). */
export async function waitingRequestIds(db: Db, centreId: string, limit: number): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT r.id FROM requests r
    WHERE r.centre_id = ${centreId} AND r.state = 'eligible'
      AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.request_id = r.id AND v.status = 'planned')
    ORDER BY r.created_at, r.id LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Locks a request row so that two planners placing it serialise. */
export async function lockRequest(tx: Db, id: string): Promise<void> {
  await sql`SELECT id FROM requests WHERE id = ${id} FOR UPDATE`.execute(tx);
}
