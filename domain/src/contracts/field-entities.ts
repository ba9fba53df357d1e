import { z } from 'zod';
import { CategoryCode } from './catalogue.js';
import { CivilDate, Id } from './common.js';

/**
 * What a field device pulls for each visit of its person's approved plans (entity `field_visit`,
 * id = the visit's id), beside the plan itself (`approved_plan`), the catalogue (`service`, the
 * contract `Service` with its document list) and the centre's categories (`category`, the contract
 * `EligibilityCategory`, id = its code): the applicant and the request as far as the visit needs
 * them, so the whole day can be worked offline.
 */
export const FieldVisit = z.object({
  visitId: Id,
  day: CivilDate,
  requestId: Id,
  requestNumber: z.string(),
  applicant: z.object({
    id: Id,
    fullName: z.string(),
    birthDate: z.string().nullable(),
    phones: z.array(z.string()),
  }),
  /** Who asked for the visit, when not the applicant: a relative, a neighbour, a social worker. */
  requester: z.object({ kind: z.string(), name: z.string().nullable(), phone: z.string().nullable() }),
  place: z.object({
    kind: z.string(),
    address: z.string(),
    localityId: Id.nullable(),
    hospitalName: z.string().nullable(),
    hospitalWard: z.string().nullable(),
    entrance: z.string().nullable(),
    floor: z.string().nullable(),
    intercom: z.string().nullable(),
    routeNotes: z.string().nullable(),
    accessNotes: z.string().nullable(),
  }),
  category: CategoryCode.nullable(),
  needsWitness: z.boolean(),
  needsSecurity: z.boolean(),
  /** The services agreed at intake, with the documents the applicant was told to have at hand. */
  services: z.array(
    z.object({
      serviceId: Id,
      paymentMethod: z.string().nullable(),
      documents: z.array(
        z.object({ id: Id, name: z.string(), form: z.enum(['original', 'copy']), atHand: z.boolean() }),
      ),
    }),
  ),
});
export type FieldVisit = z.infer<typeof FieldVisit>;
