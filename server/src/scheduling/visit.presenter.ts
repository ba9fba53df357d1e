import type { Visit } from '@valiza/domain';
import { clockTime } from './outreach.presenter.js';
import type { PlanningRequest } from './request-source.repository.js';
import type { VisitRow } from './visit.repository.js';

/** A visit with its request's number, needs and place. */
export function presentVisit(v: VisitRow, request: PlanningRequest, staffIds: readonly string[]): Visit {
  return {
    id: v.id,
    requestId: v.requestId,
    requestNumber: request.number,
    kind: v.kind,
    status: v.status,
    day: v.day,
    startTime: clockTime(v.startsAt),
    endTime: clockTime(v.endsAt),
    startsAt: v.startsAt.toISOString(),
    endsAt: v.endsAt.toISOString(),
    staffIds: [...staffIds],
    kitId: v.kitId,
    outreachSessionId: v.outreachSessionId,
    companions: v.companions,
    needs: request.needs,
    serviceMinutes: v.serviceMinutes,
    sequence: v.sequence,
    location: {
      address: request.address,
      localityId: request.localityId,
      localityName: request.localityName,
      lat: request.lat,
      lon: request.lon,
      // Addresses are not geocoded: the locality's (or outreach point's) centre point is used.
      approximate: true,
    },
    overrideReason: v.overrideReason,
    cancelReason: v.cancelReason,
    version: v.version,
  };
}
