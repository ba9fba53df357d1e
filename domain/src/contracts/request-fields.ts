import { z } from 'zod';
import { Id, optionalText, requiredText, TimeOfDay } from './common.js';
import { CategoryCode } from './catalogue.js';
import { Weekday } from './org.js';
import { BirthDate } from '../identifiers/birth-date.js';
import { PhoneNumber } from '../identifiers/phone.js';

/** The parts of a visit request, shared by the operator's intake and the public form. */
export const RequestChannel = z.enum(['phone', 'in_person', 'email', 'social_worker', 'web']);
export type RequestChannel = z.infer<typeof RequestChannel>;
/** Channels an operator records; `web` requests come only through the public form. */
export const OperatorChannel = RequestChannel.exclude(['web']);

export const RequesterKind = z.enum(['self', 'relative', 'neighbour', 'social_worker', 'other']);
export const PlaceKind = z.enum(['home', 'hospital', 'other_address', 'outreach_point']);
export type PlaceKind = z.infer<typeof PlaceKind>;
export const EvidenceStatus = z.enum(['seen', 'promised', 'none']);
export const PaymentMethod = z.enum(['prepaid_receipt', 'fast_pay', 'pos_terminal']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export const PartnerKind = z.enum(['social_protection', 'pension_fund', 'other']);
export const CancelledBy = z.enum(['applicant', 'requester', 'centre']);
/** How a phone caller was identified (an oral application needs an identified caller). */
export const IdentificationMethod = z.enum([
  'personal_details',
  'callback',
  'known_to_staff',
  'document_shown',
  'social_worker_confirmed',
  'other',
]);

type Ctx = z.RefinementCtx;
/** Marks each empty field of `value` as required, so that the error names it. */
export function requireFields(
  ctx: Ctx,
  value: Record<string, unknown>,
  fields: string[],
  prefix: string[] = [],
) {
  for (const field of fields) {
    const v = value[field];
    if (v === undefined || v === null || v === '')
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [...prefix, field] });
  }
}

/**
 * An address. `localityId` is one of the community's localities; an address outside the list gives
 * `localityName` instead (allowed, and flagged as a risk signal).
 */
export const Address = z
  .strictObject({
    localityId: Id.nullish(),
    localityName: optionalText(120),
    street: optionalText(160),
    building: optionalText(20),
    apartment: optionalText(20),
    entrance: optionalText(10),
    floor: optionalText(10),
    intercom: optionalText(30),
    routeNotes: optionalText(1000),
    accessNotes: optionalText(1000),
  })
  .superRefine((a, ctx) => {
    if (!a.localityId && !a.localityName) requireFields(ctx, a, ['localityId']);
  });
export type Address = z.infer<typeof Address>;

/** Where the visit happens. */
export const VisitPlace = z
  .strictObject({
    kind: PlaceKind,
    hospitalName: optionalText(200),
    ward: optionalText(40),
    outreachPointId: Id.nullish(),
    address: Address.nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'hospital') requireFields(ctx, p, ['hospitalName', 'address']);
    if (p.kind === 'outreach_point') requireFields(ctx, p, ['outreachPointId']);
    if (p.kind === 'home' || p.kind === 'other_address') {
      requireFields(ctx, p, ['address']);
      if (p.address) requireFields(ctx, p.address, ['street', 'building'], ['address']);
    }
  });
export type VisitPlace = z.infer<typeof VisitPlace>;

/** Who called or wrote. For `self` the applicant's own phone is used. */
export const RequesterInput = z
  .strictObject({
    kind: RequesterKind,
    name: optionalText(160),
    phone: PhoneNumber.nullish(),
    relation: optionalText(80),
  })
  .superRefine((r, ctx) => {
    if (r.kind !== 'self') requireFields(ctx, r, ['name', 'phone']);
  });

/** The person the visit is for: an existing applicant of the centre (`id`) or a new one. */
export const ApplicantInput = z.strictObject({
  id: Id.nullish(),
  fullName: requiredText(160),
  birthDate: BirthDate,
  phones: z.array(PhoneNumber).max(3).default([]),
  /** Whether the person's residence is registered in the community; null when unknown. */
  registeredInCommunity: z.boolean().nullable(),
});

export const EligibilityInput = z.strictObject({
  category: CategoryCode,
  evidence: EvidenceStatus,
  evidenceNote: optionalText(500),
});

/** One service of the request: the checklist was read out, and which documents are at hand. */
export const RequestServiceInput = z.strictObject({
  serviceId: Id,
  checklistReadOut: z.boolean(),
  documentsAtHand: z.array(Id).max(40).default([]),
  paymentMethod: PaymentMethod.nullish(),
});

export const TimeWindow = z
  .strictObject({ from: TimeOfDay, to: TimeOfDay })
  .refine((w) => w.from < w.to, { message: 'from < to', path: ['to'] });

export const VisitPreferences = z.strictObject({
  weekdays: z.array(Weekday).max(7).default([]),
  windows: z.array(TimeWindow).max(4).default([]),
  notBefore: z.iso.date().nullish(),
  notAfter: z.iso.date().nullish(),
  note: optionalText(500),
});
export type VisitPreferences = z.infer<typeof VisitPreferences>;

export const VisitNeeds = z.strictObject({
  witness: z.boolean().default(false),
  securityEscort: z.boolean().default(false),
  partner: PartnerKind.nullish(),
  partnerNote: optionalText(300),
  accessibility: optionalText(500),
});
export type VisitNeeds = z.infer<typeof VisitNeeds>;

export const CallerIdentification = z.strictObject({
  method: IdentificationMethod,
  note: optionalText(300),
});
