import { describe, expect, it } from 'vitest';
import { holidaysTransferredTo, transferredDaysOffOf } from './day-off-transfer.js';

const transfers = (year: number) =>
  transferredDaysOffOf(year).map((t) => `${t.holiday.key} ${t.holiday.date} → ${t.date}`);

describe('weekend holidays move their day off (Labour Code art. 67)', () => {
  it('moves the Sunday holidays of 2026 to Mondays, Easter and Trinity included', () => {
    expect(transfers(2026)).toEqual([
      'womens_day 2026-03-08 → 2026-03-09',
      'easter 2026-04-12 → 2026-04-13',
      'trinity 2026-05-31 → 2026-06-01',
      'constitution_day 2026-06-28 → 2026-06-29',
    ]);
  });

  it('queues consecutive weekend holidays: Saturday 1 May and Easter Sunday 2 May 2027', () => {
    expect(transfers(2027)).toEqual([
      'labour_day 2027-05-01 → 2027-05-03',
      'easter 2027-05-02 → 2027-05-04',
      'remembrance_victory_day 2027-05-08 → 2027-05-10',
      'trinity 2027-06-20 → 2027-06-21',
      'christmas 2027-12-25 → 2027-12-27',
    ]);
  });

  it('gives two days off when two holidays share a Sunday (Easter on 1 May 2016)', () => {
    expect(holidaysTransferredTo('2016-05-02').map((h) => h.key)).toEqual(['labour_day']);
    expect(holidaysTransferredTo('2016-05-03').map((h) => h.key)).toEqual(['easter']);
  });

  it('finds the holiday a day off came from, and nothing on ordinary days', () => {
    expect(holidaysTransferredTo('2028-01-03').map((h) => h.key)).toEqual(['new_year']);
    expect(holidaysTransferredTo('2028-07-17').map((h) => h.key)).toEqual(['statehood_day']);
    expect(holidaysTransferredTo('2026-11-23')).toEqual([]);
  });
});
