import { parse, type Details, type FieldName } from 'mrz';
import { isoDate, isRealDate, kyivToday } from './civil-date.js';
import { readMrzLines } from './mrz-text.js';
import type { IdentifierReason } from './reasons.js';
import { MRZ_REASONS } from './reasons.mrz.js';
import { parseUnzr } from './unzr.js';

/** Why an ID card MRZ was refused; each reason's message says where in the lines to look. */
export type MrzReason = Extract<IdentifierReason, `mrz.${string}`>;

/** What was read from an ID card MRZ. Fields are what could be read; trust them only when `valid`. */
export interface IdCardMrz {
  readonly valid: boolean;
  /** Every problem found, in reading order, without repeats. */
  readonly errors: readonly MrzReason[];
  readonly documentNumber: string | null;
  /** The UNZR from line 1, as `YYYYMMDD-NNNNC`. */
  readonly unzr: string | null;
  /** `YYYY-MM-DD`; the century from the UNZR, else the one that keeps the date out of the future. */
  readonly birthDate: string | null;
  readonly expiryDate: string | null;
  readonly sex: 'male' | 'female' | null;
  /** Latin, as in the MRZ, with spaces where the MRZ has a single `<`. */
  readonly surname: string | null;
  readonly givenNames: string | null;
  readonly nationality: string | null;
}

/** The library's field checks, in the words this product shows. */
const FIELD_REASONS: Partial<Record<FieldName, MrzReason>> = {
  documentCode: 'mrz.document_type',
  issuingState: 'mrz.not_ukrainian',
  documentNumber: 'mrz.document_number',
  documentNumberCheckDigit: 'mrz.document_number_check',
  birthDate: 'mrz.birth_date',
  birthDateCheckDigit: 'mrz.birth_date_check',
  sex: 'mrz.sex',
  expirationDate: 'mrz.expiry_date',
  expirationDateCheckDigit: 'mrz.expiry_date_check',
  nationality: 'mrz.nationality',
  compositeCheckDigit: 'mrz.composite_check',
  lastName: 'mrz.names',
  firstName: 'mrz.names',
};

const NOTHING: Omit<IdCardMrz, 'errors' | 'valid'> = {
  documentNumber: null,
  unzr: null,
  birthDate: null,
  expiryDate: null,
  sex: null,
  surname: null,
  givenNames: null,
  nationality: null,
};

/** `YYMMDD` as a real `YYYY-MM-DD` in the given century, or null. */
function fullDate(yymmdd: string | null | undefined, century: number): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd ?? '');
  if (!match) return null;
  const [year, month, day] = [century + Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? isoDate(year, month, day) : null;
}

function birthDateOf(yymmdd: string | null | undefined, unzrBirthDate: string | null, today: string) {
  // The MRZ holds two digits of the year; the UNZR next to it holds four, so a person born in
  // 1920 is not read as a child born in 2020.
  if (unzrBirthDate && unzrBirthDate.slice(2).replace(/-/g, '') === yymmdd) return unzrBirthDate;
  const recent = fullDate(yymmdd, 2000);
  return recent && recent <= today ? recent : fullDate(yymmdd, 1900);
}

/** The reasons are listed in the order of the fields in the three lines. */
const READING_ORDER = Object.keys(MRZ_REASONS);

function inReadingOrder(errors: readonly MrzReason[]): MrzReason[] {
  return [...new Set(errors)].sort((a, b) => READING_ORDER.indexOf(a) - READING_ORDER.indexOf(b));
}

function libraryErrors(details: readonly Details[]): MrzReason[] {
  return details.filter((d) => !d.valid).map((d) => (d.field && FIELD_REASONS[d.field]) || 'mrz.format');
}

/**
 * Reads and checks the MRZ of a Ukrainian ID card (ICAO 9303 TD1) typed or pasted by an operator:
 * every check digit, the document type and issuing state, the 9-digit document number, the UNZR
 * in line 1 and its agreement with the birth date. `today` (Kyiv, by default) picks the century
 * of the birth date.
 */
export function parseIdCardMrz(text: string, today: string = kyivToday()): IdCardMrz {
  const read = readMrzLines(text);
  if (!read.ok) return { valid: false, errors: [read.reason], ...NOTHING };
  const [line1] = read.lines;
  let result;
  try {
    result = parse(read.lines);
  } catch {
    return { valid: false, errors: ['mrz.format'], ...NOTHING };
  }
  const { fields } = result;
  const errors = libraryErrors(result.details);
  if (fields.documentCode !== 'ID') errors.push('mrz.document_type');
  if (fields.issuingState !== 'UKR') errors.push('mrz.not_ukrainian');
  const documentNumber = line1.slice(5, 14);
  if (!/^\d{9}$/.test(documentNumber) || !/\d/.test(line1[14] ?? '')) errors.push('mrz.document_number');
  const unzr = parseUnzr(line1.slice(15, 28), today);
  if (!unzr.valid || line1.slice(28) !== '<<') errors.push('mrz.unzr');
  const birthDate = birthDateOf(fields.birthDate, unzr.valid ? unzr.birthDate : null, today);
  if (!birthDate) errors.push('mrz.birth_date');
  else if (unzr.valid && unzr.birthDate !== birthDate) errors.push('mrz.unzr_birth_date');
  const expiryDate = fullDate(fields.expirationDate, 2000);
  if (!expiryDate) errors.push('mrz.expiry_date');
  const unique = inReadingOrder(errors);
  return {
    valid: unique.length === 0,
    errors: unique,
    documentNumber: /^\d{9}$/.test(documentNumber) ? documentNumber : null,
    unzr: unzr.valid ? unzr.unzr : null,
    birthDate,
    expiryDate,
    sex: fields.sex === 'male' || fields.sex === 'female' ? fields.sex : null,
    surname: fields.lastName ?? null,
    givenNames: fields.firstName ?? null,
    nationality: fields.nationality ?? null,
  };
}
