import { missingForEligibility, type MissingItem } from '@valiza/domain';
import type { ServiceRow } from '../catalogue/service.repository.js';
import type { RequestRecord, RequestServiceRecord } from './request.record.js';

/** Whether the place of a request says where to go: an address with a locality, a hospital, a point. */
export function placeComplete(place: RequestRecord['place']): boolean {
  const locality = Boolean(place.localityId || place.localityName);
  switch (place.kind) {
    case 'outreach_point':
      return Boolean(place.outreachPointId);
    case 'hospital':
      return Boolean(place.hospitalName) && locality;
    default:
      return locality && Boolean(place.street) && Boolean(place.building);
  }
}

/** What a stored request still lacks before it can be found eligible. */
export function requestMissing(
  request: RequestRecord,
  birthDate: string | null,
  services: readonly RequestServiceRecord[],
  catalogue: ReadonlyMap<string, ServiceRow>,
): MissingItem[] {
  return missingForEligibility({
    channel: request.channel,
    birthDate,
    category: request.category,
    evidence: request.evidence,
    placeComplete: placeComplete(request.place),
    services: services.map((s) => ({
      checklistReadOut: s.checklistReadOut,
      paid: catalogue.get(s.serviceId)?.fee.kind === 'paid',
      paymentMethod: s.paymentMethod,
    })),
    callerIdentified: Boolean(request.callerIdentification),
    liabilityWarnedByOperator: Boolean(request.liabilityWarnedBy),
    dataNoticeByOperator: Boolean(request.dataNoticeBy),
  });
}
