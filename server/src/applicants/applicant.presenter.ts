import {
  addressLine,
  type Applicant,
  type ApplicantCard,
  type ApplicantCardVisit,
  type ApplicantListItem,
} from '@valiza/domain';
import type { AddressRow } from './applicant-search.repository.js';
import { clockTime } from '../scheduling/outreach.presenter.js';
import type { requestsOfApplicant, visitsOfApplicant } from './applicant-card.repository.js';
import type { ApplicantRow } from './applicant.repository.js';
import type { IncidentRow } from './incident.repository.js';

/** An applicant as the API shows it. */
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

/** An applicant in a list, with the last address and the number of open requests. */
export const presentListItem = (
  a: ApplicantRow,
  summary: { lastAddress: AddressRow | null; openRequests: number },
): ApplicantListItem => ({
  ...presentApplicant(a),
  lastAddress: summary.lastAddress ? addressLine(summary.lastAddress) || null : null,
  openRequests: summary.openRequests,
});

type CardVisitRow = Awaited<ReturnType<typeof visitsOfApplicant>>[number];

/** One visit on the card, its window in Kyiv wall-clock time. */
const presentCardVisit = (v: CardVisitRow): ApplicantCardVisit => ({
  id: v.id,
  requestId: v.requestId,
  requestNumber: v.requestNumber,
  kind: v.kind,
  status: v.status,
  day: v.day,
  startTime: clockTime(v.startsAt),
  endTime: clockTime(v.endsAt),
  administrators: v.administrators,
  cancelReason: v.cancelReason,
  outcome: v.outcome ?? null,
  outcomeReason: v.outcomeReason ?? null,
});

/** The applicant's card: the person, their requests and visits, incidents and merged records. */
export function presentApplicantCard(
  a: ApplicantRow,
  requests: Awaited<ReturnType<typeof requestsOfApplicant>>,
  visits: readonly CardVisitRow[],
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
    visits: visits.map(presentCardVisit),
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
