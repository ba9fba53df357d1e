import { z } from 'zod';
import { INCIDENT_KINDS } from '../rules/risk-signals.js';
import { Id, requiredText } from './common.js';
import { CategoryCode } from './catalogue.js';
import { BirthDate } from '../identifiers/birth-date.js';
import { PhoneNumber } from '../identifiers/phone.js';
import { PlaceKind } from './request-fields.js';
import { RequestState } from './requests.js';
import { Visit } from './visits.js';
import { VisitCancelReason, VisitOutcome } from '../sync/commands/visit-finish.js';

/** A person visits are for. Applicants belong to one centre; a merged one points to the one kept. */
export const Applicant = z.object({
  id: Id,
  fullName: z.string(),
  birthDate: z.string().nullable(),
  phones: z.array(z.string()),
  registeredInCommunity: z.boolean().nullable(),
  mergedInto: Id.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Applicant = z.infer<typeof Applicant>;

/** One line of a search: enough to tell people apart on the phone. */
export const ApplicantListItem = Applicant.extend({
  lastAddress: z.string().nullable(),
  openRequests: z.number().int(),
});
export type ApplicantListItem = z.infer<typeof ApplicantListItem>;

export const ApplicantQuery = z.strictObject({
  /** A name, a phone number (or its last four or more digits), or part of an address. */
  q: z.string().trim().max(100).optional(),
  cursor: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const UpdateApplicantBody = z.strictObject({
  version: z.number().int(),
  fullName: requiredText(160),
  birthDate: BirthDate.nullable(),
  /** Up to five: a merge of duplicates keeps every phone of the merged records. */
  phones: z.array(PhoneNumber).max(5),
  registeredInCommunity: z.boolean().nullable(),
});
export type UpdateApplicantBody = z.infer<typeof UpdateApplicantBody>;

export const Incident = z.object({
  id: Id,
  kind: z.enum(INCIDENT_KINDS),
  occurredOn: z.string(),
  note: z.string().nullable(),
  requestNumber: z.string().nullable(),
});

/**
 * One visit on the applicant's card: when, who went (or is to go), whether the office cancelled it
 * (with its reason), and how it ended when the field has reported.
 */
export const ApplicantCardVisit = Visit.pick({
  id: true,
  requestId: true,
  requestNumber: true,
  kind: true,
  status: true,
  day: true,
  startTime: true,
  endTime: true,
  /** The office's reason when it took the visit off the plan. */
  cancelReason: true,
}).extend({
  administrators: z.array(z.object({ id: Id, name: z.string() })),
  /** The field's report: null until the administrator finishes the visit. */
  outcome: VisitOutcome.nullable(),
  outcomeReason: VisitCancelReason.nullable(),
});
export type ApplicantCardVisit = z.infer<typeof ApplicantCardVisit>;

/** The applicant's card: the person, every request and visit, and incidents. */
export const ApplicantCard = z.object({
  applicant: Applicant,
  requests: z.array(
    z.object({
      id: Id,
      number: z.string(),
      state: RequestState,
      createdAt: z.string(),
      plannedDate: z.string().nullable(),
      category: CategoryCode.nullable(),
      placeKind: PlaceKind,
      address: z.string().nullable(),
      services: z.array(z.string()),
    }),
  ),
  /** Every visit of the applicant's requests, the latest first. */
  visits: z.array(ApplicantCardVisit),
  incidents: z.array(Incident),
  /** Applicants that were merged into this one. */
  mergedFrom: z.array(Id),
});
export type ApplicantCard = z.infer<typeof ApplicantCard>;

/** Applicants who are probably one person: same name and birth date, or a shared phone. */
export const DuplicateGroup = z.object({
  reason: z.enum(['name_and_birth_date', 'phone']),
  applicants: z.array(ApplicantListItem),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

/** The head merges duplicates into the applicant of the path: requests move, history stays. */
export const MergeApplicantsBody = z.strictObject({
  mergeIds: z.array(Id).min(1).max(20),
});
export type MergeApplicantsBody = z.infer<typeof MergeApplicantsBody>;
