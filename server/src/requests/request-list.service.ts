import { addDays, startOfCivilDay, problem, type RequestListItem, type RequestQuery } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { findApplicants } from '../applicants/applicant.repository.js';
import type { Db } from '../db/database.js';
import { findCentre } from '../org/centre.repository.js';
import { subjectOf } from './request-detail.service.js';
import { listRequestIds, serviceNamesOf } from './request-list.repository.js';
import { localityNames } from './request-lookup.repository.js';
import { readerCentre } from './request-policy.js';
import { riskSignalsOf } from './request-risk.js';
import { findRequests } from './request.repository.js';

/**
 * A page of the centre's requests with filters and search, each with its risk signals. The operator's
 * queue is this list with `state=new&order=oldest`.
 */
export async function listCentreRequests(
  db: Db,
  actor: Actor,
  query: RequestQuery,
): Promise<{ items: RequestListItem[]; nextCursor: string | null }> {
  const centreId = readerCentre(actor);
  const centre = await findCentre(db, centreId);
  if (!centre) throw problem('not_found');
  const created = {
    from: query.from ? startOfCivilDay(query.from, centre.timezone) : null,
    before: query.to ? startOfCivilDay(addDays(query.to, 1), centre.timezone) : null,
  };
  const ids = await listRequestIds(db, centreId, query, created, query.limit + 1);
  const pageIds = ids.slice(0, query.limit);
  const requests = await findRequests(db, pageIds);
  const [applicants, services, localities] = await Promise.all([
    findApplicants(db, [...new Set(requests.map((r) => r.applicantId))]),
    serviceNamesOf(db, pageIds),
    localityNames(
      db,
      requests.map((r) => r.place.localityId),
    ),
  ]);
  const applicantById = new Map(applicants.map((a) => [a.id, a]));
  const signals = await riskSignalsOf(
    db,
    centre,
    requests.map((r) => subjectOf(r, applicantById.get(r.applicantId))),
    actor.locale,
  );
  const items = requests.map((r, i) => ({
    id: r.id,
    number: r.number,
    state: r.state,
    channel: r.channel,
    createdAt: r.createdAt.toISOString(),
    applicantId: r.applicantId,
    applicantName: applicantById.get(r.applicantId)?.fullName ?? '',
    placeKind: r.place.kind,
    localityName: r.place.localityId ? (localities.get(r.place.localityId) ?? null) : r.place.localityName,
    category: r.category,
    services: services
      .filter((s) => s.requestId === r.id)
      .map((s) => ({ id: s.id, name: s.name, nameEn: s.nameEn })),
    plannedDate: r.plannedDate,
    riskSignals: signals[i] ?? [],
  }));
  return { items, nextCursor: ids.length > query.limit ? (pageIds.at(-1) ?? null) : null };
}
