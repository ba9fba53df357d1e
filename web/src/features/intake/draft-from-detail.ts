import type { RequestDetail } from '@valiza/domain';
import { formatDate, formatPhone } from '../../i18n/format';
import { emptyDraft, OTHER_LOCALITY, type IntakeDraft } from './intake-draft';

/**
 * The intake form filled with a saved request, to complete it (a request from the public form) or
 * correct it. Statements count only when an operator gave them; ticks on the public form do not.
 */
export function draftFromDetail(r: RequestDetail): IntakeDraft {
  const a = r.place.address;
  const window = r.preferences.windows[0];
  return {
    ...emptyDraft(),
    id: r.id,
    channel: r.channel,
    requester: {
      kind: r.requester.kind,
      name: r.requester.name ?? '',
      phone: r.requester.phone ? formatPhone(r.requester.phone) : '',
      relation: r.requester.relation ?? '',
    },
    applicant: {
      id: r.applicant.id,
      fullName: r.applicant.fullName,
      birthDate: r.applicant.birthDate ? formatDate(r.applicant.birthDate) : '',
      phone1: r.applicant.phones[0] ? formatPhone(r.applicant.phones[0]) : '',
      phone2: r.applicant.phones[1] ? formatPhone(r.applicant.phones[1]) : '',
      registered:
        r.applicant.registeredInCommunity === null
          ? 'unknown'
          : r.applicant.registeredInCommunity
            ? 'yes'
            : 'no',
    },
    place: {
      kind: r.place.kind,
      hospitalName: r.place.hospitalName ?? '',
      ward: r.place.ward ?? '',
      outreachPointId: r.place.outreachPointId ?? '',
      localityId: a?.localityId ?? (a?.localityName ? OTHER_LOCALITY : ''),
      localityName: a?.localityId ? '' : (a?.localityName ?? ''),
      street: a?.street ?? '',
      building: a?.building ?? '',
      apartment: a?.apartment ?? '',
      entrance: a?.entrance ?? '',
      floor: a?.floor ?? '',
      intercom: a?.intercom ?? '',
      routeNotes: a?.routeNotes ?? '',
      accessNotes: a?.accessNotes ?? '',
    },
    eligibility: {
      category: r.eligibility.category ?? '',
      evidence: r.eligibility.evidence ?? 'seen',
      evidenceNote: r.eligibility.evidenceNote ?? '',
    },
    services: r.services.map((s) => ({
      serviceId: s.serviceId,
      checklistReadOut: s.checklistReadOut,
      documentsAtHand: s.documents.filter((d) => d.atHand).map((d) => d.id),
      paymentMethod: s.paymentMethod ?? '',
    })),
    preferences: {
      weekdays: r.preferences.weekdays,
      from: window?.from ?? '',
      to: window?.to ?? '',
      note: r.preferences.note ?? '',
    },
    needs: {
      witness: r.needs.witness,
      securityEscort: r.needs.securityEscort,
      partner: r.needs.partner ?? '',
      partnerNote: r.needs.partnerNote ?? '',
      accessibility: r.needs.accessibility ?? '',
    },
    identification: {
      method: r.callerIdentification?.method ?? '',
      note: r.callerIdentification?.note ?? '',
    },
    liabilityWarning: r.liabilityWarning !== null,
    personalDataNotice: r.personalDataNotice !== null,
    notes: r.notes ?? '',
  };
}
