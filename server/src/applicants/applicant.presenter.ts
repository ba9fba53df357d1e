import { addressLine, type Applicant, type ApplicantCard, type ApplicantListItem } from '@valiza/domain';
import type { AddressRow } from './applicant-search.repository.js';
import type { requestsOfApplicant } from './applicant-card.repository.js';
import type { ApplicantRow } from './applicant.repository.js';
import type { IncidentRow } from './incident.repository.js';

export const presentApplicant = (a: ApplicantRow): Applicant => ({
  id: a.id,
  fullName: a.fullName,
  birthDate: a.birthDate,
  phones: a.phones,
  registeredInCommunity: a.registeredInCommunity,
  mergedInto: a.mergedInto,
  version: a.version,
  createdAt: a.createdAt.toISOString(),
});

export const presentListItem = (
  a: ApplicantRow,
  summary: { lastAddress: AddressRow | null; openRequests: number },
): ApplicantListItem => ({
  ...presentApplicant(a),
  lastAddress: summary.lastAddress ? addressLine(summary.lastAddress) || null : null,
  openRequests: summary.openRequests,
});

export function presentApplicantCard(
  a: ApplicantRow,
  requests: Awaited<ReturnType<typeof requestsOfApplicant>>,
  incidents: readonly IncidentRow[],
  mergedFrom: readonly string[],
): ApplicantCard {
  return {
    applicant: presentApplicant(a),
    requests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state as ApplicantCard['requests'][number]['state'],
      createdAt: r.createdAt.toISOString(),
      plannedDate: r.plannedDate,
      category: r.category as ApplicantCard['requests'][number]['category'],
      placeKind: r.placeKind as ApplicantCard['requests'][number]['placeKind'],
      address: addressLine(r) || null,
      services: r.services,
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      kind: i.kind,
      occurredOn: i.occurredOn,
      note: i.note,
      requestNumber: i.requestNumber,
    })),
    mergedFrom: [...mergedFrom],
  };
}
