import { describe, expect, it } from 'vitest';
import { buildTd1, icaoCheckDigit, withCharacter } from '../test/td1-builder.js';
import { parseIdCardMrz } from './mrz.js';

const TODAY = '2026-03-15';
const CARD = buildTd1();

describe('the test builder', () => {
  it('computes the check digits of the ICAO 9303 specimen card', () => {
    // I<UTOD231458907<<<<<<<<<<<<<<< / 7408122F1204159UTO<<<<<<<<<<<6 / ERIKSSON<<ANNA<MARIA<<<<<<<<<<
    expect(icaoCheckDigit('D23145890')).toBe('7');
    expect(icaoCheckDigit('740812')).toBe('2');
    expect(icaoCheckDigit('120415')).toBe('9');
    const composite = `D231458907${'<'.repeat(15)}7408122${'1204159'}${'<'.repeat(11)}`;
    expect(icaoCheckDigit(composite)).toBe('6');
  });
});

describe('parseIdCardMrz', () => {
  it('reads a Ukrainian ID card', () => {
    expect(parseIdCardMrz(CARD.join('\n'), TODAY)).toEqual({
      valid: true,
      errors: [],
      documentNumber: '000123456',
      unzr: '19850315-12340',
      birthDate: '1985-03-15',
      expiryDate: '2032-03-15',
      sex: 'female',
      surname: 'SHEVCHENKO',
      givenNames: 'OLENA',
      nationality: 'UKR',
    });
  });

  it('tolerates the ways an MRZ is typed or pasted', () => {
    const expected = parseIdCardMrz(CARD.join('\n'), TODAY);
    const variants = [
      CARD.join('\r\n'),
      CARD.join(''),
      `  ${CARD.join('\n  ')}  \n\n`,
      CARD.join('\n').toLowerCase(),
      CARD.join('\n').replace(/</g, '«'),
      CARD.join(' '),
      // typed with the Ukrainian layout on: Cyrillic С, Н, Е, К, О look like the Latin letters
      CARD.join('\n').replace('SHEVCHENKO', 'SНЕVСНЕNКО'),
    ];
    for (const text of variants) expect(parseIdCardMrz(text, TODAY)).toEqual(expected);
  });

  it('reads names with several parts and a man’s card', () => {
    const lines = buildTd1({
      surname: 'PETRENKO YAKOVENKO',
      givenNames: 'YURII',
      sex: 'M',
      optional1: '2000010100019',
      birthDate: '000101',
    });
    expect(parseIdCardMrz(lines.join('\n'), TODAY)).toMatchObject({
      valid: true,
      surname: 'PETRENKO YAKOVENKO',
      givenNames: 'YURII',
      sex: 'male',
      birthDate: '2000-01-01',
      unzr: '20000101-00019',
    });
  });

  it('takes the century from the UNZR, and otherwise keeps the birth date out of the future', () => {
    // 1·7+9·3+2·1+0·7+0·3+1·1+0·7+5·3+0·1+0·7+0·3+1·1 = 53: check digit 3
    const centenarian = buildTd1({ birthDate: '200105', optional1: '1920010500013' });
    expect(parseIdCardMrz(centenarian.join('\n'), TODAY)).toMatchObject({
      valid: true,
      birthDate: '1920-01-05',
    });
    const withoutUnzr = parseIdCardMrz(buildTd1({ birthDate: '200105', optional1: '<' }).join('\n'), TODAY);
    expect(withoutUnzr.errors).toEqual(['mrz.unzr']);
    expect(withoutUnzr.birthDate).toBe('2020-01-05');
    const future = buildTd1({ birthDate: '300105', optional1: '<' });
    expect(parseIdCardMrz(future.join('\n'), TODAY).birthDate).toBe('1930-01-05');
  });

  it.each([
    [0, 14, 'mrz.document_number_check'],
    [0, 8, 'mrz.document_number_check'],
    [1, 6, 'mrz.birth_date_check'],
    [1, 14, 'mrz.expiry_date_check'],
    [1, 29, 'mrz.composite_check'],
  ])('names the check digit that fails when line %i, column %i is mistyped', (line, column, reason) => {
    const original = CARD[line]![column]!;
    const wrong = withCharacter(CARD, line, column, original === '1' ? '2' : '1');
    const result = parseIdCardMrz(wrong.join('\n'), TODAY);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain(reason);
  });

  it('refuses a mistyped UNZR inside line 1 even though the composite check still has to catch it', () => {
    const result = parseIdCardMrz(withCharacter(CARD, 0, 27, '9').join('\n'), TODAY);
    expect(result.errors).toEqual(['mrz.unzr', 'mrz.composite_check']);
    expect(result.unzr).toBeNull();
  });

  it('notices a UNZR whose birth date is not the card holder’s', () => {
    const lines = buildTd1({ optional1: '2000010100019' });
    expect(parseIdCardMrz(lines.join('\n'), TODAY).errors).toEqual(['mrz.unzr_birth_date']);
  });

  it('refuses a document that is not a Ukrainian ID card', () => {
    const polish = buildTd1({ issuingState: 'POL', nationality: 'POL', documentNumber: 'ABC123456' });
    const result = parseIdCardMrz(polish.join('\n'), TODAY);
    expect(result.valid).toBe(false);
    expect(result.errors.slice(0, 2)).toEqual(['mrz.not_ukrainian', 'mrz.document_number']);
    expect(result.nationality).toBe('POL');
    const residence = buildTd1({ documentCode: 'IR' });
    expect(parseIdCardMrz(residence.join('\n'), TODAY).errors).toEqual(['mrz.document_type']);
  });

  it.each([
    ['', 'mrz.format'],
    ['hello', 'mrz.format'],
    ['one\ntwo', 'mrz.format'],
    [`${CARD[0]}\n${CARD[1]}`, 'mrz.format'],
    [`${CARD.join('\n')}\n${CARD[2]}`, 'mrz.format'],
    [CARD.join('\n').replace('OLENA', 'OLENA!'), 'mrz.characters'],
    [CARD.join('\n').replace('OLENA', 'ОЛЕНА'), 'mrz.characters'],
    [CARD.join('\n').replace('OLENA<', 'OLENA<<'), 'mrz.line_length'],
    [CARD.join('\n').replace('SHEVCHENKO<<', 'SHEVCHENKO<'), 'mrz.line_length'],
  ])('refuses garbage %#', (text, reason) => {
    expect(parseIdCardMrz(text, TODAY)).toMatchObject({
      valid: false,
      errors: [reason],
      documentNumber: null,
      surname: null,
    });
  });

  it('refuses impossible dates, a wrong sex letter and bad name characters', () => {
    const feb30 = buildTd1({ birthDate: '850230', optional1: '<' });
    expect(parseIdCardMrz(feb30.join('\n'), TODAY).errors).toContain('mrz.birth_date');
    const expiry = buildTd1({ expiryDate: '320230' });
    expect(parseIdCardMrz(expiry.join('\n'), TODAY)).toMatchObject({
      errors: ['mrz.expiry_date'],
      expiryDate: null,
    });
    const sex = buildTd1({ sex: 'X' });
    expect(parseIdCardMrz(sex.join('\n'), TODAY).errors).toEqual(['mrz.sex']);
    const names = buildTd1({ surname: 'SHEVCHENKO1' });
    expect(parseIdCardMrz(names.join('\n'), TODAY).errors).toEqual(['mrz.names']);
  });
});
