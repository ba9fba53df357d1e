import { z } from 'zod';
import { MISSING_ITEMS } from '../rules/request-completeness.js';
import { REQUEST_STATES } from '../rules/request-states.js';
import { RISK_SIGNAL_CODES } from '../rules/risk-signals.js';
import { CivilDate, Id, optionalText } from './common.js';
import { CategoryCode } from './catalogue.js';
import { BirthDate } from '../identifiers/birth-date.js';
import { PhoneNumber } from '../identifiers/phone.js';
import {
  ApplicantInput,
  CallerIdentification,
  CancelledBy,
  EligibilityInput,
  OperatorChannel,
  PlaceKind,
  RequesterInput,
  RequestServiceInput,
  VisitNeeds,
  VisitPlace,
  VisitPreferences,
} from './request-fields.js';

export const RequestState = z.enum(REQUEST_STATES);
export type RequestState = z.infer<typeof RequestState>;

const uniqueServices = (services: { serviceId: string }[]) =>
  new Set(services.map((s) => s.serviceId)).size === services.length;

/** Everything an operator records at intake (and may correct later). */
const intakeFields = {
  requester: RequesterInput,
  applicant: ApplicantInput,
  place: VisitPlace,
  eligibility: EligibilityInput,
  services: z
    .array(RequestServiceInput)
    .min(1)
    .max(10)
    .refine(uniqueServices, { message: 'Each service once' }),
  preferences: VisitPreferences.prefault({}),
  needs: VisitNeeds.prefault({}),
  /** Required for phone requests: how the caller was identified. */
  callerIdentification: CallerIdentification.nullish(),
  /** The caller was warned about liability for false information (required to be true). */
  liabilityWarning: z.boolean(),
  /** The caller was told who keeps their personal data and why (required to be true). */
  personalDataNotice: z.boolean(),
  notes: optionalText(2000),
};

export const Decision = z
  .strictObject({
    outcome: z.enum(['pending', 'eligible', 'not_eligible']),
    reason: optionalText(1000),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'not_eligible' && !d.reason)
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['reason'] });
  });

/** A request taken by an operator. `id` may be made by the client so that a resend is not a second request. */
export const CreateRequestBody = z.strictObject({
  id: Id.optional(),
  channel: OperatorChannel,
  ...intakeFields,
  decision: Decision.prefault({ outcome: 'pending' }),
});
export type CreateRequestBody = z.infer<typeof CreateRequestBody>;

export const UpdateRequestBody = z.strictObject({ version: z.number().int(), ...intakeFields });
export type UpdateRequestBody = z.infer<typeof UpdateRequestBody>;

/** A state change the office makes: decide (`eligible`, `rejected` with a reason) or cancel. */
export const RequestTransitionBody = z.strictObject({
  version: z.number().int(),
  to: z.enum(['eligible', 'rejected', 'cancelled']),
  reason: optionalText(1000),
  cancelledBy: CancelledBy.nullish(),
});
export type RequestTransitionBody = z.infer<typeof RequestTransitionBody>;

export const RiskSignalView = z.object({
  code: z.enum(RISK_SIGNAL_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type RiskSignalView = z.infer<typeof RiskSignalView>;

/** What the operator has typed so far; the answer lists the signals it raises before saving. */
export const RiskPreviewBody = z.strictObject({
  requestId: Id.nullish(),
  applicantId: Id.nullish(),
  requesterPhone: PhoneNumber.nullish(),
  applicantPhones: z.array(PhoneNumber).max(3).default([]),
  birthDate: BirthDate.nullish(),
  category: CategoryCode.nullish(),
  placeKind: PlaceKind.nullish(),
  localityId: Id.nullish(),
  localityName: optionalText(120),
  street: optionalText(160),
  building: optionalText(20),
  apartment: optionalText(20),
  registeredInCommunity: z.boolean().nullish(),
});
export type RiskPreviewBody = z.infer<typeof RiskPreviewBody>;

export const RiskPreview = z.object({ riskSignals: z.array(RiskSignalView) });

export const MissingItem = z.enum(MISSING_ITEMS);
export type MissingItem = z.infer<typeof MissingItem>;

export const RequestQuery = z.strictObject({
  state: RequestState.optional(),
  /** `true`: only requests that still wait for a visit (new, eligible, scheduled). */
  open: z.enum(['true', 'false']).optional(),
  category: CategoryCode.optional(),
  localityId: Id.optional(),
  serviceId: Id.optional(),
  /** Creation day range (Kyiv), inclusive. */
  from: CivilDate.optional(),
  to: CivilDate.optional(),
  /** A name, a phone number (or its last digits), an address or a request number. */
  q: z.string().trim().max(100).optional(),
  order: z.enum(['oldest', 'newest']).default('newest'),
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type RequestQuery = z.infer<typeof RequestQuery>;

export const RequestListItem = z.object({
  id: Id,
  number: z.string(),
  state: RequestState,
  channel: z.string(),
  createdAt: z.string(),
  applicantId: Id,
  applicantName: z.string(),
  placeKind: PlaceKind,
  localityName: z.string().nullable(),
  category: CategoryCode.nullable(),
  services: z.array(z.object({ id: Id, name: z.string(), nameEn: z.string().nullable() })),
  plannedDate: z.string().nullable(),
  riskSignals: z.array(RiskSignalView),
});
export type RequestListItem = z.infer<typeof RequestListItem>;
