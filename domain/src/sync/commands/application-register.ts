import { z } from 'zod';
import { optionalText, requiredText } from '../../contracts/common.js';
import { PaymentMethod } from '../../contracts/request-fields.js';
import { IdCardNumber, PassportBookNumber } from '../../identifiers/passport-book.js';
import { TaxNumber } from '../../identifiers/rnokpp.js';
import { Unzr } from '../../identifiers/unzr.js';
import { Sha256Hex, type AttachmentDeclaration } from '../attachment.js';
import { DeviceInstant, FieldId, NamedPerson, OfficeId } from './field-values.js';

/**
 * The applicant's identity document as the administrator read it. Check digits of the UNZR and the
 * taxpayer number (RNOKPP) are checked by the contract; the ID card's MRZ, when it was read, travels
 * as text and the server checks it again with `@valiza/domain/mrz` (its document number and UNZR must
 * agree with the fields).
 */
export const FieldIdentity = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('id_card'),
    /** Nine digits. */
    number: IdCardNumber,
    /** `YYYYMMDD-NNNNC`, from the card or its MRZ. */
    unzr: Unzr.nullish(),
    rnokpp: TaxNumber.nullish(),
    /** The three MRZ lines as read (typed, pasted or scanned), separated by line breaks. */
    mrz: z.string().max(200).nullish(),
  }),
  z.strictObject({
    kind: z.literal('passport_book'),
    /** Series and number, `МЕ123456`. */
    number: PassportBookNumber,
    rnokpp: TaxNumber.nullish(),
  }),
  z.strictObject({
    kind: z.literal('other'),
    /** What the document is: "посвідка на постійне проживання", "свідоцтво про народження". */
    documentName: requiredText(200),
    number: requiredText(60),
    rnokpp: TaxNumber.nullish(),
  }),
]);
export type FieldIdentity = z.infer<typeof FieldIdentity>;

/**
 * One document accepted at the visit. `pages` pages were captured into one PDF on the device
 * (`attachmentId`); a copy may be certified by a named administrator (art. 13 p.5 of the Law on
 * Administrative Services).
 */
export const AcceptedDocument = z
  .strictObject({
    /** The document of the service's list this is, when it is one (the catalogue's document id). */
    catalogueDocumentId: OfficeId.nullish(),
    name: requiredText(300),
    pages: z.number().int().min(0).max(500),
    /** The original was shown (and returned), as opposed to a copy handed over. */
    original: z.boolean(),
    certified: z.boolean(),
    /** The administrator who certified the copy; required when `certified`. */
    certifiedBy: OfficeId.nullish(),
    /** The document's PDF, declared in the command's `attachments`. */
    attachmentId: FieldId.nullish(),
  })
  .refine((d) => !d.certified || Boolean(d.certifiedBy), {
    message: 'certifiedBy is required for a certified copy',
    path: ['certifiedBy'],
  });
export type AcceptedDocument = z.infer<typeof AcceptedDocument>;

/**
 * How the fee was paid (the methods agreed at intake); absent for a free service. A prepaid receipt
 * must carry its number.
 */
export const FieldPayment = z
  .strictObject({
    method: PaymentMethod,
    /** Kopiyky (1 UAH = 100), never a fraction. */
    amountKop: z.number().int().min(1).max(100_000_000),
    receiptNumber: optionalText(60),
  })
  .refine((p) => p.method !== 'prepaid_receipt' || Boolean(p.receiptNumber), {
    message: 'receiptNumber is required for a prepaid receipt',
    path: ['receiptNumber'],
  });
export type FieldPayment = z.infer<typeof FieldPayment>;

/** A logbook number the device took from one of its blocks (see the pull's `numberBlocks`). */
export const ClaimedNumber = z.strictObject({
  year: z.number().int().min(2000).max(2999),
  value: z.number().int().min(1).max(999_999),
});
export type ClaimedNumber = z.infer<typeof ClaimedNumber>;

/**
 * `application.register`, version 1: one application (one service for one applicant) registered on
 * the device under a logbook number of the device's block. The files it refers to (document PDFs,
 * the signature, the signed form) are declared in the command's `attachments` — the envelope's
 * manifest, `[{ id, sha256, size, mediaType }]` — and travel by resumable upload; every id this
 * payload names must be declared there. The application counts as received when all have arrived.
 *
 * The printed confirmation carries `${publicUrl}/feedback/${token}` with a one-time token made on the
 * device; only its SHA-256 (`feedbackTokenHash`) is sent.
 */
export const ApplicationRegisterV1 = z.strictObject({
  applicationId: FieldId,
  /** The visit of the approved plan it was registered at, if any. */
  visitId: OfficeId.nullish(),
  /** The request it answers; taken from the visit when absent. */
  requestId: OfficeId.nullish(),
  applicantId: OfficeId,
  /** Who acted for the applicant, when someone did. */
  representative: NamedPerson.extend({ document: optionalText(200) }).nullish(),
  serviceId: OfficeId,
  identity: FieldIdentity,
  documents: z.array(AcceptedDocument).max(50),
  payment: FieldPayment.nullish(),
  /** The applicant's signature drawn on the screen (PNG). */
  signatureAttachmentId: FieldId.nullish(),
  /** The printed application form as signed, scanned back (PDF), when it was. */
  formAttachmentId: FieldId.nullish(),
  number: ClaimedNumber,
  /** Device clock at registration, printed on the confirmation. */
  registeredAt: DeviceInstant,
  feedbackTokenHash: Sha256Hex,
});
export type ApplicationRegisterV1 = z.infer<typeof ApplicationRegisterV1>;

export const APPLICATION_REGISTER_VERSION = 1;

/** Every attachment id an application's payload refers to. */
export function applicationAttachmentIds(payload: ApplicationRegisterV1): string[] {
  const ids = payload.documents.map((d) => d.attachmentId).filter((id): id is string => Boolean(id));
  if (payload.signatureAttachmentId) ids.push(payload.signatureAttachmentId);
  if (payload.formAttachmentId) ids.push(payload.formAttachmentId);
  return ids;
}

/**
 * The attachment ids the payload names that the command does not declare. The server refuses such a
 * command: it could never become complete, because nobody would send the missing file.
 */
export function undeclaredAttachments(
  payload: ApplicationRegisterV1,
  declared: readonly AttachmentDeclaration[],
): string[] {
  const known = new Set(declared.map((a) => a.id));
  return applicationAttachmentIds(payload).filter((id) => !known.has(id));
}
