import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRnokppBirthDate, parseRnokpp, rnokppCheckDigit, TaxNumber } from './rnokpp.js';

const TODAY = '2026-03-15';

describe('parseRnokpp', () => {
  it('reads the published examples', () => {
    expect(parseRnokpp('1759013776', TODAY)).toEqual({
      valid: true,
      rnokpp: '1759013776',
      birthDate: '1948-02-28',
      sex: 'male',
    });
    expect(parseRnokpp('3652504575', TODAY)).toEqual({
      valid: true,
      rnokpp: '3652504575',
      birthDate: '2000-01-01',
      sex: 'male',
    });
  });

  it('reads a woman’s number and tolerates spaces', () => {
    // −2+45+56+36+28+0+0+10+28 = 201, 201 mod 11 = 3; 29847 days after 31.12.1899 is 19.09.1981
    expect(parseRnokpp(' 29847 00243 ', TODAY)).toEqual({
      valid: true,
      rnokpp: '2984700243',
      birthDate: '1981-09-19',
      sex: 'female',
    });
  });

  it('counts day 1 as 1 January 1900', () => {
    expect(parseRnokpp('0000100027', TODAY)).toMatchObject({ valid: true, birthDate: '1900-01-01' });
  });

  it.each([
    ['', 'rnokpp.format'],
    ['175901377', 'rnokpp.format'],
    ['17590137760', 'rnokpp.format'],
    ['17590l3776', 'rnokpp.format'],
    ['1759013775', 'rnokpp.check_digit'],
    ['1759031776', 'rnokpp.check_digit'],
    ['0000000000', 'rnokpp.birth_date'],
    // −9 mod 11 is 2: the negative first weight must not break the check; day 90000 is in 2146
    ['9000000002', 'rnokpp.birth_date'],
  ])('refuses %j with %s', (input, reason) => {
    expect(parseRnokpp(input, TODAY)).toEqual({ valid: false, reason });
  });

  it('catches any single mistyped digit among the first nine', () => {
    const nine = fc.stringMatching(/^\d{9}$/);
    fc.assert(
      fc.property(nine, fc.nat(8), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const wrong = digits.slice(0, at) + ((Number(digits[at]) + shift) % 10) + digits.slice(at + 1);
        // 11 is prime, so one changed digit always changes the remainder mod 11; the only blind
        // spot is the rule's own folding of remainder 10 onto check digit 0.
        const a = rnokppCheckDigit(digits);
        if (a !== 0) expect(rnokppCheckDigit(wrong)).not.toBe(a);
      }),
    );
  });
});

describe('compareRnokppBirthDate', () => {
  it('says whether the number agrees with the birth date on record', () => {
    expect(compareRnokppBirthDate('1759013776', '1948-02-28')).toBe('agrees');
    expect(compareRnokppBirthDate('1759013776', '1947-02-29')).toBe('unknown');
    expect(compareRnokppBirthDate('1759013776', '1948-02-29')).toBe('differs');
    expect(compareRnokppBirthDate('1759013776', '1948-03-28')).toBe('differs');
    expect(compareRnokppBirthDate('1759013775', '1948-02-28')).toBe('unknown');
  });
});

describe('TaxNumber schema', () => {
  it('keeps a valid number and refuses a typo with its reason', () => {
    expect(TaxNumber.parse('3652504575')).toBe('3652504575');
    expect(TaxNumber.safeParse('3652504576').error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { reason: 'rnokpp.check_digit' },
    });
  });
});
