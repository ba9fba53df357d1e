import { civilDateIn, daysBetween, isMobile, problem, type WaitingRequest } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf, hasRole } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { findPlanningRequests, waitingRequestIds } from './request-source.repository.js';

/**
 * The board's left column: eligible requests with no visit yet, longest waiting first, with how long
 * each has waited, where it is, how long it takes, who else it needs and when it suits.
 */
export async function waitingRequests(
  db: Db,
  actor: Actor,
  limit: number,
  now = new Date(),
): Promise<WaitingRequest[]> {
  const centreId = centreOf(actor);
  if (!hasRole(actor, 'head', 'operator')) throw problem('forbidden');
  const requests = await findPlanningRequests(db, await waitingRequestIds(db, centreId, limit));
  const today = civilDateIn(now);
  return requests
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((r) => ({
      requestId: r.id,
      requestNumber: r.number,
      applicantName: r.applicantName,
      placeKind: r.placeKind,
      address: r.address,
      localityId: r.localityId,
      localityName: r.localityName,
      lat: r.lat,
      lon: r.lon,
      outreachPointId: r.outreachPointId,
      waitingDays: daysBetween(civilDateIn(r.createdAt), today),
      receivedAt: r.createdAt.toISOString(),
      serviceMinutes: r.serviceMinutes,
      needs: r.needs,
      preferences: {
        weekdays: r.preferences.weekdays ?? [],
        windows: r.preferences.windows ?? [],
        notBefore: r.preferences.notBefore ?? null,
        notAfter: r.preferences.notAfter ?? null,
        note: r.preferences.note ?? null,
      },
      hasMobile: r.phones.some((phone) => isMobile(phone)),
    }));
}
