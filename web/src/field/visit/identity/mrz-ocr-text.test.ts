import { describe, expect, it } from 'vitest';
import { fixByPosition, mrzAlphabet, mrzFromOcrText } from './mrz-ocr-text';

const MRZ = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
];

describe('the MRZ in the OCR text', () => {
  it('takes the three MRZ lines under the printed text as they are when the OCR read them right', () => {
    const text = ['MHHHP', 'MKUIBUKRAINE', '', ...MRZ, ''].join('\n');
    expect(mrzFromOcrText(text)).toEqual(MRZ);
  });

  it('undoes letter–digit confusions by position: digits in number and date fields, letters in codes and names', () => {
    const misread = [
      'IDUKRO0O1Z3456519B5O315I2340<<', // O, Z, B, I in the number and the UNZR
      '85O3150F32O3156UKR<<<<<<<<<<<B', // O in the dates, B for the composite check digit
      'SHEVCHENK0<<0LENA<<<<<<<<<<<<<', // 0 for O in the names
    ];
    expect(fixByPosition(misread)).toEqual(MRZ);
    expect(fixByPosition(['1DUKR' + MRZ[0]!.slice(5), MRZ[1]!, MRZ[2]!])[0]).toBe(MRZ[0]);
  });

  it('reads Q as O in the names, a letter Ukrainian transliteration never writes', () => {
    expect(mrzFromOcrText([MRZ[0], MRZ[1], 'SHEVCHENKO<<QLENA<<<<<<<<<<<<<'].join('\n'))?.[2]).toBe(MRZ[2]);
  });

  it('fits a filler run read one too long or too short back to 30 characters', () => {
    const text = [
      'IDUKR00012345651985031512340<<<', // one filler too many at the end
      '8503150F3203156UKR<<<<<<<<<8', // two fillers missing before the check digit
      'SHEVCHENKO<<OLENA<<<<<<<<', // trailing fillers missing
    ].join('\n');
    expect(mrzFromOcrText(text)).toEqual(MRZ);
  });

  it('cleans what is not in the MRZ alphabet: spaces, lower case, « for <<', () => {
    expect(mrzAlphabet('idukr 0001234565 1985031512340«')).toBe(MRZ[0]);
  });

  it('answers null when there are no three lines that could be an MRZ', () => {
    expect(mrzFromOcrText('UKRAINE\nM. KYIV\n')).toBeNull();
    expect(mrzFromOcrText([MRZ[0], MRZ[1]].join('\n'))).toBeNull();
  });

  it('does not invent a check digit: a wrong one stays wrong', () => {
    const wrong = ['IDUKR00012345601985031512340<<', MRZ[1], MRZ[2]].join('\n');
    expect(mrzFromOcrText(wrong)?.[0]).toBe('IDUKR00012345601985031512340<<');
  });
});
