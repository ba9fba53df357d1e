/**
 * Builds ID card MRZs (ICAO 9303 TD1, 3 lines of 30) for tests, computing every check digit here
 * rather than with the library under test.
 */

/** ICAO 9303 check digit: digits as themselves, A–Z as 10–35, `<` as 0; weights 7, 3, 1; sum mod 10. */
export function icaoCheckDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const value = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

function pad(text: string, length: number): string {
  return text.padEnd(length, '<').slice(0, length);
}

/** The fields of a TD1 MRZ as they are written into it (dates as YYMMDD, names in Latin). */
export interface Td1Fields {
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  /** The optional field of line 1: for Ukraine the 13 digits of the UNZR. */
  optional1: string;
  birthDate: string;
  sex: string;
  expiryDate: string;
  nationality: string;
  surname: string;
  givenNames: string;
}

/** A valid Ukrainian ID card; its UNZR 19850315-12340 agrees with the birth date. */
export const UKRAINIAN_CARD: Td1Fields = {
  documentCode: 'ID',
  issuingState: 'UKR',
  documentNumber: '000123456',
  optional1: '1985031512340',
  birthDate: '850315',
  sex: 'F',
  expiryDate: '320315',
  nationality: 'UKR',
  surname: 'SHEVCHENKO',
  givenNames: 'OLENA',
};

/** The three lines of a TD1 MRZ with correct check digits for the given fields. */
export function buildTd1(overrides: Partial<Td1Fields> = {}): [string, string, string] {
  const f = { ...UKRAINIAN_CARD, ...overrides };
  const number = pad(f.documentNumber, 9);
  const upper = `${number}${icaoCheckDigit(number)}${pad(f.optional1, 15)}`;
  const line1 = pad(`${pad(f.documentCode, 2)}${f.issuingState}${upper}`, 30);
  const birth = `${f.birthDate}${icaoCheckDigit(f.birthDate)}`;
  const expiry = `${f.expiryDate}${icaoCheckDigit(f.expiryDate)}`;
  const optional2 = pad('', 11);
  const composite = icaoCheckDigit(`${upper}${birth}${expiry}${optional2}`);
  const line2 = `${birth}${f.sex}${expiry}${f.nationality}${optional2}${composite}`;
  const names = `${f.surname.replace(/ /g, '<')}<<${f.givenNames.replace(/ /g, '<')}`;
  return [line1, line2, pad(names, 30)];
}

/** Replaces one character of an MRZ line. */
export function withCharacter(lines: readonly string[], line: number, column: number, ch: string): string[] {
  return lines.map((text, i) => (i === line ? text.slice(0, column) + ch + text.slice(column + 1) : text));
}
