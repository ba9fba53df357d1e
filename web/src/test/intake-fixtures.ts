import type { EligibilityCategory, Locality, RequestDetail, Service } from '@valiza/domain';
import type { IntakeLists } from '../features/intake/intake-api';

/** A small centre for the intake tests: one paid service with two documents, one free, one category. */
export const PAID_ID = '0190a3f4-7c1e-7000-8000-0000000000a1';
export const PASSPORT_ID = '0190a3f4-7c1e-7000-8000-0000000000d1';
export const FORM_ID = '0190a3f4-7c1e-7000-8000-0000000000d2';
export const LOCALITY_ID = '0190a3f4-7c1e-7000-8000-0000000000c1';

const paid: Service = {
  id: PAID_ID,
  code: 'REG-RES',
  name: 'Реєстрація місця проживання',
  nameEn: 'Registration of residence',
  provider: 'Рада',
  fieldDeliverable: true,
  fee: {
    kind: 'paid',
    amountKopiyky: 1445,
    recipient: 'Отримувач',
    iban: 'UA213223130000026007233566001',
    recipientCode: '12345678',
    purpose: 'Збір',
  },
  termDays: 1,
  termKind: 'working',
  documents: [
    { id: PASSPORT_ID, name: 'Паспорт', form: 'original', note: null },
    { id: FORM_ID, name: 'Заява', form: 'original', note: null },
  ],
  estimatedMinutes: 25,
  demonstration: true,
  active: true,
  version: 1,
};

const category: EligibilityCategory = {
  code: 'aged_80_plus',
  mandatory: false,
  enabled: true,
  name: '80 років і більше',
  nameEn: 'Aged 80 or more',
  evidence: 'Паспорт',
  evidenceEn: null,
};

const locality: Locality = {
  id: LOCALITY_ID,
  communityId: '0190a3f4-7c1e-7000-8000-0000000000c0',
  name: 'Романкове',
  katotth: null,
  lat: null,
  lon: null,
  remote: false,
};

export const LISTS: IntakeLists = {
  services: [paid],
  categories: [category],
  localities: [locality],
  outreachPoints: [],
};

/** The server's answer to a saved request (only what the page reads matters). */
export const SAVED: RequestDetail = {
  id: '0190a3f4-7c1e-7000-8000-0000000000f1',
  number: 'КАМ-2026-000041',
  state: 'new',
  channel: 'phone',
  version: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  createdBy: null,
  applicant: {
    id: PAID_ID,
    fullName: 'Бондар Галина',
    birthDate: '1938-04-12',
    phones: [],
    registeredInCommunity: true,
  },
  requester: { kind: 'self', name: null, phone: null, relation: null },
  place: {
    kind: 'home',
    hospitalName: null,
    ward: null,
    outreachPointId: null,
    outreachPointName: null,
    address: null,
  },
  eligibility: { category: 'aged_80_plus', evidence: 'seen', evidenceNote: null },
  decisionReason: null,
  services: [],
  preferences: { weekdays: [], windows: [], notBefore: null, notAfter: null, note: null },
  needs: { witness: false, securityEscort: false, partner: null, partnerNote: null, accessibility: null },
  callerIdentification: null,
  liabilityWarning: null,
  personalDataNotice: null,
  onlineAcknowledgedAt: null,
  notes: null,
  plannedDate: null,
  cancellation: null,
  riskSignals: [],
  missing: [],
  allowedTransitions: [],
  history: [],
};
