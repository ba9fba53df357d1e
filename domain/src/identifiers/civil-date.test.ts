import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, isRealDate, kyivToday, splitIsoDate } from './civil-date.js';

describe('civil dates', () => {
  it('knows which days exist', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2025, 4, 31)).toBe(false);
    expect(isRealDate(2025, 13, 1)).toBe(false);
    expect(isRealDate(2025, 1, 0)).toBe(false);
    expect(splitIsoDate('2025-04-31')).toBeNull();
    expect(splitIsoDate('2025-4-30')).toBeNull();
    expect(splitIsoDate('2025-04-30')).toEqual({ year: 2025, month: 4, day: 30 });
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('1899-12-31', 1)).toBe('1900-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('1899-12-31', 36525)).toBe('2000-01-01');
  });

  it('takes today in Kyiv, not in UTC, in winter and in summer time', () => {
    expect(kyivToday(new Date('2026-03-14T21:59:00Z'))).toBe('2026-03-14');
    expect(kyivToday(new Date('2026-03-14T22:30:00Z'))).toBe('2026-03-15');
    expect(kyivToday(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(kyivToday(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-02');
  });

  describe('on a device whose time-zone data predates the spelling Kyiv', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('falls back to Europe/Kiev', async () => {
      const RealFormat = Intl.DateTimeFormat;
      const OldFormat = function (locale?: string, options?: Intl.DateTimeFormatOptions) {
        if (options?.timeZone === 'Europe/Kyiv') throw new RangeError('Invalid time zone specified');
        return new RealFormat(locale, options);
      };
      vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: OldFormat });
      vi.resetModules();
      const fresh = await import('./civil-date.js');
      expect(fresh.kyivToday(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-02');
    });
  });
});
