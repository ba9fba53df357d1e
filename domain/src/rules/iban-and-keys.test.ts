import { describe, expect, it } from 'vitest';
import { compactIban, isUkrainianIban } from './iban.js';
import { formatHryvnias } from './money.js';
import { addressKey, nameKey } from './name-key.js';

describe('IBAN', () => {
  it('accepts a Ukrainian IBAN with correct check digits, spaces or not', () => {
    expect(isUkrainianIban('UA213223130000026007233566001')).toBe(true);
    expect(isUkrainianIban('ua21 3223 1300 0002 6007 2335 6600 1')).toBe(true);
    expect(compactIban('ua21 3223')).toBe('UA213223');
  });

  it('refuses a typo, a wrong length and another country', () => {
    expect(isUkrainianIban('UA213223130000026007233566002')).toBe(false);
    expect(isUkrainianIban('UA21322313000002600723356600')).toBe(false);
    expect(isUkrainianIban('DE89370400440532013000')).toBe(false);
  });
});

describe('search keys', () => {
  it('finds a name whatever apostrophe, case and spacing was typed', () => {
    expect(nameKey('  Кам’янська   Олена ')).toBe(nameKey("кам'янська олена"));
    expect(nameKey('Кам`янська')).toBe("кам'янська");
  });

  it('gives one key for two writings of the same door', () => {
    const a = addressKey({ localityId: 'L1', street: 'вул. Шевченка', building: '12 А', apartment: '5' });
    const b = addressKey({ localityId: 'L1', street: 'Шевченка', building: '12а', apartment: '5' });
    expect(a).toBe(b);
    expect(addressKey({ localityId: 'L1', street: 'Шевченка', building: '12а', apartment: '6' })).not.toBe(a);
    expect(addressKey({ localityId: 'L1' })).toBeNull();
  });
});

describe('hryvnias', () => {
  it('reads kopiyky as people write money', () => {
    expect(formatHryvnias(123456)).toBe('1\u00a0234,56\u00a0грн');
    expect(formatHryvnias(5)).toBe('0,05\u00a0грн');
    expect(formatHryvnias(100_000_000, 'en')).toBe('UAH 1,000,000.00');
  });
});
