import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseUnzr, Unzr, unzrCheckDigit } from './unzr.js';

const TODAY = '2026-03-15';

describe('parseUnzr', () => {
  it('reads the published example, with or without the hyphen', () => {
    const expected = { valid: true, unzr: '20000101-00019', birthDate: '2000-01-01' };
    expect(parseUnzr('20000101-00019', TODAY)).toEqual(expected);
    expect(parseUnzr('2000010100019', TODAY)).toEqual(expected);
    expect(parseUnzr(' 20000101 00019 ', TODAY)).toEqual(expected);
  });

  it('reads a number checked by hand', () => {
    // 1·7+9·3+8·1+5·7+0·3+3·1+1·7+5·3+1·1+2·7+3·3+4·1 = 130, and 130 mod 10 = 0
    expect(parseUnzr('19850315-12340', TODAY)).toEqual({
      valid: true,
      unzr: '19850315-12340',
      birthDate: '1985-03-15',
    });
  });

  it.each([
    ['', 'unzr.format'],
    ['20000101-0001', 'unzr.format'],
    ['20000101-000190', 'unzr.format'],
    ['2000-01-01-00019', 'unzr.format'],
    ['20000101-0001X', 'unzr.format'],
    ['20000101-00008', 'unzr.format'],
    ['20000231-00015', 'unzr.date'],
    ['18991231-00013', 'unzr.date'],
    ['20270101-00012', 'unzr.date'],
    ['20000101-00018', 'unzr.check_digit'],
    ['20000101-00109', 'unzr.check_digit'],
  ])('refuses %j with %s', (input, reason) => {
    expect(parseUnzr(input, TODAY)).toEqual({ valid: false, reason });
  });

  it('catches any single mistyped digit', () => {
    const twelve = fc.stringMatching(/^\d{12}$/);
    fc.assert(
      fc.property(twelve, fc.nat(11), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const wrong = digits.slice(0, at) + ((Number(digits[at]) + shift) % 10) + digits.slice(at + 1);
        expect(unzrCheckDigit(wrong)).not.toBe(unzrCheckDigit(digits));
      }),
    );
  });
});

describe('Unzr schema', () => {
  it('stores the hyphenated form and refuses a wrong check digit with its reason', () => {
    expect(Unzr.parse('2000010100019')).toBe('20000101-00019');
    expect(Unzr.safeParse('20000101-00018').error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { reason: 'unzr.check_digit' },
    });
    expect(z.toJSONSchema(Unzr, { io: 'input' })).toMatchObject({ type: 'string', maxLength: 20 });
  });
});
