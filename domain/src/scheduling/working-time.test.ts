import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar/working-days.js';
import { DEFAULT_WORKING_HOURS } from '../contracts/org.js';
import { isKitReady, missingKitItems } from './kit-readiness.js';
import { minutesOf, timeOfMinutes, workingTimeBreaches } from './working-time.js';

const centre = { hours: DEFAULT_WORKING_HOURS, calendar: DEFAULT_CALENDAR_SETTINGS };
const w = (from: string, to: string) => ({ from: minutesOf(from), to: minutesOf(to) });

describe('working time of a visit', () => {
  it('accepts a window inside the centre hours on a working day', () => {
    expect(workingTimeBreaches('2026-11-24', w('10:00', '11:00'), centre, [])).toEqual([]);
    expect(timeOfMinutes(minutesOf('08:05'))).toBe('08:05');
  });

  it('names a weekend, the centre hours and a Friday that ends at 16:00', () => {
    expect(workingTimeBreaches('2026-11-28', w('10:00', '11:00'), centre, [])).toEqual([
      { kind: 'day_off' },
      { kind: 'centre_hours', from: null, to: null },
    ]);
    expect(workingTimeBreaches('2026-11-27', w('15:30', '16:30'), centre, [])).toEqual([
      { kind: 'centre_hours', from: '08:00', to: '16:00' },
    ]);
  });

  it('follows the centre calendar: a declared day off and a working Saturday', () => {
    const calendar = { martialLaw: true, daysOff: ['2026-11-24'], workingDays: ['2026-11-28'] };
    const hours = { ...DEFAULT_WORKING_HOURS, sat: { from: '09:00', to: '13:00' } };
    expect(workingTimeBreaches('2026-11-24', w('10:00', '11:00'), { hours, calendar }, [])).toEqual([
      { kind: 'day_off' },
    ]);
    expect(workingTimeBreaches('2026-11-28', w('10:00', '11:00'), { hours, calendar }, [])).toEqual([]);
  });

  it('checks each person: own hours and absence', () => {
    const parttime = { ...DEFAULT_WORKING_HOURS, tue: { from: '08:00', to: '12:00' } };
    expect(
      workingTimeBreaches('2026-11-24', w('11:30', '12:30'), centre, [
        { personId: 'a', hours: parttime, absent: false },
        { personId: 'b', hours: null, absent: true },
      ]),
    ).toEqual([
      { kind: 'person_hours', personId: 'a', from: '08:00', to: '12:00' },
      { kind: 'absent', personId: 'b' },
    ]);
  });
});

describe('kit readiness', () => {
  it('is ready only when every item is done', () => {
    const all = {
      charged: true,
      internet_balance: true,
      paper: true,
      cartridge: true,
      scanner_batteries: true,
      camera: true,
    };
    expect(isKitReady(all)).toBe(true);
    expect(isKitReady({ ...all, paper: false })).toBe(false);
    expect(missingKitItems({ ...all, paper: false, camera: false })).toEqual(['paper', 'camera']);
  });
});
