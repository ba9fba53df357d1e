import type { Locale, Localised } from '../i18n/locale.js';
import { MRZ_REASONS } from './reasons.mrz.js';
import { PEOPLE_REASONS } from './reasons.people.js';

/**
 * Why an identifier was refused, with a message a person can act on. The zod schemas of this folder
 * put the reason into `params.reason` of a custom issue; the server's validation details and the
 * web form both show these texts, so a bad value reads the same wherever it is caught.
 */
export const IDENTIFIER_REASONS = {
  ...PEOPLE_REASONS,
  ...MRZ_REASONS,
} as const satisfies Record<string, Localised>;

/** A reason code an identifier check can give. */
export type IdentifierReason = keyof typeof IDENTIFIER_REASONS;

/** Whether a value is a known identifier reason (custom zod issues carry it in `params.reason`). */
export function isIdentifierReason(value: unknown): value is IdentifierReason {
  return typeof value === 'string' && Object.hasOwn(IDENTIFIER_REASONS, value);
}

/** The message for a reason in a language. */
export function describeReason(reason: IdentifierReason, locale: Locale): string {
  return IDENTIFIER_REASONS[reason][locale];
}
