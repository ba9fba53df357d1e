import { ageOn } from '../identifiers/birth-date.js';
import { interpolate, type Locale, type Localised } from '../i18n/locale.js';
import { formatDate } from '../time/display-format.js';
import type { CategoryCode } from '../contracts/catalogue.js';
import { assessCategory } from './eligibility.js';

/**
 * Signals that a request may be false or risky, shown to the operator and the head. They never block
 * anything on their own: they tell people where to look twice.
 */
export const RISK_SIGNAL_CODES = [
  'open_request_same_applicant',
  'open_request_same_phone',
  'phone_many_requests',
  'age_below_80',
  'locality_not_remote',
  'not_in_hospital',
  'address_outside_community',
  'not_registered_in_community',
  'incident_aggression',
  'incident_doubtful_capacity',
  'incident_false_call',
  'incident_other',
] as const;
export type RiskSignalCode = (typeof RISK_SIGNAL_CODES)[number];

/** Requests from one phone within `PHONE_WINDOW_DAYS` days, this one included, that raise a signal. */
export const PHONE_REQUESTS_THRESHOLD = 3;
export const PHONE_WINDOW_DAYS = 30;

export const INCIDENT_KINDS = ['aggression', 'doubtful_capacity', 'false_call', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const RISK_SIGNAL_TEXTS: Record<RiskSignalCode, Localised> = {
  open_request_same_applicant: {
    uk: 'У цієї особи вже є незавершена заявка ({numbers}).',
    en: 'This person already has an open request ({numbers}).',
  },
  open_request_same_phone: {
    uk: 'З цим номером телефону пов’язана інша незавершена заявка ({numbers}).',
    en: 'Another open request is linked to this phone number ({numbers}).',
  },
  phone_many_requests: {
    uk: 'Заявок із цього номера за останні {days} днів: {count}.',
    en: 'Requests from this phone number in the last {days} days: {count}.',
  },
  age_below_80: {
    uk: 'Обрано категорію «80 років і більше», але за датою народження особі {age}.',
    en: 'The category is "aged 80 or more", but the birth date makes the person {age}.',
  },
  locality_not_remote: {
    uk: 'Обрано категорію «віддалений населений пункт», але цей населений пункт не позначено віддаленим.',
    en: 'The category is "remote locality", but this locality is not marked remote.',
  },
  not_in_hospital: {
    uk: 'Обрано категорію «стаціонарне лікування», але місце візиту — не лікарня.',
    en: 'The category is "hospital in-patient", but the visit is not at a hospital.',
  },
  address_outside_community: {
    uk: 'Адреса поза переліком населених пунктів громади.',
    en: "The address is outside the community's list of localities.",
  },
  not_registered_in_community: {
    uk: 'Особа не зареєстрована в громаді.',
    en: 'The person is not registered in the community.',
  },
  incident_aggression: {
    uk: 'Раніше ({date}) за цією адресою або з цією особою була агресія.',
    en: 'Earlier ({date}) there was aggression at this address or with this person.',
  },
  incident_doubtful_capacity: {
    uk: 'Раніше ({date}) виникали сумніви щодо дієздатності цієї особи або за цією адресою.',
    en: 'Earlier ({date}) there were doubts about the legal capacity of this person or at this address.',
  },
  incident_false_call: {
    uk: 'Раніше ({date}) виклик за цією адресою або для цієї особи виявився неправдивим.',
    en: 'Earlier ({date}) a call for this address or this person turned out to be false.',
  },
  incident_other: {
    uk: 'Раніше ({date}) за цією адресою або з цією особою був інцидент.',
    en: 'Earlier ({date}) there was an incident at this address or with this person.',
  },
};

/** What the server gathers about one request (or a draft) before the rules look at it. */
export interface RiskFacts {
  readonly today: string;
  readonly category: CategoryCode | null;
  readonly birthDate: string | null;
  readonly placeKind: 'home' | 'hospital' | 'other_address' | 'outreach_point' | null;
  /** Null when the address is outside the community's list (then `addressInCommunity` is false). */
  readonly localityRemote: boolean | null;
  readonly addressInCommunity: boolean;
  readonly registeredInCommunity: boolean | null;
  /** Numbers of other open requests of the same applicant. */
  readonly openRequestsOfApplicant: readonly string[];
  /** Numbers of other open requests of other applicants that share a phone with this one. */
  readonly openRequestsOfPhone: readonly string[];
  /** Requests (this one included) from the requester's phone within the last 30 days. */
  readonly requestsFromPhone: number;
  /** Earlier incidents with this applicant or at this address, newest first. */
  readonly incidents: readonly { readonly kind: IncidentKind; readonly occurredOn: string }[];
}

export interface RiskSignal {
  readonly code: RiskSignalCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const signal = (code: RiskSignalCode, params: Record<string, string | number> = {}): RiskSignal => ({
  code,
  params,
});

/** The signals the facts raise, in a stable order. */
export function riskSignals(facts: RiskFacts): RiskSignal[] {
  const out: RiskSignal[] = [];
  if (facts.openRequestsOfApplicant.length > 0)
    out.push(signal('open_request_same_applicant', { numbers: facts.openRequestsOfApplicant.join(', ') }));
  if (facts.openRequestsOfPhone.length > 0)
    out.push(signal('open_request_same_phone', { numbers: facts.openRequestsOfPhone.join(', ') }));
  if (facts.requestsFromPhone >= PHONE_REQUESTS_THRESHOLD)
    out.push(signal('phone_many_requests', { count: facts.requestsFromPhone, days: PHONE_WINDOW_DAYS }));
  out.push(...categorySignals(facts));
  if (!facts.addressInCommunity) out.push(signal('address_outside_community'));
  if (facts.registeredInCommunity === false) out.push(signal('not_registered_in_community'));
  const seen = new Set<IncidentKind>();
  for (const incident of facts.incidents) {
    if (seen.has(incident.kind)) continue;
    seen.add(incident.kind);
    out.push(signal(`incident_${incident.kind}`, { date: formatDate(incident.occurredOn) }));
  }
  return out;
}

function categorySignals(facts: RiskFacts): RiskSignal[] {
  if (!facts.category) return [];
  const assessed = assessCategory(facts.category, facts);
  if (assessed !== 'contradicted') return [];
  if (facts.category === 'aged_80_plus' && facts.birthDate) {
    return [signal('age_below_80', { age: ageOn(facts.birthDate, facts.today) })];
  }
  if (facts.category === 'remote_locality') return [signal('locality_not_remote')];
  if (facts.category === 'inpatient') return [signal('not_in_hospital')];
  return [];
}

/** The text of a signal in a language, with its values filled in. */
export function describeRiskSignal(s: RiskSignal, locale: Locale): string {
  return interpolate(RISK_SIGNAL_TEXTS[s.code][locale], s.params);
}
