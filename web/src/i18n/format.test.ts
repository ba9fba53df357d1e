import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatPhone, formatTime, normalisePhone } from './format';
import { normaliseTime, parseDecimal } from './parse';

const NBSP = '\u00a0';

describe('dates and times in Kyiv', () => {
  it('shows a civil date as dd.mm.yyyy without moving it', () => {
    expect(formatDate('2025-01-05')).toBe('05.01.2025');
  });

  it('shows an instant on the Kyiv calendar day, which differs from UTC late in the evening', () => {
    expect(formatDate('2025-12-31T22:30:00Z')).toBe('01.01.2026');
    expect(formatDateTime('2025-12-31T22:30:00Z')).toBe('01.01.2026 00:30');
  });

  it('follows daylight saving time: UTC+2 in winter, UTC+3 in summer', () => {
    expect(formatTime('2025-01-15T10:00:00Z')).toBe('12:00');
    expect(formatTime('2025-07-15T10:00:00Z')).toBe('13:00');
  });

  it('jumps from 02:59 to 04:00 on the last Sunday of March', () => {
    expect(formatDateTime('2025-03-30T00:59:00Z')).toBe('30.03.2025 02:59');
    expect(formatDateTime('2025-03-30T01:00:00Z')).toBe('30.03.2025 04:00');
  });

  it('repeats 03:00–03:59 on the last Sunday of October', () => {
    expect(formatDateTime('2025-10-26T00:30:00Z')).toBe('26.10.2025 03:30');
    expect(formatDateTime('2025-10-26T01:30:00Z')).toBe('26.10.2025 03:30');
    expect(formatDateTime('2025-10-26T02:30:00Z')).toBe('26.10.2025 04:30');
  });

  it('accepts Date objects and offsets other than UTC', () => {
    expect(formatDateTime(new Date('2025-06-01T09:15:00+03:00'))).toBe('01.06.2025 09:15');
    expect(formatTime('2025-06-01T09:15:00-04:00')).toBe('16:15');
  });
});

describe('money in hryvnia', () => {
  it('groups thousands with a non-breaking space and uses a decimal comma', () => {
    expect(formatMoney(123450, 'uk')).toBe(`1${NBSP}234,50${NBSP}грн`);
    expect(formatMoney(5, 'uk')).toBe(`0,05${NBSP}грн`);
    expect(formatMoney(123456789, 'uk')).toBe(`1${NBSP}234${NBSP}567,89${NBSP}грн`);
    expect(formatMoney(-70000, 'uk')).toBe(`-700,00${NBSP}грн`);
  });

  it('is written the English way in English', () => {
    expect(formatMoney(123450, 'en')).toBe(`1,234.50${NBSP}UAH`);
  });
});

describe('phones', () => {
  it('shows a Ukrainian number as +380 67 123 45 67 however it was written', () => {
    for (const written of [
      '+380671234567',
      '380671234567',
      '0671234567',
      '067 123-45-67',
      '+38 (067) 123 45 67',
    ]) {
      expect(formatPhone(written), written).toBe('+380 67 123 45 67');
    }
  });

  it('leaves other numbers as they are', () => {
    expect(formatPhone('+48 12 345 67 89')).toBe('+48 12 345 67 89');
    expect(formatPhone('112')).toBe('112');
  });

  it('stores a Ukrainian number as +380XXXXXXXXX and an empty field as null', () => {
    expect(normalisePhone(' 067 123 45 67 ')).toBe('+380671234567');
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone('+48 12 345 67 89')).toBe('+48 12 345 67 89');
  });
});

describe('reading typed values', () => {
  it('reads decimals with a comma or a dot', () => {
    expect(parseDecimal('48,5132')).toBe(48.5132);
    expect(parseDecimal(' -34.6 ')).toBe(-34.6);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('48°')).toBeNaN();
  });

  it('reads times of day in the usual ways', () => {
    expect(normaliseTime('8')).toBe('08:00');
    expect(normaliseTime('8:30')).toBe('08:30');
    expect(normaliseTime('8.30')).toBe('08:30');
    expect(normaliseTime('0830')).toBe('08:30');
    expect(normaliseTime('17:00')).toBe('17:00');
    expect(normaliseTime('пів на восьму')).toBe('пів на восьму');
  });
});
