import { z } from 'zod';
import { CATEGORY_CODES } from '../rules/eligibility.js';
import { compactIban, isUkrainianIban } from '../rules/iban.js';
import { Id, optionalText, requiredText } from './common.js';

/** How a document is needed at the visit: the original, or a copy the applicant has. */
export const DocumentForm = z.enum(['original', 'copy']);
export type DocumentForm = z.infer<typeof DocumentForm>;

/** One document of a service's exhaustive list (the law allows demanding nothing beyond it). */
export const ServiceDocument = z.object({
  id: Id,
  name: z.string(),
  form: DocumentForm,
  note: z.string().nullable(),
});
export type ServiceDocument = z.infer<typeof ServiceDocument>;

/**
 * A document as the head enters it: a one-line name without `|` and a one-line note, so that a whole
 * list fits one spreadsheet cell as `name | form | note` lines and comes back unchanged.
 */
export const ServiceDocumentInput = z.strictObject({
  /** Keep the id of a document being edited, so requests that confirmed it still refer to it. */
  id: Id.nullish(),
  name: requiredText(300).regex(/^[^|\r\n]*$/),
  form: DocumentForm,
  note: z
    .string()
    .trim()
    .max(500)
    .regex(/^[^\r\n]*$/)
    .nullish(),
});

/** A Ukrainian IBAN with correct check digits; spaces are dropped, letters upper-cased. */
export const Iban = z
  .string()
  .max(40)
  .overwrite(compactIban)
  .superRefine((iban, ctx) => {
    if (!isUkrainianIban(iban)) ctx.addIssue({ code: 'invalid_format', format: 'iban', input: iban });
  })
  .meta({
    description: 'A Ukrainian IBAN (UA + 27 characters)',
    examples: ['UA213223130000026007233566001'],
  });

/** The recipient's code: 8 digits (EDRPOU) or 10 digits (a person's taxpayer number). */
export const RecipientCode = z
  .string()
  .trim()
  .regex(/^(\d{8}|\d{10})$/);

/** A service is free, or has a fee in hryvnias with the details a bank needs to pay it. */
export const ServiceFee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('free') }),
  z.strictObject({
    kind: z.literal('paid'),
    /** The amount in kopiyky (1 UAH = 100 kopiyky), so that no fraction is ever rounded. */
    amountKopiyky: z.number().int().min(1).max(100_000_000),
    recipient: requiredText(200),
    iban: Iban,
    recipientCode: RecipientCode,
    purpose: requiredText(300),
  }),
]);
export type ServiceFee = z.infer<typeof ServiceFee>;

/** How a processing term is counted (`law`: art. 33 — up to 10 days in working days). */
export const ProcessingTermKind = z.enum(['working', 'calendar', 'law']);

export const Service = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  provider: z.string(),
  fieldDeliverable: z.boolean(),
  fee: ServiceFee,
  /** Null when the law sets no term: then 30 calendar days. */
  termDays: z.number().int().nullable(),
  termKind: ProcessingTermKind,
  documents: z.array(ServiceDocument),
  estimatedMinutes: z.number().int(),
  /** Sample content that the centre has not yet checked against the law. */
  demonstration: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Service = z.infer<typeof Service>;

/** A short code of the service, unique in the centre: the key for import and export. */
export const ServiceCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}._-]+$/u);

export const ServiceBody = z.strictObject({
  code: ServiceCode,
  name: requiredText(300),
  nameEn: optionalText(300),
  provider: requiredText(200),
  fieldDeliverable: z.boolean(),
  fee: ServiceFee,
  termDays: z.number().int().min(1).max(365).nullable(),
  termKind: ProcessingTermKind.default('calendar'),
  documents: z.array(ServiceDocumentInput).max(40),
  estimatedMinutes: z.number().int().min(1).max(480),
  demonstration: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type ServiceBody = z.infer<typeof ServiceBody>;

export const UpdateServiceBody = ServiceBody.extend({ version: z.number().int() });
export type UpdateServiceBody = z.infer<typeof UpdateServiceBody>;

export const ServiceQuery = z.strictObject({
  active: z.enum(['true', 'false', 'all']).default('true'),
});

/** The answer of an import: how many services were added and how many changed. */
export const ServiceImportResult = z.object({ created: z.number().int(), updated: z.number().int() });

export const ExportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const CategoryCode = z.enum(CATEGORY_CODES);
export type CategoryCode = z.infer<typeof CategoryCode>;

/** An eligibility category as a centre offers it, with the evidence that proves it. */
export const EligibilityCategory = z.object({
  code: CategoryCode,
  mandatory: z.boolean(),
  enabled: z.boolean(),
  name: z.string(),
  nameEn: z.string(),
  evidence: z.string(),
  evidenceEn: z.string().nullable(),
});
export type EligibilityCategory = z.infer<typeof EligibilityCategory>;

export const EligibilityCategorySetting = z.strictObject({
  code: CategoryCode,
  enabled: z.boolean(),
  evidence: requiredText(500),
  evidenceEn: optionalText(500),
});

/** The head sets every category at once; a mandatory category cannot be switched off. */
export const UpdateCategoriesBody = z.strictObject({
  categories: z
    .array(EligibilityCategorySetting)
    .min(1)
    .max(CATEGORY_CODES.length)
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
      message: 'Each category once',
    }),
});
export type UpdateCategoriesBody = z.infer<typeof UpdateCategoriesBody>;
