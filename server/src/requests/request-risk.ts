import {
  civilDateIn,
  describeRiskSignal,
  riskSignals,
  type CategoryCode,
  type Locale,
  type PlaceKind,
  type RiskSignalView,
} from '@valiza/domain';
import { findIncidents } from '../applicants/incident.repository.js';
import type { Db } from '../db/database.js';
import { openRequestsTouching, recentRequestsByPhone, remoteFlags } from './risk-facts.repository.js';

/** What the risk rules need to know about one request, stored or still being typed. */
export interface RiskSubject {
  requestId: string | null;
  applicantId: string | null;
  requesterPhone: string | null;
  applicantPhones: readonly string[];
  birthDate: string | null;
  category: CategoryCode | null;
  placeKind: PlaceKind | null;
  localityId: string | null;
  /** Whether the place has a locality outside the community's list. */
  outsideCommunity: boolean;
  addressKey: string | null;
  registeredInCommunity: boolean | null;
}

/**
 * The risk signals of several requests of one centre, gathered with a few queries for all of them
 * (a work list shows a page of requests at once). A subject without `requestId` is a draft and counts
 * itself among the requests from its phone.
 */
export async function riskSignalsOf(
  db: Db,
  centre: { id: string; timezone: string },
  subjects: readonly RiskSubject[],
  locale: Locale,
): Promise<RiskSignalView[][]> {
  const applicantIds = unique(subjects.map((s) => s.applicantId));
  const phones = unique(subjects.flatMap((s) => [s.requesterPhone, ...s.applicantPhones]));
  const [open, recent, remote, incidents] = await Promise.all([
    openRequestsTouching(db, centre.id, applicantIds, phones),
    recentRequestsByPhone(db, centre.id, unique(subjects.map((s) => s.requesterPhone))),
    remoteFlags(db, unique(subjects.map((s) => s.localityId))),
    findIncidents(db, centre.id, { applicantIds, addressKeys: unique(subjects.map((s) => s.addressKey)) }),
  ]);
  const today = civilDateIn(new Date(), centre.timezone);
  return subjects.map((s) => {
    const others = open.filter((r) => r.id !== s.requestId);
    const mine = new Set([s.requesterPhone, ...s.applicantPhones].filter(Boolean));
    const sameApplicant = others.filter((r) => s.applicantId !== null && r.applicantId === s.applicantId);
    const samePhone = others.filter(
      (r) =>
        r.applicantId !== s.applicantId &&
        [r.requesterPhone, ...r.applicantPhones].some((p) => p !== null && mine.has(p)),
    );
    const fromPhone = s.requesterPhone ? (recent.get(s.requesterPhone) ?? 0) : 0;
    const signals = riskSignals({
      today,
      category: s.category,
      birthDate: s.birthDate,
      placeKind: s.placeKind,
      localityRemote: s.localityId ? (remote.get(s.localityId) ?? null) : null,
      addressInCommunity: !s.outsideCommunity,
      registeredInCommunity: s.registeredInCommunity,
      openRequestsOfApplicant: sameApplicant.map((r) => r.number),
      openRequestsOfPhone: samePhone.map((r) => r.number),
      requestsFromPhone: s.requesterPhone ? fromPhone + (s.requestId ? 0 : 1) : 0,
      incidents: incidents.filter(
        (i) =>
          (s.applicantId !== null && i.applicantId === s.applicantId) ||
          (s.addressKey !== null && i.addressKey === s.addressKey),
      ),
    });
    return signals.map((signal) => ({ ...signal, message: describeRiskSignal(signal, locale) }));
  });
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
