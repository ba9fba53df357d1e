import {
  checkBirthDate,
  CreateRequestBody,
  problemMessage,
  uuidv7,
  type Locale,
  type PaymentMethod,
  type PlaceKind,
  type Service,
  type Weekday,
  UpdateRequestBody,
} from '@valiza/domain';
import type { z } from 'zod';
import { ApiError, type ErrorDetail } from '../../api/errors';
import { textOrNull } from '../../i18n/parse';
import { validate } from '../../ui/validate';

export type Channel = 'phone' | 'in_person' | 'email' | 'social_worker';
/** A request from the public form keeps its channel when the operator completes it. */
export type AnyChannel = Channel | 'web';
export type RequesterKind = 'self' | 'relative' | 'neighbour' | 'social_worker' | 'other';
export type Evidence = 'seen' | 'promised' | 'none';
export type Outcome = 'pending' | 'eligible' | 'not_eligible';
/** `''`: not chosen; `other`: a place outside the community's list, typed by name. */
export const OTHER_LOCALITY = 'other';

export interface ServiceDraft {
  serviceId: string;
  checklistReadOut: boolean;
  documentsAtHand: string[];
  paymentMethod: PaymentMethod | '';
}

/** Everything the intake form holds, as typed (strings), before it becomes a request body. */
export interface IntakeDraft {
  /** Made once per form, so that a resend after a lost answer does not take the request twice. */
  id: string;
  channel: AnyChannel;
  requester: { kind: RequesterKind; name: string; phone: string; relation: string };
  applicant: {
    id: string | null;
    fullName: string;
    birthDate: string;
    phone1: string;
    phone2: string;
    registered: 'yes' | 'no' | 'unknown';
  };
  place: {
    kind: PlaceKind;
    hospitalName: string;
    ward: string;
    outreachPointId: string;
    localityId: string;
    localityName: string;
    street: string;
    building: string;
    apartment: string;
    entrance: string;
    floor: string;
    intercom: string;
    routeNotes: string;
    accessNotes: string;
  };
  eligibility: { category: string; evidence: Evidence; evidenceNote: string };
  services: ServiceDraft[];
  preferences: { weekdays: Weekday[]; from: string; to: string; note: string };
  needs: {
    witness: boolean;
    securityEscort: boolean;
    partner: '' | 'social_protection' | 'pension_fund' | 'other';
    partnerNote: string;
    accessibility: string;
  };
  identification: { method: string; note: string };
  liabilityWarning: boolean;
  personalDataNotice: boolean;
  decision: { outcome: Outcome; reason: string };
  notes: string;
}

/** A fresh form: a phone call from the person themselves, at home, nothing decided yet. */
export function emptyDraft(): IntakeDraft {
  return {
    id: uuidv7(),
    channel: 'phone',
    requester: { kind: 'self', name: '', phone: '', relation: '' },
    applicant: { id: null, fullName: '', birthDate: '', phone1: '', phone2: '', registered: 'yes' },
    place: {
      kind: 'home',
      hospitalName: '',
      ward: '',
      outreachPointId: '',
      localityId: '',
      localityName: '',
      street: '',
      building: '',
      apartment: '',
      entrance: '',
      floor: '',
      intercom: '',
      routeNotes: '',
      accessNotes: '',
    },
    eligibility: { category: '', evidence: 'seen', evidenceNote: '' },
    services: [],
    preferences: { weekdays: [], from: '', to: '', note: '' },
    needs: { witness: false, securityEscort: false, partner: '', partnerNote: '', accessibility: '' },
    identification: { method: '', note: '' },
    liabilityWarning: false,
    personalDataNotice: false,
    decision: { outcome: 'pending', reason: '' },
    notes: '',
  };
}

const orNull = (value: string) => (value === '' ? null : value);
const TYPED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/**
 * A birth date as people type it (`05.03.1941`) in the `YYYY-MM-DD` the API takes. A typed date that
 * is not a real day is still turned round, so the contract names the right fault (not a day, in
 * the future) instead of the format; anything else is left for the contract to refuse.
 */
export function birthDateForApi(typed: string): string {
  const text = typed.trim();
  const checked = checkBirthDate(text);
  if (checked.ok) return checked.value;
  const match = TYPED_DATE.exec(text);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
}

function addressOf(p: IntakeDraft['place']) {
  const outside = p.localityId === OTHER_LOCALITY;
  return {
    localityId: outside ? null : orNull(p.localityId),
    localityName: outside ? textOrNull(p.localityName) : null,
    street: textOrNull(p.street),
    building: textOrNull(p.building),
    apartment: textOrNull(p.apartment),
    entrance: textOrNull(p.entrance),
    floor: textOrNull(p.floor),
    intercom: textOrNull(p.intercom),
    routeNotes: textOrNull(p.routeNotes),
    accessNotes: textOrNull(p.accessNotes),
  };
}

