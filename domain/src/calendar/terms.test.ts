import { describe, expect, it } from 'vitest';
import { forwardingDeadline, isOverdue, providerDueDate, termEnd } from './terms.js';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS } from './working-days.js';

const wartime: CalendarSettings = DEFAULT_CALENDAR_SETTINGS;
const peacetime: CalendarSettings = { martialLaw: false, daysOff: [], workingDays: [] };

describe('forwarding deadline (next working day after receipt)', () => {
  it('moves a Friday receipt to Monday', () => {
    expect(forwardingDeadline('2026-11-20', wartime)).toBe('2026-11-23');
    expect(forwardingDeadline('2026-11-21', wartime)).toBe('2026-11-23');
    expect(forwardingDeadline('2026-11-23', wartime)).toBe('2026-11-24');
  });

  it('passes over Christmas and the weekend only when martial law is off', () => {
    expect(forwardingDeadline('2026-12-24', peacetime)).toBe('2026-12-28');
    expect(forwardingDeadline('2026-12-24', wartime)).toBe('2026-12-25');
  });

  it('follows the centre’s working Saturday and its own day off', () => {
    expect(forwardingDeadline('2026-11-20', { ...wartime, workingDays: ['2026-11-21'] })).toBe('2026-11-21');
    expect(forwardingDeadline('2026-11-20', { ...wartime, daysOff: ['2026-11-23'] })).toBe('2026-11-24');
  });
});

describe('terms (Law on Administrative Procedure, art. 33)', () => {
  it('counts a working-day term from the day after the event', () => {
    expect(termEnd('2026-11-20', 5, { kind: 'working' }, wartime)).toBe('2026-11-27');
    expect(termEnd('2026-11-23', 1, { kind: 'working' }, wartime)).toBe('2026-11-24');
  });

  it('counts up to ten days in working days and longer terms in calendar days', () => {
    expect(termEnd('2026-11-20', 10, { kind: 'law' }, wartime)).toBe('2026-12-04');
    expect(termEnd('2026-11-20', 11, { kind: 'law' }, wartime)).toBe('2026-12-01');
  });

  it('moves the end of a calendar-day term off a weekend or a holiday', () => {
    expect(termEnd('2026-11-20', 30, { kind: 'calendar' }, wartime)).toBe('2026-12-21');
    expect(termEnd('2026-11-25', 30, { kind: 'calendar' }, peacetime)).toBe('2026-12-28');
    expect(termEnd('2026-11-25', 30, { kind: 'calendar' }, wartime)).toBe('2026-12-25');
    expect(termEnd('2026-11-25', 30, { kind: 'calendar' }, { ...wartime, daysOff: ['2026-12-25'] })).toBe(
      '2026-12-28',
    );
  });

  it('skips the centre’s day off inside a working-day term', () => {
    expect(termEnd('2026-11-20', 5, { kind: 'working' }, { ...wartime, daysOff: ['2026-11-25'] })).toBe(
      '2026-11-30',
    );
  });

  it('refuses terms that are not a positive whole number of days', () => {
    expect(() => termEnd('2026-11-20', 0, { kind: 'law' }, wartime)).toThrow(RangeError);
    expect(() => termEnd('2026-11-20', 2.5, { kind: 'law' }, wartime)).toThrow(RangeError);
  });
});

describe('provider due date', () => {
  it('is 30 calendar days after receipt when the law sets no term', () => {
    expect(providerDueDate('2026-11-20', null, null, wartime)).toBe('2026-12-21');
    expect(providerDueDate('2026-11-16', null, null, wartime)).toBe('2026-12-16');
  });

  it('counts a set term by art. 33 unless its kind is given', () => {
    expect(providerDueDate('2026-11-20', 10, null, wartime)).toBe('2026-12-04');
    expect(providerDueDate('2026-11-20', 10, 'calendar', wartime)).toBe('2026-11-30');
    expect(providerDueDate('2026-11-20', 15, 'working', wartime)).toBe('2026-12-11');
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due day', () => {
    expect(isOverdue('2026-11-23', '2026-11-22')).toBe(false);
    expect(isOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isOverdue('2026-11-23', '2026-11-24')).toBe(true);
    expect(() => isOverdue('2026-11-23', '24.11.2026')).toThrow(RangeError);
  });
});
