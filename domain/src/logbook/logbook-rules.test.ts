import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '../calendar/working-days.js';
import { instantAt } from '../time/time-zone.js';
import {
  checkEvent,
  entryDeadlines,
  foldEntry,
  forwardedLate,
  overdueOf,
  REGISTERED,
  type EventFact,
} from './logbook-rules.js';

const wartime: CalendarSettings = DEFAULT_CALENDAR_SETTINGS;
const peacetime: CalendarSettings = { martialLaw: false, daysOff: [], workingDays: [] };
const lawTerm = { days: null, kind: null };

describe('deadlines of an application', () => {
  it('forwards a Friday receipt on Monday and counts 30 calendar days at the provider', () => {
    const d = entryDeadlines(instantAt('2026-11-20', '15:00'), lawTerm, wartime);
    expect(d).toEqual({ forwardBy: '2026-11-23', providerDue: '2026-12-21' });
  });

  it('takes the Kyiv day of a receipt after midnight, not the UTC day', () => {
    // 00:30 Kyiv on Saturday is still Friday 22:30 UTC.
    const d = entryDeadlines(instantAt('2026-11-21', '00:30'), lawTerm, wartime);
    expect(d.forwardBy).toBe('2026-11-23');
  });

  it('passes over Christmas only when martial law is off', () => {
    const receivedAt = instantAt('2026-12-24', '11:00');
    expect(entryDeadlines(receivedAt, lawTerm, peacetime).forwardBy).toBe('2026-12-28');
    expect(entryDeadlines(receivedAt, lawTerm, wartime).forwardBy).toBe('2026-12-25');
  });

  it("counts the service's working-day term and follows the centre's own days", () => {
    const receivedAt = instantAt('2026-11-20', '10:00');
    const term = { days: 5, kind: 'working' as const };
    expect(entryDeadlines(receivedAt, term, wartime).providerDue).toBe('2026-11-27');
    const dayOff = { ...wartime, daysOff: ['2026-11-23'] };
    expect(entryDeadlines(receivedAt, term, dayOff)).toEqual({
      forwardBy: '2026-11-24',
      providerDue: '2026-11-30',
    });
    const saturday = { ...wartime, workingDays: ['2026-11-21'] };
    expect(entryDeadlines(receivedAt, term, saturday).forwardBy).toBe('2026-11-21');
  });
});

const receivedAt = instantAt('2026-11-20', '10:00');
const at = (time: string, day = '2026-11-23') => instantAt(day, time);
const event = (
  kind: EventFact['kind'],
  occurredAt: Date,
  content = {},
  correctsId: string | null = null,
) => ({
  id: `${kind}-${occurredAt.getTime()}-${correctsId ?? ''}`,
  kind,
  occurredAt,
  content,
  correctsId,
});

describe('the state of an application', () => {
  it('moves through forwarded, decided, result ready and delivered', () => {
    const events = [
      event('forwarded', at('09:00')),
      event('decision', at('10:00'), { decision: 'refused' }),
      event('result_received', at('11:00')),
      event('delivered', at('12:00'), { method: 'post' }),
    ];
    expect(foldEntry([]).status).toBe('registered');
    expect(foldEntry(events.slice(0, 1)).status).toBe('forwarded');
    expect(foldEntry(events.slice(0, 2))).toMatchObject({ status: 'decided', decision: 'refused' });
    expect(foldEntry(events.slice(0, 3)).status).toBe('result_ready');
    expect(foldEntry(events)).toMatchObject({ status: 'delivered', deliveryMethod: 'post' });
  });

  it('lets a correction take the place of the event it corrects', () => {
    const decision = event('decision', at('10:00'), { decision: 'granted' });
    const corrected = event('decision', at('10:30'), { decision: 'returned' }, decision.id);
    const state = foldEntry([event('forwarded', at('09:00')), decision, corrected]);
    expect(state).toMatchObject({ decision: 'returned', decidedAt: at('10:30') });
  });
});

describe('rules for appending an event', () => {
  const now = at('18:00');
  it('refuses dates in the future and before receipt', () => {
    expect(checkEvent(REGISTERED, 'forwarded', at('19:00'), receivedAt, now)).toBe('logbook.future_date');
    expect(checkEvent(REGISTERED, 'forwarded', at('09:00', '2026-11-20'), receivedAt, now)).toBe(
      'logbook.before_receipt',
    );
    expect(checkEvent(REGISTERED, 'forwarded', at('09:00'), receivedAt, now)).toBeNull();
  });

  it('keeps the steps in order and each once', () => {
    expect(checkEvent(REGISTERED, 'decision', at('09:00'), receivedAt, now)).toBe('logbook.not_forwarded');
    expect(checkEvent(REGISTERED, 'delivered', at('09:00'), receivedAt, now)).toBe(
      'logbook.delivery_before_decision',
    );
    const forwarded = foldEntry([event('forwarded', at('09:00'))]);
    expect(checkEvent(forwarded, 'forwarded', at('10:00'), receivedAt, now)).toBe('logbook.already_recorded');
    expect(checkEvent(forwarded, 'decision', at('08:00'), receivedAt, now)).toBe('logbook.before_previous');
    expect(checkEvent(forwarded, 'result_received', at('10:00'), receivedAt, now)).toBe(
      'logbook.result_before_decision',
    );
    const refused = foldEntry([
      event('forwarded', at('09:00')),
      event('decision', at('10:00'), { decision: 'refused' }),
    ]);
    expect(checkEvent(refused, 'delivered', at('11:00'), receivedAt, now)).toBeNull();
    expect(checkEvent(refused, 'refusal_review', at('11:00'), receivedAt, now)).toBeNull();
    expect(checkEvent(forwarded, 'refusal_review', at('11:00'), receivedAt, now)).toBe('logbook.not_refused');
  });
});

describe('overdue', () => {
  const deadlines = { forwardBy: '2026-11-23', providerDue: '2026-12-21' };
  it('is late to forward only after the due day', () => {
    expect(overdueOf(REGISTERED, deadlines, '2026-11-23')).toBeNull();
    expect(overdueOf(REGISTERED, deadlines, '2026-11-24')).toBe('forward');
  });

  it('is late at the provider after its due date until a decision', () => {
    const forwarded = { forwardedAt: at('09:00'), decidedAt: null };
    expect(overdueOf(forwarded, deadlines, '2026-12-21')).toBeNull();
    expect(overdueOf(forwarded, deadlines, '2026-12-22')).toBe('provider');
    expect(overdueOf({ ...forwarded, decidedAt: at('10:00') }, deadlines, '2026-12-22')).toBeNull();
  });

  it('marks a forwarding done after its day as late', () => {
    expect(forwardedLate(at('09:00', '2026-11-23'), '2026-11-23')).toBe(false);
    expect(forwardedLate(at('00:10', '2026-11-24'), '2026-11-23')).toBe(true);
  });
});
