import { z } from 'zod';
import { Id, optionalText, requiredText, Slug } from './common.js';
import { CategoryCode, DocumentForm, ServiceFee } from './catalogue.js';
import { PhoneNumber } from '../identifiers/phone.js';
import { RequesterKind, requireFields } from './request-fields.js';
import { RequestState } from './requests.js';

/**
 * The public request page: no sign-in, a short form, and a status check by number and phone. Nothing
 * here names staff or shows anyone's personal data.
 */
export const PublicCentreQuery = z.object({ slug: Slug });

export const PublicCentre = z.object({
  slug: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  categories: z.array(
    z.object({ code: CategoryCode, name: z.string(), nameEn: z.string(), evidence: z.string() }),
  ),
  /** Services that can be delivered in the field, with what to prepare. */
  services: z.array(
    z.object({
      id: Id,
      name: z.string(),
      nameEn: z.string().nullable(),
      fee: ServiceFee,
      documents: z.array(z.object({ name: z.string(), form: DocumentForm, note: z.string().nullable() })),
    }),
  ),
  localities: z.array(z.object({ id: Id, name: z.string() })),
});
export type PublicCentre = z.infer<typeof PublicCentre>;

/** Where the visit should be, as a relative can say it. */
export const PublicPlaceKind = z.enum(['home', 'hospital', 'other_address']);

export const PublicRequestBody = z
  .strictObject({
    centre: Slug,
    requester: z.strictObject({ kind: RequesterKind, name: optionalText(160) }),
    applicantName: requiredText(160),
    placeKind: PublicPlaceKind,
    /** A locality of the community, or `localityName` for a place outside the list. */
    localityId: Id.nullish(),
    localityName: optionalText(120),
    /** Street, building, apartment — one line, as people write it. */
    address: requiredText(300),
    hospitalName: optionalText(200),
    serviceIds: z.array(Id).min(1).max(5),
    category: CategoryCode.nullish(),
    phone: PhoneNumber,
    note: optionalText(500),
    /** Consent to the processing of personal data for the visit. Must be true. */
    consent: z.literal(true),
    /** The requester confirms they know the liability for false information. Must be true. */
    liability: z.literal(true),
    /** Left empty by people; a filled one marks a robot. Do not show it. */
    website: z.string().max(200).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.requester.kind !== 'self') requireFields(ctx, b.requester, ['name'], ['requester']);
    if (!b.localityId && !b.localityName) requireFields(ctx, b, ['localityId']);
    if (b.placeKind === 'hospital') requireFields(ctx, b, ['hospitalName']);
  });
export type PublicRequestBody = z.infer<typeof PublicRequestBody>;

/** The confirmation: the number to quote on the phone and to check the status with. */
export const PublicRequestAccepted = z.object({ number: z.string() });

export const PublicStatusBody = z.strictObject({
  /** The centre whose page asks; a request of another centre is then `not_found`. */
  centre: Slug.optional(),
  number: z.string().trim().min(1).max(40),
  phone: PhoneNumber,
});

/** Only the state and the planned day: nothing personal. */
export const PublicStatus = z.object({
  number: z.string(),
  state: RequestState,
  plannedDate: z.string().nullable(),
});
export type PublicStatus = z.infer<typeof PublicStatus>;