/** The request body exactly as the API takes it (not yet checked). */
export function draftToBody(d: IntakeDraft): z.input<typeof CreateRequestBody> {
  const p = d.place;
  const window =
    d.preferences.from || d.preferences.to ? [{ from: d.preferences.from, to: d.preferences.to }] : [];
  return {
    id: d.id,
    channel: d.channel as Channel,
    requester:
      d.requester.kind === 'self'
        ? { kind: 'self' }
        : {
            kind: d.requester.kind,
            name: textOrNull(d.requester.name),
            phone: textOrNull(d.requester.phone),
            relation: textOrNull(d.requester.relation),
          },
    applicant: {
      id: d.applicant.id,
      fullName: d.applicant.fullName,
      birthDate: birthDateForApi(d.applicant.birthDate),
      phones: [d.applicant.phone1, d.applicant.phone2].map((v) => v.trim()).filter(Boolean),
      registeredInCommunity: d.applicant.registered === 'unknown' ? null : d.applicant.registered === 'yes',
    },
    place: {
      kind: p.kind,
      hospitalName: p.kind === 'hospital' ? textOrNull(p.hospitalName) : null,
      ward: p.kind === 'hospital' ? textOrNull(p.ward) : null,
      outreachPointId: p.kind === 'outreach_point' ? orNull(p.outreachPointId) : null,
      address: p.kind === 'outreach_point' ? null : addressOf(p),
    },
    eligibility: {
      category: d.eligibility.category as never,
      evidence: d.eligibility.evidence,
      evidenceNote: textOrNull(d.eligibility.evidenceNote),
    },
    services: d.services.map((s) => ({
      serviceId: s.serviceId,
      checklistReadOut: s.checklistReadOut,
      documentsAtHand: s.documentsAtHand,
      paymentMethod: orNull(s.paymentMethod) as PaymentMethod | null,
    })),
    preferences: { weekdays: d.preferences.weekdays, windows: window, note: textOrNull(d.preferences.note) },
    needs: {
      witness: d.needs.witness,
      securityEscort: d.needs.securityEscort,
      partner: orNull(d.needs.partner) as 'social_protection' | null,
      partnerNote: textOrNull(d.needs.partnerNote),
      accessibility: textOrNull(d.needs.accessibility),
    },
    callerIdentification: d.identification.method
      ? { method: d.identification.method as 'callback', note: textOrNull(d.identification.note) }
      : null,
    liabilityWarning: d.liabilityWarning,
    personalDataNotice: d.personalDataNotice,
    notes: textOrNull(d.notes),
    decision: { outcome: d.decision.outcome, reason: textOrNull(d.decision.reason) },
  };
}

/**
 * The rules of intake the contract alone does not carry, checked in the browser with the server's
 * own messages: both statements given, the phone caller identified, a payment method for every
 * service with a fee.
 */
function intakeRules(d: IntakeDraft, services: readonly Service[], locale: Locale) {
  const problems: { path: string; code: string; message: string }[] = [];
  const add = (path: string, code: Parameters<typeof problemMessage>[0]) =>
    problems.push({ path, code, message: problemMessage(code, locale) });
  if (d.channel === 'phone' && !d.identification.method)
    add('callerIdentification', 'requests.caller_identification_required');
  d.services.forEach((s, index) => {
    const service = services.find((x) => x.id === s.serviceId);
    if (service?.fee.kind === 'paid' && !s.paymentMethod)
      add(`services.${index}.paymentMethod`, 'requests.payment_method_required');
  });
  if (!d.liabilityWarning) add('liabilityWarning', 'requests.liability_warning_required');
  if (!d.personalDataNotice) add('personalDataNotice', 'requests.personal_data_notice_required');
  return problems;
}

/**
 * Checks the changes to a saved request (`PUT`, with the version read): the same fields and rules as
 * at intake, without the channel and the decision, which have their own ways.
 */
export function checkedUpdateBody(
  d: IntakeDraft,
  services: readonly Service[],
  locale: Locale,
  version: number,
): UpdateRequestBody {
  const { id: _id, channel: _channel, decision: _decision, ...fields } = draftToBody(d);
  let body: UpdateRequestBody | null = null;
  const details: ErrorDetail[] = [];
  try {
    body = validate(UpdateRequestBody, { version, ...fields }, locale);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    details.push(...error.details);
  }
  const seen = new Set(details.map((x) => x.path));
  details.push(...intakeRules(d, services, locale).filter((r) => !seen.has(r.path)));
  if (body && details.length === 0) return body;
  throw new ApiError(400, 'validation.failed', problemMessage('validation.failed', locale), details);
}

/**
 * Checks the whole form as the server will (the same zod contract, then the intake rules) and gives
 * the body to send, or throws one `validation.failed` listing every field to correct.
 */
export function checkedBody(d: IntakeDraft, services: readonly Service[], locale: Locale): CreateRequestBody {
  let body: CreateRequestBody | null = null;
  const details: ErrorDetail[] = [];
  try {
    body = validate(CreateRequestBody, draftToBody(d), locale);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    details.push(...error.details);
  }
  const seen = new Set(details.map((x) => x.path));
  details.push(...intakeRules(d, services, locale).filter((r) => !seen.has(r.path)));
  if (body && details.length === 0) return body;
  throw new ApiError(400, 'validation.failed', problemMessage('validation.failed', locale), details);
}
