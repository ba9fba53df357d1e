import { latinLookalikesToCyrillic } from './lookalikes.js';
import type { IdentifierReason } from './reasons.js';
import { identifierSchema, type Checked } from './schema.js';

/** Why a passport book series and number was refused. */
export type PassportBookReason = Extract<IdentifierReason, `passport.${string}`>;

/** Why an ID card document number was refused. */
export type IdCardNumberReason = Extract<IdentifierReason, `id_card.${string}`>;

/** Spaces and the marks people put between a series and a number: `МЕ №123456`, `МЕ-123456`. */
const NOISE = /[\s\u00a0№#-]/g;

/** Two capitals of the Ukrainian alphabet (no Ё, Ъ, Ы, Э), then six digits. */
const PASSPORT_BOOK = /^[А-ЩЬЮЯЄІЇҐ]{2}\d{6}$/u;

/**
 * Reads the series and number of an old passport book (two Cyrillic capitals and six digits,
 * `МЕ123456`). Lower case is raised, and Latin letters that look like Cyrillic ones (A, B, C, E,
 * H, I, K, M, O, P, T, X) — typed in the wrong keyboard layout — become the Cyrillic letters.
 */
export function normalisePassportBook(input: string): Checked<PassportBookReason> {
  const value = latinLookalikesToCyrillic(input.toUpperCase().replace(NOISE, ''));
  return PASSPORT_BOOK.test(value) ? { ok: true, value } : { ok: false, reason: 'passport.format' };
}

/** Reads the document number of an ID card passport: nine digits (spaces are ignored). */
export function normaliseIdCardNumber(input: string): Checked<IdCardNumberReason> {
  const value = input.replace(NOISE, '');
  return /^\d{9}$/.test(value) ? { ok: true, value } : { ok: false, reason: 'id_card.format' };
}

/** A passport book series and number in a contract, stored as `МЕ123456`. */
export const PassportBookNumber = identifierSchema(normalisePassportBook, {
  maxLength: 20,
  description: 'Passport book series and number: two Ukrainian capital letters and six digits.',
  examples: ['МЕ123456'],
});

/** An ID card document number in a contract: nine digits. */
export const IdCardNumber = identifierSchema(normaliseIdCardNumber, {
  maxLength: 20,
  description: 'ID card (passport of a citizen of Ukraine in card form) document number: nine digits.',
  examples: ['000123456'],
});
