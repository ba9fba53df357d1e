import type { IdentifierReason } from './reasons.js';
import { identifierSchema, type Checked } from './schema.js';

/** Why a phone number was refused. */
export type PhoneReason = Extract<IdentifierReason, `phone.${string}`>;

/** Separators people put between the digits: spaces of any kind, dashes, dots and brackets. */
const SEPARATORS = /[\s\u00a0\u2010-\u2015.()-]/g;

/** Operator codes of Ukrainian mobile networks (Kyivstar, Vodafone, lifecell, 3Mob, Intertelecom). */
// prettier-ignore
const MOBILE_CODES: ReadonlySet<string> = new Set([
  '39', '50', '63', '66', '67', '68', '73', '91', '92', '93', '94', '95', '96', '97', '98', '99',
]);

type Form = readonly [prefix: string, length: number];
const AFTER_PLUS: readonly Form[] = [
  ['380', 12],
  ['3800', 13],
];
const WITHOUT_PLUS: readonly Form[] = [...AFTER_PLUS, ['00380', 14], ['0', 10], ['80', 11]];

/**
 * The nine digits after +380 from the digits people type. Accepted: `380…` (the full number),
 * `0…` (the national form), `80…` (the old trunk prefix `8`), `00380…` (the international prefix),
 * and `3800…` — "+380 (067) …", where the national `0` is repeated after the country code; no
 * Ukrainian number starts with 0 after the country code, so dropping it cannot change the number.
 */
function nationalNumber(digits: string, international: boolean): Checked<PhoneReason> {
  for (const [prefix, length] of international ? AFTER_PLUS : WITHOUT_PLUS) {
    if (digits.startsWith(prefix) && digits.length === length) {
      const rest = digits.slice(prefix.length);
      if (!rest.startsWith('0')) return { ok: true, value: `+380${rest}` };
    }
  }
  const foreign = international
    ? !digits.startsWith('380')
    : digits.startsWith('00') && !digits.startsWith('00380');
  return { ok: false, reason: foreign ? 'phone.country' : 'phone.length' };
}

/**
 * Reads a Ukrainian phone number the way people write it — `+380 67 123 45 67`, `380671234567`,
 * `0671234567`, `067-123-45-67`, `(067) 123 45 67`, `8 067 123 45 67` — and gives `+380XXXXXXXXX`.
 * Other country codes, wrong lengths and letters are refused with a reason.
 */
export function normalisePhone(input: string): Checked<PhoneReason> {
  const compact = input.trim().replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'phone.empty' };
  const international = compact.startsWith('+');
  const digits = international ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'phone.characters' };
  return nationalNumber(digits, international);
}

/** A phone number for display: `+380 67 123 45 67`. Text that is not a Ukrainian number is shown as typed. */
export function formatPhone(phone: string): string {
  const result = normalisePhone(phone);
  if (!result.ok) return phone;
  const n = result.value.slice(4);
  return `+380 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
}

/** Whether the number belongs to a Ukrainian mobile network. Text messages go only to these. */
export function isMobile(phone: string): boolean {
  const result = normalisePhone(phone);
  return result.ok && MOBILE_CODES.has(result.value.slice(4, 6));
}

function normaliseMobile(input: string): Checked<PhoneReason> {
  const result = normalisePhone(input);
  if (result.ok && !MOBILE_CODES.has(result.value.slice(4, 6)))
    return { ok: false, reason: 'phone.not_mobile' };
  return result;
}

/** A Ukrainian phone number in any usual writing, stored as `+380XXXXXXXXX`. */
export const PhoneNumber = identifierSchema(normalisePhone, {
  maxLength: 40,
  description: 'A Ukrainian phone number; any usual writing is accepted and stored as +380XXXXXXXXX.',
  examples: ['+380671234567', '067 123 45 67'],
});

/** A Ukrainian mobile number (for text messages), stored as `+380XXXXXXXXX`. */
export const MobilePhoneNumber = identifierSchema(normaliseMobile, {
  maxLength: 40,
  description: 'A Ukrainian mobile phone number for text messages, stored as +380XXXXXXXXX.',
  examples: ['+380671234567', '067 123 45 67'],
});
