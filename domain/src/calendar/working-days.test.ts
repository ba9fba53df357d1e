import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  type CalendarSettings,
  DEFAULT_CALENDAR_SETTINGS,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days.js';

const wartime: CalendarSettings = DEFAULT_CALENDAR_SETTINGS;
const peacetime: CalendarSettings = { martialLaw: false, daysOff: [], workingDays: [] };
const christmas = { uk: 'Різдво Христове', en: 'Christmas Day' };

describe('martial law on (the default today)', () => {
  it('skips the weekend only', () => {
    expect(nextWorkingDay('2026-11-20', wartime)).toBe('2026-11-23');
    expect(previousWorkingDay('2026-11-23', wartime)).toBe('2026-11-20');
    expect(isWorkingDay('2026-11-21', wartime)).toBe(false);
  });

  it('keeps holidays as working days with their label, and transfers nothing', () => {
    expect(nextWorkingDay('2026-12-24', wartime)).toBe('2026-12-25');
    expect(dayInfo('2026-12-25', wartime)).toEqual({
      date: '2026-12-25',
      working: true,
      reasons: [],
      holiday: christmas,
    });
    expect(dayInfo('2026-06-28', wartime)).toMatchObject({ working: false, reasons: ['weekend'] });
    expect(dayInfo('2026-06-29', wartime)).toEqual({ date: '2026-06-29', working: true, reasons: [] });
    expect(nextWorkingDay('2027-04-30', wartime)).toBe('2027-05-03');
  });
});

describe('martial law off', () => {
  it('makes holidays days off: receipt on 24.12.2026 is forwarded on 28.12.2026', () => {
    expect(nextWorkingDay('2026-12-24', peacetime)).toBe('2026-12-28');
    expect(dayInfo('2026-12-25', peacetime)).toEqual({
      date: '2026-12-25',
      working: false,
      reasons: ['holiday'],
      holiday: christmas,
    });
  });

  it('moves a Saturday holiday to Monday (8 May 2027)', () => {
    expect(dayInfo('2027-05-10', peacetime)).toMatchObject({
      working: false,
      reasons: ['transferred'],
      transferredFrom: { date: '2027-05-08', holiday: { en: expect.stringContaining('Remembrance') } },
    });
    expect(nextWorkingDay('2027-05-07', peacetime)).toBe('2027-05-11');
  });

  it('moves Easter to the Monday, and queues it behind a Saturday holiday (1–2 May 2027)', () => {
    expect(dayInfo('2027-05-01', peacetime).reasons).toEqual(['weekend', 'holiday']);
    expect(dayInfo('2027-05-03', peacetime).transferredFrom?.date).toBe('2027-05-01');
    expect(dayInfo('2027-05-04', peacetime).transferredFrom?.date).toBe('2027-05-02');
    expect(nextWorkingDay('2027-04-30', peacetime)).toBe('2027-05-05');
    expect(previousWorkingDay('2027-05-05', peacetime)).toBe('2027-04-30');
    expect(isWorkingDay('2026-04-13', peacetime)).toBe(false);
  });
});

describe('the centre’s own days', () => {
  it('works on a working Saturday', () => {
    const settings = { ...wartime, workingDays: ['2026-11-21'] };
    expect(nextWorkingDay('2026-11-20', settings)).toBe('2026-11-21');
    expect(dayInfo('2026-11-21', settings)).toEqual({
      date: '2026-11-21',
      working: true,
      reasons: ['weekend', 'centre_working_day'],
    });
  });

  it('lets a working day override a holiday, a transfer and its own day off', () => {
    const settings = { ...peacetime, workingDays: ['2026-12-25', '2026-03-09'], daysOff: ['2026-12-25'] };
    expect(dayInfo('2026-12-25', settings)).toMatchObject({
      working: true,
      reasons: ['holiday', 'centre_day_off', 'centre_working_day'],
    });
    expect(isWorkingDay('2026-03-09', settings)).toBe(true);
    expect(nextWorkingDay('2026-12-24', settings)).toBe('2026-12-25');
  });

  it('adds its days off to the calendar', () => {
    const settings = { ...wartime, daysOff: ['2026-11-23'] };
    expect(nextWorkingDay('2026-11-20', settings)).toBe('2026-11-24');
    expect(dayInfo('2026-11-23', settings)).toMatchObject({ working: false, reasons: ['centre_day_off'] });
  });

  it('refuses malformed dates in the settings', () => {
    expect(() => isWorkingDay('2026-11-23', { ...wartime, daysOff: ['23.11.2026'] })).toThrow(RangeError);
    expect(() => nextWorkingDay('2026-02-30', wartime)).toThrow(RangeError);
  });
});

describe('counting working days', () => {
  it('counts the working days in (from, to]', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-27', wartime)).toBe(5);
    expect(workingDaysBetween('2026-12-21', '2026-12-31', wartime)).toBe(8);
    expect(workingDaysBetween('2026-12-21', '2026-12-31', peacetime)).toBe(7);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', wartime)).toBe(0);
    expect(workingDaysBetween('2026-11-27', '2026-11-20', wartime)).toBe(0);
  });

  it('adds working days after the start day', () => {
    expect(addWorkingDays('2026-11-20', 0, wartime)).toBe('2026-11-20');
    expect(addWorkingDays('2026-11-20', 1, wartime)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-20', 5, wartime)).toBe('2026-11-27');
    expect(addWorkingDays('2026-12-24', 2, peacetime)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 2, wartime)).toBe('2026-12-28');
    expect(() => addWorkingDays('2026-11-20', -1, wartime)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-20', 1.5, wartime)).toThrow(RangeError);
  });
});
