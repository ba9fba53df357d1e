import { z } from 'zod';
import { Id } from './common.js';
import { CategoryCode, ProcessingTermKind, ServiceDocument, ServiceFee } from './catalogue.js';
import {
  CancelledBy,
  EvidenceStatus,
  IdentificationMethod,
  PartnerKind,
  PaymentMethod,
  PlaceKind,
  RequestChannel,
  RequesterKind,
  VisitPreferences,
} from './request-fields.js';
import { MissingItem, RequestState, RiskSignalView } from './requests.js';

/** A request as the office sees it: everything recorded at intake, its state, signals and history. */
export const AddressView = z.object({
  localityId: Id.nullable(),
  /** The community's locality name, or the name typed for an address outside the community. */
  localityName: z.string().nullable(),
  inCommunity: z.boolean(),
  street: z.string().nullable(),
  building: z.string().nullable(),
  apartment: z.string().nullable(),
  entrance: z.string().nullable(),
  floor: z.string().nullable(),
  intercom: z.string().nullable(),
  routeNotes: z.string().nullable(),
  accessNotes: z.string().nullable(),
});
export type AddressView = z.infer<typeof AddressView>;

export const PlaceView = z.object({
  kind: PlaceKind,
  hospitalName: z.string().nullable(),
  ward: z.string().nullable(),
  outreachPointId: Id.nullable(),
  outreachPointName: z.string().nullable(),
  address: AddressView.nullable(),
});

export const RequestServiceView = z.object({
  serviceId: Id,
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  provider: z.string(),
  fee: ServiceFee,
  fieldDeliverable: z.boolean(),
  estimatedMinutes: z.number().int(),
  termDays: z.number().int().nullable(),
  termKind: ProcessingTermKind,
  paymentMethod: PaymentMethod.nullable(),
  checklistReadOut: z.boolean(),
  documents: z.array(ServiceDocument.extend({ atHand: z.boolean() })),
});

/** Who recorded something, and when. */
export const StaffMark = z.object({
  at: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
});

export const StateChange = z.object({
  at: z.string(),
  from: RequestState.nullable(),
  to: RequestState,
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
});

export const RequestDetail = z.object({
  id: Id,
  number: z.string(),
  state: RequestState,
  channel: RequestChannel,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  applicant: z.object({
    id: Id,
    fullName: z.string(),
    birthDate: z.string().nullable(),
    phones: z.array(z.string()),
    registeredInCommunity: z.boolean().nullable(),
  }),
  requester: z.object({
    kind: RequesterKind,
    name: z.string().nullable(),
    phone: z.string().nullable(),
    relation: z.string().nullable(),
  }),
  place: PlaceView,
  eligibility: z.object({
    category: CategoryCode.nullable(),
    evidence: EvidenceStatus.nullable(),
    evidenceNote: z.string().nullable(),
  }),
  decisionReason: z.string().nullable(),
  services: z.array(RequestServiceView),
  preferences: VisitPreferences,
  needs: z.object({
    witness: z.boolean(),
    securityEscort: z.boolean(),
    partner: PartnerKind.nullable(),
    partnerNote: z.string().nullable(),
    accessibility: z.string().nullable(),
  }),
  callerIdentification: z.object({ method: IdentificationMethod, note: z.string().nullable() }).nullable(),
  liabilityWarning: StaffMark.nullable(),
  personalDataNotice: StaffMark.nullable(),
  /** When the requester ticked the consent and liability boxes of the public form. */
  onlineAcknowledgedAt: z.string().nullable(),
  notes: z.string().nullable(),
  plannedDate: z.string().nullable(),
  cancellation: z.object({ by: CancelledBy, reason: z.string() }).nullable(),
  riskSignals: z.array(RiskSignalView),
  missing: z.array(MissingItem),
  allowedTransitions: z.array(RequestState),
  history: z.array(StateChange),
});
export type RequestDetail = z.infer<typeof RequestDetail>;
